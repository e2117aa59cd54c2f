/**
 * @module
 * English function words.
 */
import type { LangidData } from "../types/langid.js";

export const langid: LangidData = {
  markers: [
    "the",
    "and",
    "of",
    "to",
    "in",
    "that",
    "is",
    "was",
    "for",
    "with",
    "on",
    "as",
    "by",
    "at",
    "from",
    "his",
    "her",
    "it",
    "are",
    "were",
    "has",
    "have",
    "had",
    "said",
    "which",
    "who",
    "would",
    "will",
    "been",
    "their",
    "an",
    "this",
    "but",
    "not",
  ],
};
