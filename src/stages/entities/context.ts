/**
 * @module
 * Builds the finders' context for a language pack once per registry: titles indexed by first word,
 * the lexicon (known names of every pack, since English names turn up in Indonesian news and the
 * other way round, plus the gazetteers), head nouns, cue words. Lists a pack shares with another
 * (Malay's are Indonesian's) are counted once.
 */
import { gazetteers } from "../../lang/base/gazetteers.js";
import { distinctParts, type PackRegistry, perRegistry } from "../../lang/packs.js";
import type { HeadNoun } from "../../lang/types/entities.js";
import type { LanguagePack } from "../../lang/types/pack.js";
import type { FindContext, TitleIndex } from "./candidate.js";
import { lexiconFor } from "./lexicon.js";

let registries = 0;
/** The lexicon cache's key for a registry's packs: one lexicon per registry, shared by its packs. */
const lexiconKey = perRegistry(() => `all#${++registries}`);

/** Contexts by pack, per registry: the lexicon and titles come from every pack of the registry. */
const contexts = perRegistry(() => new Map<LanguagePack, FindContext>());

export function findContextFor(
  packs: PackRegistry,
  pack: LanguagePack,
  language: string | null,
): FindContext {
  const cache = contexts(packs);
  const hit = cache.get(pack);
  if (hit) return hit;
  const data = pack.entities;
  const lexicon = lexiconFor(
    lexiconKey(packs),
    distinctParts(packs, (p) => p.entities.known ?? EMPTY),
  );
  const ctx: FindContext = {
    lexicon,
    language,
    tagger: pack.tagger,
    // Titles of every pack: a mislabelled or mixed-language article still has its "Presiden".
    titles: phraseIndex([...data.titles, ...distinctParts(packs, (p) => p.entities.titles).flat()]),
    // English organisation names turn up in Indonesian copy ("… News Agency"), so every pack's
    // heads apply; the pack's own come first.
    headIndex: headIndex([
      ...(data.heads ?? []),
      ...distinctParts(packs, (p) => p.entities.heads)
        .filter((heads) => heads !== data.heads)
        .flat(),
    ]),
    placeCues: (data.placeCues ?? []).map(words),
    locatives: new Set(data.locatives ?? []),
    appositiveOpeners: new Set(data.appositiveOpeners ?? []),
    particles: new Set(data.nameParticles ?? []),
    connectors: new Set([...(data.nameParticles ?? []), ...(data.orgConnectors ?? [])]),
    nonNames: new Set(data.nonNames ?? []),
    // Function words capitalised at a sentence start are not names there.
    openers: new Set(pack.claims.stopWords.map(capitalise)),
    branchOffices: phraseIndex(data.branchOffices ?? []),
    committees: new Set(data.committees ?? []),
    directions: new Set(data.directions ?? []),
    placePrepositions: new Set(data.placePrepositions ?? data.locatives ?? []),
    clauseLinks: new Set(data.clauseLinks ?? []),
    modifiersFollow: data.modifiersFollow ?? false,
    determiners: new Set(data.determiners ?? []),
    listJoiners: new Set(data.listJoiners ?? []),
    actorVerbs: new Set(data.actorVerbs ?? []),
    countries: new Set(gazetteers().countries.map((c) => c.name)),
    demonyms: new Set(Object.keys(data.demonyms ?? {})),
    officeWord: new RegExp(data.officeWordPattern ?? "(?!)", "iu"),
    speechCues: new Set(pack.quotes.postCues ?? []),
  };
  cache.set(pack, ctx);
  return ctx;
}

const EMPTY: readonly never[] = [];

/** A phrase's lower-cased words as the tokenizer splits them: "lt. gen." → lt . gen . */
function words(phrase: string): string[] {
  return phrase
    .toLowerCase()
    .replace(/\.(?=\s|$)/g, " .")
    .split(/\s+/)
    .filter(Boolean);
}

/** Phrases indexed by their first word; a title's closing dot is a word of its own ("gen ."). */
function phraseIndex(phrases: readonly string[]): TitleIndex {
  const index = new Map<string, string[][]>();
  for (const p of phrases) {
    const w = words(p);
    if (w.length === 0) continue;
    index.set(w[0]!, [...(index.get(w[0]!) ?? []), w]);
  }
  return index;
}

function capitalise(w: string): string {
  return w.charAt(0).toUpperCase() + w.slice(1);
}

function headIndex(heads: readonly HeadNoun[]): Map<string, HeadNoun[]> {
  const index = new Map<string, HeadNoun[]>();
  for (const h of heads) {
    const first = words(h.word)[0];
    if (first) index.set(first, [...(index.get(first) ?? []), h]);
  }
  return index;
}
