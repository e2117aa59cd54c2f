/**
 * @module
 * Search stems over every pack of a registry: the union, word itself first, of the candidates of
 * each pack's stemmer (`search.stems`). The store indexes them in a column of its own and a
 * query word matches any of its own, whatever language either text is in (a query does not say
 * its language). Packs sharing a stemmer (Malay uses Indonesian's) count it once.
 */
import { distinctParts, type PackRegistry, perRegistry } from "./packs.js";

type Stemmer = (word: string) => readonly string[];

const stemmersOf = perRegistry((packs: PackRegistry): readonly Stemmer[] =>
  distinctParts(packs, (p) => p.search.stems),
);

/** Every search stem of a lower-case word under the registry's packs; `[word]` when none stems. */
export function searchStems(packs: PackRegistry, word: string): readonly string[] {
  const stemmers = stemmersOf(packs);
  if (stemmers.length === 0) return [word];
  if (stemmers.length === 1) return stemmers[0]!(word);
  const out = new Set<string>([word]);
  for (const stem of stemmers) for (const s of stem(word)) out.add(s);
  return [...out];
}
