/**
 * @module
 * Unlabelled English sentences from the main text of the html-extraction train pages
 * (`../shared/data/html-extraction/`), tokenised as the NER corpora are (words, numbers and each
 * punctuation mark apart; "'s" and "n't" split off). Read by the NER trainer for word clusters
 * only: the text's labels do not exist, and only the word → class table reaches the model.
 */
import { loadPages } from "../../tools/clean/html-gold.js";

const TOKEN = /[\p{L}\p{N}]+(?:[.'’&-][\p{L}\p{N}]+)*\.?|n't|'s|\S/gu;

/** Tokens of one line of running text, CoNLL-style. */
export function tokenise(line: string): string[] {
  const out: string[] = [];
  for (const t of line.match(TOKEN) ?? []) {
    // "U.S." keeps its dot; any other word-final dot is the sentence's full stop.
    if (t.length > 1 && t.endsWith(".") && !/^(?:\p{L}\.)+$/u.test(t)) out.push(t.slice(0, -1), ".");
    else out.push(t);
  }
  return out;
}

/** Sentences of the train pages' main text from `sources`, one line split at full stops. */
export function webSentences(sources: readonly string[]): string[][] {
  const out: string[][] = [];
  for (const page of loadPages("train", sources)) {
    for (const line of page.text.split("\n")) {
      let sentence: string[] = [];
      for (const t of tokenise(line)) {
        sentence.push(t);
        if (t === "." || t === "!" || t === "?") {
          out.push(sentence);
          sentence = [];
        }
      }
      if (sentence.length > 0) out.push(sentence);
    }
  }
  return out;
}
