/**
 * @module
 * Turns attributions into speakers in text order. A pronoun or a -nya cue stands for the most
 * recent fitting speaker or sentence subject before it: for a person pronoun, the later of the
 * last person quoted and the last person who opened a sentence; for "they"/"mereka", the last
 * speaker of any kind. A quote with no attribution of its own that follows another quote closely
 * continues that speaker.
 */
import type { Mention } from "../../core/doc/layers/mentions.js";
import type { SpeakerRef } from "../../core/doc/layers/quotes.js";
import type { Sentence } from "../../core/doc/layers/text-units.js";
import type { Attribution } from "./attribution.js";
import type { Cues } from "./cues.js";
import type { Candidate } from "./names.js";

export interface Pending {
  readonly start: number;
  readonly end: number;
  readonly direct: boolean;
  readonly rule: string;
  readonly attribution: Attribution | null;
}

export interface Resolved extends Pending {
  readonly speaker: SpeakerRef | null;
}

interface Known {
  readonly ref: SpeakerRef;
  readonly person: boolean;
  readonly at: number;
  readonly sentence: number;
}

/** Index of the sentence containing `pos` (the last one starting at or before it). */
function sentenceAt(sentences: readonly Sentence[], pos: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  let ans = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid]!.start <= pos) {
      ans = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return ans;
}

const refOf = (c: Candidate, via: string): SpeakerRef => ({ name: c.name, start: c.start, end: c.end, via });

export function resolveSpeakers(
  pending: readonly Pending[],
  sentences: readonly Sentence[],
  mentions: readonly Mention[],
  cues: Cues,
  roleOnly: (name: string) => boolean,
): Resolved[] {
  // People named inside quoted or reported words are what is talked about, not who talks.
  const inQuote = (m: Mention): boolean => pending.some((p) => m.start >= p.start && m.end <= p.end);
  const persons = mentions.filter((m) => m.type === "person" && !inQuote(m));
  // The person each sentence is about: its first person mention; a sentence opened by a role
  // ("Kapolres menjelaskan") or a pronoun carries the previous sentence's person.
  const subjects: (Mention | undefined)[] = [];
  sentences.forEach((s, k) => {
    const first = persons.find((m) => m.start >= s.start && m.start < s.end);
    const named = first && !roleOnly(first.canonical || first.text) ? first : undefined;
    subjects.push(named ?? (first || startsWithPronoun(s) ? subjects[k - 1] : undefined));
  });
  function startsWithPronoun(s: Sentence): boolean {
    const w =
      s.text
        .trimStart()
        .split(/[^\p{L}]+/u)[0]
        ?.toLowerCase() ?? "";
    return cues.personPronouns.has(w);
  }
  let lastPerson: Known | undefined;
  let lastAny: Known | undefined;
  const out: Resolved[] = [];

  const personBefore = (pos: number, sentence: number, suffix = false): SpeakerRef | undefined => {
    // A -nya cue ("tambahnya") or a bare role ("ujar Kapolres", "the coach said") continues the
    // last person quoted, even past a newer subject.
    if (suffix && lastPerson && sentence - lastPerson.sentence <= 6) return { ...lastPerson.ref };
    // A speaker the tagger typed as a place or left untyped still speaks on.
    if (suffix && !lastPerson && lastAny && sentence - lastAny.sentence <= 6) return { ...lastAny.ref };
    let subject: Mention | undefined;
    for (let k = sentence; k >= 0 && k >= sentence - 4; k--) {
      const m = subjects[k];
      if (m && m.start < pos) {
        subject = m;
        break;
      }
    }
    if (lastPerson && sentence - lastPerson.sentence <= 4 && (!subject || lastPerson.at >= subject.start))
      return { ...lastPerson.ref };
    if (subject)
      return { name: subject.canonical || subject.text, start: subject.start, end: subject.end, via: "" };
    const near = [...persons].reverse().find((m) => m.end <= pos);
    return near
      ? { name: near.canonical || near.text, start: near.start, end: near.end, via: "" }
      : undefined;
  };

  for (const p of [...pending].sort((a, b) => a.start - b.start)) {
    const sentence = sentenceAt(sentences, p.start);
    const cand = p.attribution?.speaker ?? null;
    let speaker: SpeakerRef | null = null;
    let person = false;
    if (cand && cand.kind === "pronoun") {
      const isPerson =
        cand.pronoun === "-nya" || cand.pronoun === "-role" || cues.personPronouns.has(cand.pronoun ?? "");
      const found = isPerson
        ? personBefore(cand.start, sentence, cand.pronoun === "-nya" || cand.pronoun === "-role")
        : lastAny && sentence - lastAny.sentence <= 4
          ? lastAny.ref
          : undefined;
      const via = p.attribution?.via === "suffix" ? "suffix" : cand.pronoun === "-role" ? "role" : "pronoun";
      speaker = found ? { ...found, via } : cand.pronoun === "-role" ? refOf(cand, "attribution") : null;
      person = isPerson && !!speaker;
    } else if (cand) {
      speaker = refOf(cand, p.attribution?.via ?? "attribution");
      person = cand.kind === "person" || cand.kind === "name";
    } else if (!p.attribution && lastAny && sentence - lastAny.sentence <= 2) {
      speaker = { ...lastAny.ref, via: "continuation" };
      person = lastAny.person;
    }
    out.push({ ...p, speaker });
    if (speaker) {
      // The speaker is current as of the attribution, which may follow the quote.
      const at = Math.max(p.end, speaker.end ?? 0);
      const known: Known = { ref: speaker, person, at, sentence: sentenceAt(sentences, at - 1) };
      lastAny = known;
      if (person) lastPerson = known;
    }
  }
  return out;
}
