/**
 * @module
 * Sentence-level propositions of one article, with normalised slots, ready to be aligned with
 * the claims of other articles of the same story.
 */
import type { Span } from "../span.js";

export interface ClaimSlots {
  /** Canonical names of the actors (entities) the sentence names. */
  readonly actors: readonly string[];
  /** Canonical places. */
  readonly places: readonly string[];
  /** Resolved date values the sentence carries. */
  readonly dates: readonly string[];
  /** Numbers with their unit word, normalised ("2 rudal"). */
  readonly quantities: readonly string[];
  /** Stemmed content words used for alignment. */
  readonly keywords: readonly string[];
}

/**
 * How the article puts the statement: as its own assertion, as someone's words, hedged, as a plan
 * or forecast, negated, or as background history. Only statements of one modality state the same
 * fact: "Kim akan bertemu Putin" (planned) is not "Kim bertemu Putin" (asserted).
 */
export type Modality = "asserted" | "attributed" | "hedged" | "planned" | "negated" | "background";

export interface ClaimCandidate extends Span {
  readonly slots: ClaimSlots;
  /** Hedged or background statements weigh less in contradictions. */
  readonly hedged: boolean;
  /** Attributed to someone ("kata X"): a report of speech rather than the outlet's assertion. */
  readonly attributed: boolean;
  /** Background rather than news ("kala itu", "previously"): weighs less in contradictions. */
  readonly background?: boolean;
  /** In the article's lede (title, standfirst or first paragraph): an assertion of the article. */
  readonly lede?: boolean;
  /** How the statement is put (see {@link Modality}); absent in layers stored before it existed. */
  readonly modality?: Modality;
  /** Reports a running figure as of some moment ("rose to", "as of"): later figures update it. */
  readonly update?: boolean;
  /** The event each of `slots.quantities` counts (`ev:die` for "62 orang meninggal"), or null. */
  readonly quantityRoles?: readonly (string | null)[];
  /** The concept of the noun each of `slots.quantities` counts when it counts people (`i…`), or null. */
  readonly quantityNouns?: readonly (string | null)[];
  /** Language-neutral concept ids of its content words (bilingual lexicon), for cross-language alignment. */
  readonly concepts?: readonly string[];
  /** Index of the sentence in its article. */
  readonly position?: number;
  /** The surface text of each of `slots.places`, in the same order (the slot holds canonical names). */
  readonly placeSurfaces?: readonly string[];
  /** Alignment keys of the place words: left out when two statements are compared on their place. */
  readonly placeKeys?: readonly string[];
}
