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
  /** Spans of dates ("Selasa", "Thursday"): capitalised, but never a speaker. */
  readonly dates: readonly { readonly start: number; readonly end: number }[];
  /** Lowercase month and weekday names from the pack's date section ("minggu", "thursday"). */
  readonly calendar: ReadonlySet<string>;
}

const NP_RANK = ["person", "name", "organization", "place", "pronoun", "phrase"];

const lowerWords = (text: string): string[] =>
  text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/**
 * True when a speaker phrase is only a role ("Kapolres", "the coach", "Kapolres Merauke"): it
 * points back to a person named earlier rather than naming one.
 */
export function isRoleOnly(scope: Scope, c: Candidate): boolean {
  if (c.kind === "pronoun" || c.kind === "organization" || c.kind === "place") return false;
  const w = lowerWords(c.name);
  const roles = scope.cues.roleWords;
  if (w.length === 0 || !roles.has(w[0]!)) return false;
  return w.every((x) => roles.has(x)) || w.length <= 2;
}

/** Marks a role-only candidate for resolution, keeping its own name as the fallback. */
function asAnaphor(scope: Scope, c: Candidate | null): Candidate | null {
  return c && isRoleOnly(scope, c) ? { ...c, kind: "pronoun", pronoun: "-role" } : c;
}

function rankNamed(scope: Scope, found: Candidate[]): Candidate | undefined {
  const key = (c: Candidate): number => NP_RANK.indexOf(c.kind) * 2 + (isRoleOnly(scope, c) ? 1 : 0);
  // Same rank: the later one, the head of "juru bicara Deplu AS Matthew Miller".
  return [...found].sort((a, b) => key(a) - key(b) || b.start - a.start)[0];
}

/** Best speaker in a noun phrase after or before a cue. */
export function pickNamed(scope: Scope, from: number, to: number): Candidate | null {
  const found = candidatesIn(
    scope.text,
    from,
    to,
    scope.mentions,
    scope.cues.pronouns,
    scope.dates,
    scope.calendar,
  );
  return asAnaphor(scope, rankNamed(scope, found) ?? phraseCandidate(scope.text, from, to) ?? null);
}

/**
 * The subject of a verb, looked for in `[from, to)` (sentence start to verb). The stretch is cut at
 * commas and dashes; the last piece that says something is the subject ("Kapolres Merauke, AKBP
 * Bahara Marpaung menegaskan"; "When asked …, the coach said"), unless it is an apposition after
 * a short name ("Du Hyeong Cha, seorang analis …, meragukan"). When the last piece is empty or a
 * bare conjunction ("…, dan mengatakan"), the sentence's first person is the subject.
 */
export function pickSubject(scope: Scope, from: number, to: number): Candidate | null {
  const { text, cues } = scope;
  const found = candidatesIn(text, from, to, scope.mentions, cues.pronouns, scope.dates, scope.calendar);
  // "… today the coach replied": a role phrase right before the verb is the subject.
  const tailWords = wordsIn(text, from, to).slice(-3);
  for (let n = 0; n < tailWords.length - 1; n++) {
    const tail = tailWords.slice(n);
    if (tail.every((w) => cues.roleWords.has(w.lower)) && !/\p{Lu}/u.test(tail[tail.length - 1]!.text[0]!)) {
      const start = tail[0]!.start;
      const end = tail[tail.length - 1]!.end;
      return { name: text.slice(start, end), start, end, kind: "pronoun", pronoun: "-role" };
    }
  }
  const cuts = [from];
  for (const m of text.slice(from, to).matchAll(/,|\s[-–—]+\s|:|\(|\)/gu))
    cuts.push(from + m.index + m[0].length);
  const segments = cuts.map((s, k) => [s, k + 1 < cuts.length ? cuts[k + 1]! - 1 : to] as const);
  const content = (seg: readonly [number, number]) =>
    wordsIn(text, seg[0], seg[1]).filter((w) => !cues.stops.has(w.lower) && !cues.fillers.has(w.lower));
  const inSeg = (seg: readonly [number, number]) => found.filter((c) => c.start >= seg[0] && c.end <= seg[1]);
  // Circumstance pieces ("di Kendari", "Minggu", "on Tuesday") are not the subject.
  const circumstance = (seg: readonly [number, number]): boolean => {
    const all = wordsIn(text, seg[0], seg[1]);
    const kept = content(seg);
    if (kept.length === 0) return true;
    if (cues.stops.has(all[0]!.lower)) return true;
    // Degrees after a name ("S.E., M.M.", "Ph.D."): short dotted abbreviations only.
    if (/\./u.test(text.slice(seg[0], seg[1])) && kept.every((w) => w.text.replace(/\./gu, "").length <= 3))
      return true;
    return kept.every(
      (w) =>
        scope.calendar.has(w.lower) ||
        /^\d/u.test(w.text) ||
        scope.dates.some((d) => d.start <= w.start && w.end <= d.end),
    );
  };
  let k = segments.length - 1;
  while (k >= 0 && circumstance(segments[k]!)) k--;
  if (k < 0) return null;
  const last = segments[segments.length - 1]!;
  const bare = wordsIn(text, last[0], last[1]);
  if (k < segments.length - 1 && bare.length > 0 && content(last).length === 0) {
    // "…, dan mengatakan": a coordinated verb shares the sentence's first person.
    const people = found
      .filter((c) => c.kind === "person" || c.kind === "pronoun")
      .sort((a, b) => a.start - b.start);
    if (people[0]) return asAnaphor(scope, people[0]);
  }
  const first = wordsIn(text, segments[k]![0], segments[k]![1])[0];
  if (
    k > 0 &&
    first &&
    (cues.appositionOpeners.has(first.lower) ||
      (cues.roleWords.has(first.lower) && /^\p{Ll}/u.test(first.text)))
  ) {
    const prev = segments[k - 1]!;
    const prevWords = content(prev);
    if (prevWords.length <= 4 && inSeg(prev).length > 0) k -= 1;
  }
  const seg = segments[k]!;
  const words = wordsIn(text, seg[0], seg[1]);
  // A lone title-case word opening the piece ("Para", "Sebelumnya", "At") is not a name.
  const lead = (c: Candidate): boolean =>
    c.kind === "name" && c.start === words[0]!.start && !/\s/u.test(c.name) && !/^\p{Lu}+$/u.test(c.name);
  // "Kapolres didampingi oleh Wakapolres …": who follows a passive's agent marker is not the subject.
  const agent = words.find((w) => cues.agentMarkers.has(w.lower));
  const here = inSeg(seg).filter(
    (c) => !lead(c) && !(agent && c.start > agent.start && inSeg(seg).some((o) => o.end <= agent.start)),
  );
  const people = here.filter((c) => c.kind === "person" || c.kind === "pronoun");
  const nonRole = people.filter((c) => !isRoleOnly(scope, c));
  if (nonRole.length) return nonRole[0]!;
  if (people.length) return asAnaphor(scope, people[0]!);
  const named = rankNamed(scope, here);
  if (named) return asAnaphor(scope, named);
  const kept = content(seg);
  // The piece is that one capitalised word ("Gustavsson admitted"): a name after all.
  const lone = inSeg(seg).find(lead);
  if (lone && kept.length === 1) return asAnaphor(scope, lone);
  const phrase =
    kept.length > 0 ? phraseCandidate(text, words[0]!.start, words[words.length - 1]!.end, 6) : undefined;
  return asAnaphor(scope, phrase ?? null);
}

/** End of the speaker phrase that starts at word `i`: a stop word, a comma or a bracket ends it. */
export function phraseEnd(scope: Scope, words: readonly Word[], i: number, limit: number): number {
  let end = -1;
  for (let k = i; k < words.length && k < i + 10; k++) {
    const w = words[k]!;
    if (scope.cues.stops.has(w.lower) && k > i) break;
    const gap = scope.text.slice(words[k - 1]?.end ?? w.start, w.start);
    // "Sgt. Pete Dugan": a period after a short capitalised abbreviation does not end the phrase.
    const abbrev = k > i && gap.startsWith(".") && /^\p{Lu}\p{L}{0,3}$/u.test(words[k - 1]!.text);
    // A parenthesis inside the phrase ("Departemen Luar Negeri (Deplu) AS Matthew Miller") does not end it.
    if (k > i && !abbrev && /[,;:."“”!?]/u.test(gap)) break;
    end = w.end;
  }
  return end < 0 ? limit : end;
}

/**
 * `kata Plt Direktur Jenderal Perdagangan, Kemendag, Syailendera dalam …`: when the phrase after
 * the cue is a title or an office and comma pieces follow, the name in them is the speaker.
 */
function extendToName(
  scope: Scope,
  words: readonly Word[],
  first: number,
  end: number,
  to: number,
): Candidate | null {
  const own = pickNamed(scope, words[first]!.start, end);
  const titled = scope.cues.roleWords.has(words[first]!.lower) || own?.kind === "organization";
  if (!own || own.kind === "person" || !titled) return own;
  let k = words.findIndex((w) => w.start >= end);
  for (let piece = 0; piece < 2 && k > 0 && k < words.length; piece++) {
    if (!/,/u.test(scope.text.slice(words[k - 1]!.end, words[k]!.start))) break;
    const pieceEnd = phraseEnd(scope, words, k, to);
    const found = pickNamed(scope, words[k]!.start, pieceEnd);
    if (found && (found.kind === "person" || found.kind === "name")) return found;
    k = words.findIndex((w) => w.start >= pieceEnd);
  }
  return own;
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
    if (i > 0 && /[,;:()]/u.test(text.slice(words[i - 1]!.end, words[i]!.start)))
      return appositive(scope, words, i);
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
    if (cues.speakerBeforeOnly.has(hit.cue)) return undefined;
    if (first >= words.length) return { cue: hit.cue, speaker: null, via: "attribution", relay };
    const end = phraseEnd(scope, words, first, to);
    return { cue: hit.cue, speaker: extendToName(scope, words, first, end, to), via: "attribution", relay };
  }
  return undefined;
}

/**
 * `"…," Brad Alexander, chief of media relations at …, said Tuesday`: a name, an apposition
 * between commas, then the cue right after the second comma.
 */
function appositive(scope: Scope, words: readonly Word[], comma: number): Attribution | undefined {
  const { text, cues } = scope;
  for (let k = comma + 1; k < Math.min(words.length, comma + 25); k++) {
    const gap = text.slice(words[k - 1]!.end, words[k]!.start);
    if (/[.!?;"“”]/u.test(gap)) return undefined;
    if (!gap.includes(",")) continue;
    const hit = cueAt(words, k, cues.post);
    if (!hit) continue;
    const speaker = pickNamed(scope, words[0]!.start, words[comma - 1]!.end);
    return { cue: hit.cue, speaker, via: "attribution", relay: cues.relay.has(hit.cue) };
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
