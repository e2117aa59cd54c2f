/**
 * @module
 * Trims what the statistical tagger wraps around a name: a listed place or organisation at the
 * edge of a person span ("Rusia Sergei Shoigu" → "Sergei Shoigu"), words that are never names
 * ("Dilansir Associated Press", "… Bimo Editor"), and, in title-case headlines where every word is
 * capitalised, whatever follows a name the article spells out elsewhere ("Putin Disebut" →
 * "Putin"); a headline person span that holds no such name is dropped. Elsewhere a person span
 * cut short before a capitalised word ("Kim Jong" + "Un") is extended over it.
 */

import { type Candidate, insideTitle, opensSentence, type SentenceView } from "../candidate.js";
import { inHeadline } from "../find/headline.js";
import { listedAt } from "../find/listed.js";
import { nameRunFrom } from "../find/name-run.js";
import { sliceText } from "../find/titled.js";
import { isAllCaps, isCapitalised, isWord, nameKey, tidy } from "../names.js";
import type { RefineEnv, Refiner } from "./env.js";

export const trimTagged: Refiner = (candidates, env) => {
  const known = knownPersonWords(candidates, env);
  const out: Candidate[] = [];
  for (const c of candidates) {
    if (c.rule !== "tagger") {
      out.push(c);
      continue;
    }
    const view = env.views[c.sentence]!;
    let { i, j } = c;
    // Edges that are never part of a name: punctuation, lower-case words, sentence openers,
    // reporting verbs ("Kata Sri" → "Sri").
    const edge = (k: number) => {
      const w = view.words[k]!;
      if (!isWord(w) || !isCapitalised(w) || env.ctx.nonNames.has(w)) return true;
      if (env.ctx.officeWord.test(w)) return true;
      // A capitalised opener ("Lalu" = then) only where a sentence or clause opens; inside a name
      // it is a name ("Lalu Muhamad Iqbal").
      return (env.ctx.openers.has(w) && opensSentence(view, k)) || env.ctx.speechCues.has(view.lower[k]!);
    };
    while (i < j && edge(i)) i++;
    while (j > i && edge(j - 1)) j--;
    if (c.type === "person") {
      // "BUMN Erick Thohir": an acronym before a name is the office's, not the person's.
      while (j - i > 2 && isAllCaps(view.words[i]!) && view.words[i]!.length >= 3) i++;
      // "Tampak Jokowi": a sentence opener glued to a name the article uses on its own.
      // Only when the opener is a word the article also writes in lower case ("Kini", "Tampak").
      const opener = j - i >= 2 && opensSentence(view, i) && env.lowerSeen.has(view.lower[i]!);
      if (opener && known.has(nameKey(sliceText(view, i + 1, j)))) i++;
      // "Negeri" of "Menteri Luar Negeri" is part of a title, not a name.
      if (insideTitle(view, i, env.ctx) && insideTitle(view, j - 1, env.ctx)) continue;
      for (let m = listedAt(view, i, env.ctx); m && i < j; m = listedAt(view, i, env.ctx)) i += m.length;
      for (let k = i + 1; k < j; k++) {
        const m = listedAt(view, k, env.ctx);
        // Only after two or more words: a one-word name before a country is a person whose
        // surname is the country's name ("Badrodin Haiti").
        if (m && k + m.length === j && k - i >= 2) {
          j = k;
          break;
        }
      }
      if (i < j && inHeadline(view, i)) j = knownPrefix(view, i, j, known);
      // A name cut short ("Kim Jong" + "Un") takes the capitalised words right after it.
      else if (i < j)
        j = nameRunFrom(view, j, env.ctx) === j ? j : Math.min(nameRunFrom(view, j, env.ctx), j + 2);
    }
    if (i >= j) continue;
    out.push(i === c.i && j === c.j ? c : { ...c, i, j, canonical: tidy(sliceText(view, i, j)) });
  }
  return out;
};

/** Words of person names found outside headlines, and those names' keys. */
function knownPersonWords(candidates: readonly Candidate[], env: RefineEnv): Set<string> {
  const known = new Set<string>();
  for (const c of candidates) {
    const view = env.views[c.sentence]!;
    // Names at a sentence start may carry the opener with them ("Tampak Jokowi"): not evidence.
    if (c.type !== "person" || inHeadline(view, c.i) || opensSentence(view, c.i)) continue;
    known.add(nameKey(c.canonical));
    const words = c.canonical.split(/\s+/);
    known.add(nameKey(words[0]!));
    known.add(nameKey(words[words.length - 1]!));
  }
  return known;
}

/** The end of the longest prefix of `[i, j)` that is a known name or name word; `i` if none. */
function knownPrefix(view: SentenceView, i: number, j: number, known: ReadonlySet<string>): number {
  for (let end = j; end > i; end--) {
    if (known.has(nameKey(sliceText(view, i, end)))) return end;
  }
  return i;
}
