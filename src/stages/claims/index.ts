/**
 * @module
 * The claims stage: assigns the `claims` layer, one candidate per sentence that can state a fact
 * (questions and fragments of fewer than four words are left out), with normalised slots for
 * alignment across articles. Missing upstream layers degrade gracefully: without mentions, actors
 * fall back to capitalised words; without dates, the date slot stays empty.
 */
import { layer, withLayer } from "../../core/doc/document.js";
import type { ClaimCandidate } from "../../core/doc/layers/claims.js";
import type { Stage } from "../../core/pipeline/stage.js";
import { type Lexicon, lexiconOf } from "./lexicon.js";
import { candidateOf, tokensOf } from "./slots.js";

/** Sentences in the first two paragraphs, and no further than the fourth sentence, form the lede. */
const LEDE_PARAGRAPHS = 2;
const LEDE_SENTENCES = 4;
const MIN_WORDS = 4;

export const claimsStage: Stage = {
  name: "claims",
  version: "1.1.0",
  requires: ["paragraphs", "sentences", "mentions", "dates", "quotes"],
  assigns: ["claims"],
  run: (doc, ctx) => {
    const lex = lexiconOf(ctx.packs.get(doc.meta.language).claims);
    const sentences = layer(doc, "sentences");
    const paragraphs = layer(doc, "paragraphs");
    const mentions = layer(doc, "mentions");
    const dates = layer(doc, "dates");
    const quotes = layer(doc, "quotes");
    const ledeEnd = paragraphs[LEDE_PARAGRAPHS - 1]?.end ?? Number.POSITIVE_INFINITY;
    const title = normalised(doc.meta.title ?? "");
    const out: ClaimCandidate[] = [];
    sentences.forEach((sentence, index) => {
      const words = tokensOf(sentence.text).filter((t) => /\p{L}/u.test(t.text));
      const skip = whyNoClaim(sentence.text, words, title, lex);
      if (skip) {
        ctx.debug("claims", () => `sentence ${index} is no claim (${skip}): ${sentence.text.slice(0, 80)}`);
        return;
      }
      out.push(
        candidateOf(
          {
            text: doc.text,
            sentence,
            index,
            mentions,
            dates,
            quotes,
            hasMentions: mentions.length > 0,
            lede: index < LEDE_SENTENCES && sentence.start < ledeEnd,
            language: doc.meta.language,
          },
          lex,
        ),
      );
    });
    return withLayer(doc, "claims", out);
  },
};

function normalised(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/**
 * A sentence that opens with a lower-case reporting word ("kata Kim Taewoo, mantan kepala …",
 * "said the ministry") is the tail of a quote the segmenter cut off: it names a speaker, it
 * states no fact of its own.
 */
function isAttributionTail(first: string, lex: Lexicon): boolean {
  if (first !== first.toLowerCase()) return false;
  return (lex.data.attributionCues ?? []).some((c) => !c.includes(" ") && c === first);
}

/** Why a sentence states no claim, or null when it may. */
function whyNoClaim(
  text: string,
  words: readonly { text: string }[],
  title: string,
  lex: ReturnType<typeof lexiconOf>,
): string | null {
  if (words.length < MIN_WORDS) return `under ${MIN_WORDS} words`;
  if (text.trimEnd().endsWith("?")) return "a question";
  // The headline repeated as the first line states nothing the body does not state better.
  if (title && normalised(text) === title) return "the headline repeated";
  if (isAttributionTail(words[0]!.text, lex)) return "an attribution tail";
  return null;
}
