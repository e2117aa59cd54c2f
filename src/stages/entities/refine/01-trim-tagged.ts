/**
 * @module
 * Trims what the statistical tagger wraps around a name: a listed place or organisation at the
 * edge of a person span ("Rusia Sergei Shoigu" → "Sergei Shoigu"), words that are never names
 * ("Dilansir Associated Press", "… Bimo Editor"), and, in title-case headlines where every word is
 * capitalised, whatever follows a name the article spells out elsewhere ("Putin Disebut" →
 * "Putin"); a headline person span that holds no such name is dropped. Elsewhere a person span
 * cut short before a capitalised word ("Kim Jong" + "Un") is extended over it. A place span
 * that runs from a listed place into a person another finder found ("Rusia Vladimir Putin")
 * ends with the place. Organisation and place spans keep office words and compass points.
 */

import { isAllCaps, isCapitalised, isWord, nameKey, tidy } from "../../../core/text/names.js";
import { type Candidate, insideTitle, opensSentence, phraseAt, type SentenceView } from "../candidate.js";
import { inHeadline } from "../find/headline.js";
import { listedAt } from "../find/listed.js";
import { nameRunFrom } from "../find/name-run.js";
import { sliceText } from "../find/titled.js";
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
    const edge = (k: number, last: boolean) => {
      const w = view.words[k]!;
      // "al-Ghu", "bin-Laden": a particle glued to a capitalised name is part of the name.
      if (!isWord(w) || !(isCapitalised(w) || /^\p{Ll}+-\p{Lu}/u.test(w))) return true;
      // Office nouns and words such as "Selatan" or "Kantor" belong in organisation and place
      // names ("Kejaksaan Tinggi Sulawesi Selatan", "Kantor Meteorologi Islandia"); only a person
      // span loses them, or any span where they open the sentence, or, last in a span, a word
      // that is no compass point ("the Financial Times Senin").
      if (c.type === "person" && (env.ctx.nonNames.has(w) || env.ctx.officeWord.test(w))) return true;
      if (env.ctx.nonNames.has(w) && opensSentence(view, k)) return true;
      if (last && env.ctx.nonNames.has(w) && !env.ctx.directions.has(w)) return true;
      // A capitalised opener ("Lalu" = then) only where a sentence or clause opens; inside a name
      // it is a name ("Lalu Muhamad Iqbal").
      return (env.ctx.openers.has(w) && opensSentence(view, k)) || env.ctx.speechCues.has(view.lower[k]!);
    };
    // A place the tagger opens with its lower-case cue ("hotel Oranje", "kawasan Pantura") keeps
    // it in the span, as news annotation does; the canonical name starts at the name itself.
    const cue =
      c.type === "place" && /^\p{Ll}+$/u.test(view.words[i]!) && isCapitalised(view.words[i + 1] ?? "");
    if (cue) i++;
    while (i < j && edge(i, false)) i++;
    while (j > i && edge(j - 1, true)) j--;
    // "Presiden Rusia Vladimir Putin" read as one place: the country, then a person someone else
    // found ("Vladimir Putin" after the title). The place ends with the country.
    if (c.type !== "person") {
      const m = listedAt(view, i, env.ctx);
      const rest = m && m.entry.type === "place" && j - (i + m.length) >= 2 ? i + m.length : -1;
      const person =
        rest > 0 &&
        (titleEndsAt(view, i, env) ||
          candidates.some(
            (p) => p.type === "person" && p.rule !== "tagger" && p.sentence === c.sentence && p.i === rest,
          ));
      if (person) {
        const role = tidy(sliceText(view, titleStart(view, i, env), rest));
        out.push({ ...c, i: rest, j, type: "person", canonical: tidy(sliceText(view, rest, j)), role });
        j = rest;
      }
    }
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
    const from = cue && i === c.i + 1 ? c.i : i;
    out.push(i === c.i && j === c.j ? c : { ...c, i: from, j, canonical: tidy(sliceText(view, i, j)) });
  }
  return out;
};

/** Start of a title phrase that ends right before token `i`, or `i` when none does. */
function titleStart(view: SentenceView, i: number, env: RefineEnv): number {
  for (let s = Math.max(0, i - 4); s < i; s++)
    if (s + phraseAt(env.ctx.titles, view.lower, s) === i) return s;
  return i;
}

function titleEndsAt(view: SentenceView, i: number, env: RefineEnv): boolean {
  return titleStart(view, i, env) < i;
}

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
