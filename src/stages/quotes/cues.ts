/**
 * @module
 * The pack's quote data compiled once per language into word sequences and sets, with every
 * optional list defaulting to empty so the neutral base pack simply finds nothing.
 */
import type { QuoteData } from "../../lang/types/quotes.js";
import { compileCues } from "./words.js";

export interface Cues {
  readonly post: string[][];
  readonly suffix: string[][];
  readonly clause: string[][];
  readonly object: ReadonlySet<string>;
  readonly source: string[][];
  readonly relay: ReadonlySet<string>;
  readonly complementizers: ReadonlySet<string>;
  readonly stops: ReadonlySet<string>;
  readonly fillers: ReadonlySet<string>;
  readonly cancelBefore: ReadonlySet<string>;
  readonly nounAfterCue: ReadonlySet<string>;
  readonly roleWords: ReadonlySet<string>;
  readonly speakerBeforeOnly: ReadonlySet<string>;
  readonly polarity: ReadonlySet<string>;
  readonly connectives: ReadonlySet<string>;
  readonly agentMarkers: ReadonlySet<string>;
  readonly appositionOpeners: ReadonlySet<string>;
  readonly pronouns: ReadonlySet<string>;
  readonly personPronouns: ReadonlySet<string>;
  /** Every cue a quote's own sentence may carry before it. */
  readonly pre: string[][];
}

const lower = (xs: readonly string[] | undefined): Set<string> =>
  new Set((xs ?? []).map((x) => x.toLowerCase()));

const cache = new WeakMap<QuoteData, Cues>();

export function compile(data: QuoteData): Cues {
  const hit = cache.get(data);
  if (hit) return hit;
  const post = compileCues(data.postCues);
  const clause = compileCues(data.clauseVerbs);
  const source = compileCues(data.sourceMarkers);
  const cues: Cues = {
    post,
    suffix: compileCues(data.suffixCues),
    clause,
    object: lower(data.objectVerbs),
    source,
    relay: lower(data.relayCues),
    complementizers: lower(data.complementizers),
    stops: lower(data.speakerStops),
    fillers: lower(data.fillers),
    cancelBefore: lower(data.cancelBefore),
    nounAfterCue: lower(data.nounAfterCue),
    roleWords: lower(data.roleWords),
    speakerBeforeOnly: lower(data.speakerBeforeOnly),
    polarity: lower(data.polarityVerbs),
    connectives: lower(data.connectives),
    agentMarkers: lower(data.agentMarkers),
    appositionOpeners: lower(data.appositionOpeners),
    pronouns: lower(data.pronouns),
    personPronouns: lower(data.personPronouns ?? data.pronouns),
    pre: compileCues([...(data.clauseVerbs ?? []), ...(data.postCues ?? []), ...(data.sourceMarkers ?? [])]),
  };
  cache.set(data, cues);
  return cues;
}
