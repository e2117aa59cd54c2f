/**
 * @module
 * One entity, one type: the vote over all of an entity's mentions across a story. Each mention
 * votes for its own type with the trust of the rule that found it (the outlet and agency
 * directory most, then listed names and gazetteers, then cue-built names, then the tagger), and
 * its context adds evidence: a place preposition before it ("di X", "in X") votes place; a
 * reporting verb beside it ("kata X", "X said") says it acts, so it votes for its own type when
 * that is a person or an organisation, and for organisation when it was read as a place (a
 * country or capital speaking for its government).
 */
import type { EntityType } from "../../core/doc/layers/mentions.js";
import { type PackRegistry, perRegistry } from "../../lang/packs.js";

/** A mention as the vote sees it: its type, the rule that found it, the words around it. */
export interface TypeEvidence {
  readonly type: EntityType;
  readonly rule: string;
  /** The lower-cased word right before the mention ("" when none). */
  readonly before: string;
  /** The lower-cased word right after the mention ("" when none). */
  readonly after: string;
  readonly language: string | null;
}

/** How far a rule's type is trusted: directory over listed names over cues over the tagger. */
export function ruleTrust(rule: string): number {
  if (rule.includes("directory")) return 5;
  if (rule.includes("known") || rule.includes("gazetteer")) return 3;
  if (rule.includes("title") || rule.includes("appositive") || rule.includes("head")) return 2;
  return 1;
}

/** Weight of one context cue: less than a listed name's, so a gazetteer still outvotes one cue. */
const CONTEXT = 1.5;

interface Cues {
  readonly places: ReadonlySet<string>;
  readonly speech: ReadonlySet<string>;
}

/** Cues by language code, per registry. */
const cueCaches = perRegistry(() => new Map<string, Cues>());

function cuesFor(packs: PackRegistry, language: string | null): Cues {
  const key = language ?? "";
  const cueCache = cueCaches(packs);
  let cues = cueCache.get(key);
  if (!cues) {
    const pack = packs.get(language);
    cues = {
      places: new Set([...(pack.entities.locatives ?? []), ...(pack.entities.placePrepositions ?? [])]),
      speech: new Set(pack.quotes.postCues ?? []),
    };
    cueCache.set(key, cues);
  }
  return cues;
}

/** Adds the votes of one mention, by type, to `into`; the packs give each language's cue words. */
export function addVotes(into: Map<EntityType, number>, e: TypeEvidence, packs: PackRegistry): void {
  const add = (t: EntityType, w: number) => into.set(t, (into.get(t) ?? 0) + w);
  add(e.type, ruleTrust(e.rule));
  const cues = cuesFor(packs, e.language);
  if (cues.places.has(e.before)) add("place", CONTEXT);
  if (cues.speech.has(e.before) || cues.speech.has(e.after))
    add(e.type === "place" ? "organization" : e.type, CONTEXT);
}

/** Votes counted so far: mentions can be added one by one as an entity grows. */
export class VoteTally {
  private readonly total = new Map<EntityType, number>();
  private best: EntityType = "other";
  private bestTrust = -1;
  count = 0;

  constructor(private readonly packs: PackRegistry) {}

  add(e: TypeEvidence): void {
    addVotes(this.total, e, this.packs);
    const t = ruleTrust(e.rule);
    if (t > this.bestTrust) [this.best, this.bestTrust] = [e.type, t];
    this.count += 1;
  }

  /** The type with the most votes; ties go to the type of the most trusted mention. */
  winner(): EntityType {
    let winner = this.best;
    for (const [t, w] of this.total) if (w > (this.total.get(winner) ?? 0)) winner = t;
    return winner;
  }
}

/** The type all the mentions vote for; ties go to the type of the most trusted mention. */
export function voteType(evidence: readonly TypeEvidence[], packs: PackRegistry): EntityType {
  const tally = new VoteTally(packs);
  for (const e of evidence) tally.add(e);
  return tally.winner();
}

/** The lower-cased words right before and after `[start, end)` in `text`. */
export function contextWords(text: string, start: number, end: number): { before: string; after: string } {
  const before = /(\p{L}+)[^\p{L}\n]{0,2}$/u.exec(text.slice(Math.max(0, start - 40), start))?.[1] ?? "";
  const after = /^[^\p{L}\n]{0,2}(\p{L}+)/u.exec(text.slice(end, end + 40))?.[1] ?? "";
  return { before: before.toLowerCase(), after: after.toLowerCase() };
}
