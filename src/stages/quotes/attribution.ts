/**
 * @module
 * Who a quote is attributed to, read from the words around it. After a quote the cue sits next to
 * the speaker on either side (`"…," kata X`, `"…," said X`, `"…," X said`) or folds a pronoun in
 * (`"…," tambahnya`); before a quote the speaker is the subject of the reporting verb
 * (`Peskov mengatakan, "…"`, `Dia menyebut … sebagai "…"`) or follows a source marker
 * (`Menurut X, "…"`). Pronoun speakers are left for the resolver, which knows the context.
 */
import type { Mention } from "../../core/doc/layers/mentions.js";
import type { Cues } from "./cues.js";
import { type Candidate, candidatesIn, phraseCandidate } from "./names.js";
import { type CueHit, cueAt, findCues, type Word, wordsIn } from "./words.js";

export interface Attribution {
  readonly cue: string;
  /** A named speaker, or a pronoun to resolve; null when the cue names nobody. */
  readonly speaker: Candidate | null;
  /** `attribution` (named at the cue), `suffix` (-nya cue) or `subject` (subject of the verb). */
  readonly via: "attribution" | "suffix" | "subject";
  /** The cue only names who relayed the words (a report, a wire). */
  readonly relay: boolean;
}

export interface Scope {
  readonly text: string;
  readonly mentions: readonly Mention[];
  readonly cues: Cues;
}

const NP_RANK = ["person", "name", "organization", "place", "pronoun", "phrase"];

/** Best speaker in a noun phrase after or before a cue. */
export function pickNamed(scope: Scope, from: number, to: number): Candidate | null {
  const found = candidatesIn(scope.text, from, to, scope.mentions, scope.cues.pronouns);
  found.sort((a, b) => NP_RANK.indexOf(a.kind) - NP_RANK.indexOf(b.kind) || a.start - b.start);
  return found[0] ?? phraseCandidate(scope.text, from, to) ?? null;
}

/**
 * The subject of a verb, looked for in `[from, to)` (sentence start to verb): the earliest person
 * or pronoun anywhere; otherwise the last comma- or dash-separated segment that names something,
 * which skips leading adverbials and datelines ("Dilansir AP, Selasa, pejabat AS mengatakan");
 * otherwise the words of that last segment ("Para ahli mengatakan").
 */
export function pickSubject(scope: Scope, from: number, to: number): Candidate | null {
  const found = candidatesIn(scope.text, from, to, scope.mentions, scope.cues.pronouns);
  const people = found
    .filter((c) => c.kind === "person" || c.kind === "pronoun")
    .sort((a, b) => a.start - b.start);
  if (people[0]) return people[0];
  const cuts = [from];
  for (const m of scope.text.slice(from, to).matchAll(/,|\s[-–—]\s|:/gu))
    cuts.push(from + m.index + m[0].length);
  let fallback: Candidate | undefined;
  for (let k = cuts.length - 1; k >= 0; k--) {
    const segStart = cuts[k]!;
    const segEnd = k + 1 < cuts.length ? cuts[k + 1]! - 1 : to;
    const words = wordsIn(scope.text, segStart, segEnd).filter((w) => !scope.cues.stops.has(w.lower));
    if (words.length === 0) continue;
    const inSeg = found.filter((c) => c.start >= segStart && c.end <= segEnd);
    // A lone title-case word opening the segment ("Para", "Sebelumnya") is not a name.
    const lead = (c: Candidate): boolean =>
      c.kind === "name" && c.start === words[0]!.start && !/\s/u.test(c.name) && !/^\p{Lu}+$/u.test(c.name);
    const named = inSeg
      .filter((c) => !lead(c))
      .sort((a, b) => NP_RANK.indexOf(a.kind) - NP_RANK.indexOf(b.kind) || a.start - b.start);
    if (named[0]) return named[0];
    fallback ??= phraseCandidate(scope.text, words[0]!.start, words[words.length - 1]!.end, 6);
  }
  return fallback ?? null;
}

/** End of the speaker phrase that starts at word `i`: a stop word, a comma or a bracket ends it. */
export function phraseEnd(scope: Scope, words: readonly Word[], i: number, limit: number): number {
  let end = -1;
  for (let k = i; k < words.length && k < i + 10; k++) {
    const w = words[k]!;
    if (scope.cues.stops.has(w.lower) && k > i) break;
    if (k > i && /[,;:()."“”!?]/u.test(scope.text.slice(words[k - 1]!.end, w.start))) break;
    end = w.end;
  }
  return end < 0 ? limit : end;
}

/** Attribution printed after a quote, in `[from, to)` (up to the end of the sentence). */
export function postAttribution(
  scope: Scope,
  from: number,
  to: number,
  innerEndsSentence: boolean,
): Attribution | undefined {
  const { text, cues } = scope;
  const words = wordsIn(text, from, to);
  if (words.length === 0) return undefined;
  if (/[.!?]/u.test(text.slice(from, words[0]!.start))) return undefined;
  if (innerEndsSentence && /^\p{Lu}/u.test(words[0]!.text) && words.length > 8) return undefined;
  for (let i = 0; i < Math.min(words.length, 6); i++) {
    if (i > 0 && /[,;:()]/u.test(text.slice(words[i - 1]!.end, words[i]!.start))) return undefined;
    const suffix = cueAt(words, i, cues.suffix);
    const hit: CueHit | undefined = suffix ?? cueAt(words, i, cues.post);
    if (!hit) {
      if (cues.stops.has(words[i]!.lower)) return undefined;
      continue;
    }
    const relay = cues.relay.has(hit.cue);
    const left = words.slice(0, i).filter((w) => !cues.fillers.has(w.lower));
    if (suffix) {
      const w = words[i]!;
      return {
        cue: hit.cue,
        speaker: { name: w.text, start: w.start, end: w.end, kind: "pronoun", pronoun: "-nya" },
        via: "suffix",
        relay,
      };
    }
    if (left.length > 0) {
      return {
        cue: hit.cue,
        speaker: pickNamed(scope, left[0]!.start, left[left.length - 1]!.end),
        via: "attribution",
        relay,
      };
    }
    const first = i + hit.length;
    if (words[first] && cues.nounAfterCue.has(words[first]!.lower)) return undefined;
    if (first >= words.length) return { cue: hit.cue, speaker: null, via: "attribution", relay };
    const end = phraseEnd(scope, words, first, to);
    return { cue: hit.cue, speaker: pickNamed(scope, words[first]!.start, end), via: "attribution", relay };
  }
  return undefined;
}

/** Attribution printed before a quote in its sentence, in `[from, to)`. */
export function preAttribution(scope: Scope, from: number, to: number): Attribution | undefined {
  const { text, cues } = scope;
  const words = wordsIn(text, from, to);
  const hits = findCues(words, cues.pre);
  const hit = hits[hits.length - 1];
  if (!hit) return undefined;
  const cueWord = words[hit.index]!;
  const after = words[hit.index + hit.length];
  const relay = cues.relay.has(hit.cue);
  const isSource = cues.source.some((s) => s.join(" ") === hit.cue);
  const isClauseVerb = cues.clause.some((s) => s.join(" ") === hit.cue);
  if (isSource || !isClauseVerb) {
    // `Menurut X, "…"` / `kata X: "…"`: the speaker follows, closed by a comma or colon.
    if (!after) return undefined;
    const tail = text.slice(after.start, to);
    const close = tail.search(/[,:]/u);
    if (close < 0 || /["“”„«]/u.test(tail.slice(0, close))) return undefined;
    return {
      cue: hit.cue,
      speaker: pickNamed(scope, after.start, after.start + close),
      via: "attribution",
      relay,
    };
  }
  const subject = pickSubject(scope, from, cueWord.start);
  return { cue: hit.cue, speaker: subject, via: "subject", relay };
}
