/**
 * @module
 * English reporting verbs and speaker pronouns.
 */
import type { QuoteData } from "../types/quotes.js";

export const quotes: QuoteData = {
  reportingVerbs: [
    "said",
    "says",
    "told",
    "added",
    "according to",
    "claimed",
    "denied",
    "stated",
    "explained",
    "noted",
    "warned",
    "insisted",
    "argued",
    "asked",
    "wrote",
    "reported",
    "announced",
    "declared",
  ],
  pronouns: ["he", "she", "they", "it"],
};
