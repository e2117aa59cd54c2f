/**
 * @module
 * Page-chrome cues of English news sites.
 */
import type { CleanData } from "../types/clean.js";

export const clean: CleanData = {
  relatedLinks: [
    "read more",
    "read also",
    "also read",
    "see also",
    "related",
    "related article",
    "related articles",
    "related stories",
    "recommended",
    "watch",
    "more on this story",
    "you may also like",
  ],
  photoCredits: ["photo", "image", "picture", "credit", "photograph", "file photo", "video"],
  prompts: [
    "comment",
    "comments",
    "share this",
    "share on",
    "follow us",
    "subscribe",
    "sign up",
    "newsletter",
    "download the app",
    "click here",
    "copy link",
    "link copied",
    "advertisement",
  ],
  navigation: [
    "skip to content",
    "skip to main content",
    "skip to navigation",
    "main menu",
    "menu",
    "home",
    "search",
    "sign in",
    "log in",
    "back to top",
  ],
  pagination: ["no more pages", "next page", "previous page", "load more", "show more"],
  authorLabels: ["by", "author", "written by", "reporter", "reporting by"],
  editorLabels: ["editor", "edited by", "editing by"],
  sourceLabels: ["source"],
  contributorCues: [
    "with assistance from",
    "additional reporting by",
    "contributed to this report",
    "contributing",
  ],
  tagLabels: ["tags", "topics", "filed under"],
  logoWords: ["logo"],
};
