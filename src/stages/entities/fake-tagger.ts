/**
 * @module
 * Test helper: a stand-in for the trained tagger, so the stage tests pin the stage's own rules
 * rather than what the current model happens to tag. It reads as a person any run of the words a
 * test file names as people (a title cue needs the tagger to read a person after it), and tags
 * other words as the test asks.
 */
import type { EntityTag } from "./tagger/tags.js";

export interface FakeTagger {
  /** Words of the people the tests name, tagged B-/I-person in runs. */
  readonly people: ReadonlySet<string>;
  /** Tags a test sets for single words ("Gaza" → "B-person"); cleared by the test. */
  readonly tags: Map<string, string>;
}

export function fakeTagTokens(tokens: readonly string[], fake: FakeTagger): EntityTag[] {
  return tokens.map((t, i) => {
    if (!fake.people.has(t)) return (fake.tags.get(t) ?? "O") as EntityTag;
    return i > 0 && fake.people.has(tokens[i - 1]!) ? "I-person" : "B-person";
  });
}
