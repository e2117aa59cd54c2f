/**
 * @module
 * Speaker candidates inside a stretch of text: entity mentions first (person, then organisation,
 * then place), and, where no mention covers it, a run of capitalised words so a name the entity
 * tagger missed can still be reported. A stretch that is only a pronoun is flagged for resolution.
 */
import type { Mention } from "../../core/doc/layers/mentions.js";
import { isCapitalised, type Word, wordsIn } from "./words.js";

export type CandidateKind = "person" | "name" | "organization" | "place" | "phrase" | "pronoun";

export interface Candidate {
  readonly name: string;
  readonly start: number;
  readonly end: number;
  readonly kind: CandidateKind;
  /** Lowercase pronoun when `kind` is `pronoun`. */
  readonly pronoun?: string;
}

// Lowercase particles that can sit inside a name ("Ministry of Defence", "bin", "van der").
const CONNECTORS = new Set(["of", "for", "the", "bin", "binti", "van", "der", "de", "da", "al", "el", "von"]);

const RANK: Record<CandidateKind, number> = {
  person: 0,
  pronoun: 1,
  name: 2,
  organization: 3,
  place: 4,
  phrase: 5,
};

function kindOf(m: Mention): CandidateKind {
  if (m.type === "person") return "person";
  if (m.type === "organization") return "organization";
  if (m.type === "place") return "place";
  return "name";
}

/** Runs of capitalised words (with inner connectors) not covered by a mention. */
function capitalRuns(text: string, words: readonly Word[], mentions: readonly Mention[]): Candidate[] {
  const out: Candidate[] = [];
  let run: Word[] = [];
  const flush = (): void => {
    while (run.length && CONNECTORS.has(run[run.length - 1]!.lower)) run.pop();
    if (run.length) {
      const start = run[0]!.start;
      const end = run[run.length - 1]!.end;
      if (!mentions.some((m) => m.start < end && start < m.end))
        out.push({ name: text.slice(start, end), start, end, kind: "name" });
    }
    run = [];
  };
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const gap = run.length ? text.slice(run[run.length - 1]!.end, w.start) : " ";
    if (run.length && !/^\s+$/u.test(gap)) flush();
    if (isCapitalised(w.text)) run.push(w);
    else if (run.length && CONNECTORS.has(w.lower) && isCapitalised(words[i + 1]?.text ?? "")) run.push(w);
    else flush();
  }
  flush();
  return out;
}

/**
 * Candidates in `[from, to)`, best first: people, pronouns, unknown names, organisations, places;
 * ties go to the earlier one. `pronouns` are the pack's lowercase speaker pronouns.
 */
export function candidatesIn(
  text: string,
  from: number,
  to: number,
  mentions: readonly Mention[],
  pronouns: ReadonlySet<string>,
  dates: readonly { readonly start: number; readonly end: number }[] = [],
  calendar: ReadonlySet<string> = new Set(),
): Candidate[] {
  if (to <= from) return [];
  const inside = mentions.filter((m) => m.start >= from && m.end <= to);
  const words = wordsIn(text, from, to);
  const found: Candidate[] = inside.map((m) => ({
    name: m.canonical || m.text,
    start: m.start,
    end: m.end,
    kind: kindOf(m),
  }));
  for (const w of words) {
    if (pronouns.has(w.lower))
      found.push({ name: w.text, start: w.start, end: w.end, kind: "pronoun", pronoun: w.lower });
  }
  const runs = capitalRuns(text, words, inside).filter(
    (r) =>
      !dates.some((d) => d.start < r.end && r.start < d.end) &&
      !r.name.split(/\s+/u).every((w) => calendar.has(w.toLowerCase())),
  );
  found.push(...runs);
  return found.sort((a, b) => RANK[a.kind] - RANK[b.kind] || a.start - b.start);
}

/** The words of a phrase trimmed to at most `max` words, as a last-resort speaker. */
export function phraseCandidate(text: string, from: number, to: number, max = 8): Candidate | undefined {
  const words = wordsIn(text, from, to);
  if (words.length === 0 || words.length > max) return undefined;
  const start = words[0]!.start;
  const end = words[words.length - 1]!.end;
  return { name: text.slice(start, end), start, end, kind: "phrase" };
}
