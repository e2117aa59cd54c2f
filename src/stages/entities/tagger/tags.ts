/**
 * @module
 * The tag set the tagger predicts, as small integers, and the BIO rules that constrain decoding.
 * Index 0 is "O"; then B/I pairs per entity type, so `B` tags are odd and `I` tags even.
 */
import type { EntityType } from "../../../core/doc/layers/index.js";

/** A BIO tag over the project's entity types: "O", "B-person", "I-place", … */
export type EntityTag = "O" | `B-${EntityType}` | `I-${EntityType}`;

/** The entity types the trained model knows (a subset of `EntityType`). */
export const TAGGED_TYPES = ["person", "organization", "place"] as const satisfies readonly EntityType[];
export type TaggedType = (typeof TAGGED_TYPES)[number];

/** Tags by index: O, B-person, I-person, B-organization, I-organization, B-place, I-place. */
export const TAGS: readonly EntityTag[] = [
  "O",
  ...TAGGED_TYPES.flatMap((t): EntityTag[] => [`B-${t}`, `I-${t}`]),
];
export const TAG_COUNT = TAGS.length;

const INDEX = new Map<string, number>(TAGS.map((t, i) => [t, i]));

/** Index of a tag string; unknown tags are "O" (0). */
export const tagIndex = (tag: string): number => INDEX.get(tag) ?? 0;

/**
 * Whether tag `next` may follow tag `prev` (−1 = sentence start) in well-formed BIO: an `I-X`
 * only continues a `B-X` or `I-X`. Decoding forbids the rest so every output is a clean span set.
 */
export function allowed(prev: number, next: number): boolean {
  if (next === 0 || next % 2 === 1) return true;
  if (prev <= 0) return false;
  return prev === next || prev === next - 1;
}
