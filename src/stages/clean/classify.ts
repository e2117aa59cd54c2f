/**
 * @module
 * Line rules, in order: each looks at one line (and its neighbours) and either keeps it, drops it
 * with a reason, or reads metadata from it. Order matters where cues overlap: credit tails before
 * captions ("(AP)" is a credit), navigation before prompts, and stamps before everything that
 * could swallow a glued dateline.
 */
import { outletNamed, outletOfUrl } from "../../lang/base/outlets.js";
import { type Credits, readAgencyTail, readByLine, readBylineLine, readContributors } from "./credits.js";
import { CUES } from "./cues.js";
import { endsLikeSentence, type Line, wordCount } from "./lines.js";
import { parseStamp } from "./stamp.js";

export type Verdict =
  | { readonly kind: "keep" }
  | { readonly kind: "drop"; readonly reason: string }
  /** Drop the first `length` characters (a stamp glued to the text that follows). */
  | { readonly kind: "strip"; readonly length: number; readonly reason: string };

/** What the rules read from the lines they drop. */
export interface Findings {
  credits: Credits[];
  stamps: string[];
  outlets: string[];
}

const KEEP: Verdict = { kind: "keep" };
const drop = (reason: string): Verdict => ({ kind: "drop", reason });

export function classifyLine(lines: readonly Line[], i: number, found: Findings): Verdict {
  const line = lines[i]!;
  const text = line.text.replace(/^\d{1,2}\.\s+/, "");
  const words = wordCount(text);

  if (CUES.bareUrl.test(text)) {
    const outlet = outletOfUrl(text);
    if (outlet) found.outlets.push(outlet.name);
    return drop("url");
  }
  if (CUES.pagination.test(text)) return drop("pagination");
  if (words <= 6 && CUES.navigation.test(text)) return drop("navigation");
  const logo = CUES.logo.exec(text);
  if (logo && words <= 6) {
    found.outlets.push(outletNamed(logo[1]!)?.name ?? logo[1]!.trim());
    return drop("logo");
  }
  if (CUES.relatedLink.test(text)) return drop("related-link");
  if (CUES.tags.test(text) && !endsLikeSentence(text)) return drop("tags");

  const tail = readAgencyTail(text);
  if (tail) {
    found.credits.push({ authors: [], editors: [], contributors: [], agencies: tail, sources: [] });
    return drop("agency-tail");
  }
  const byline = readBylineLine(text) ?? (words <= 8 ? readByLine(text) : null);
  if (byline) {
    found.credits.push(byline);
    return drop("byline");
  }
  const contributors = readContributors(text);
  if (contributors) {
    found.credits.push({ authors: [], editors: [], contributors, agencies: [], sources: [] });
    return drop("contributors");
  }
  if (isCaption(text)) return drop("photo-caption");
  // Image alt text: a short unpunctuated line right above a caption.
  const next = lines[i + 1]?.text;
  if (next && isCaption(next) && words <= 14 && !endsLikeSentence(text)) return drop("image-alt");
  if (isPrompt(text, words)) return drop("prompt");

  const stamp = i < 8 && /\d/.test(text) ? CUES.stampPrefix.exec(text) : null;
  if (stamp) {
    const value = parseStamp(stamp[2]!);
    if (value) {
      found.stamps.push(value);
      const offset = line.text.length - text.length;
      const rest = text.slice(stamp[0].length).trim();
      if (!rest) return drop("date-stamp");
      return { kind: "strip", length: offset + stamp[0].length, reason: "date-stamp" };
    }
  }
  return KEEP;
}

function isCaption(text: string): boolean {
  // Every credit the patterns know has a colon or a slash; most body lines have neither.
  if (!text.includes(":") && !text.includes("/")) return false;
  return CUES.photoCredit.test(text) || CUES.photoAgency.test(text);
}

function isPrompt(text: string, words: number): boolean {
  if (words > 30 || !CUES.prompt.test(text)) return false;
  // "Dia menolak berkomentar." is news; a prompt carries a hashtag, a link, or an imperative.
  return /#\p{L}/u.test(text) || /https?:\/\//.test(text) || CUES.callToAction.test(text) || words <= 3;
}
