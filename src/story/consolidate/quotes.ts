/**
 * @module
 * Quotes of every article with their speakers linked to story entities. A speaker links by where
 * the attribution names it (the mention at those offsets), else by its name or an alias, else by
 * its words: a partial name ("Peskov", "Kim Taewoo") links to the one entity whose name or alias
 * holds all its words, people first, so surname-only and role-prefixed attributions still reach
 * the story's entity. Nothing links when that match is ambiguous.
 */

import { layer } from "../../core/doc/document.js";
import type { SpeakerRef } from "../../core/doc/layers/quotes.js";
import type { DossierEntity, DossierQuote } from "../../core/dossier.js";
import type { EntityIndex, Story } from "./story.js";

const wordsOf = (name: string): string[] =>
  name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/** The one entity whose name or alias holds every word of `name` (people preferred), if unique. */
export function byWords(entities: readonly DossierEntity[], name: string): DossierEntity | undefined {
  const want = wordsOf(name);
  if (want.length === 0) return undefined;
  const holds = (e: DossierEntity): boolean =>
    [e.name, ...e.aliases].some((n) => {
      const have = wordsOf(n);
      return want.every((w) => have.includes(w));
    });
  const hits = entities.filter(holds);
  const people = hits.filter((e) => e.type === "person");
  const pool = people.length ? people : hits;
  return pool.length === 1 ? pool[0] : undefined;
}

function link(key: string, speaker: SpeakerRef, entities: EntityIndex): DossierEntity | undefined {
  const at =
    speaker.start !== undefined && speaker.end !== undefined
      ? entities.at(key, speaker.start, speaker.end)
      : undefined;
  return at ?? entities.byName(speaker.name) ?? byWords(entities.entities, speaker.name);
}

export function collectQuotes(story: Story, entities: EntityIndex): DossierQuote[] {
  return story.articles.flatMap(({ key, doc }) =>
    layer(doc, "quotes").map((q) => {
      const ent = q.speaker ? link(key, q.speaker, entities) : undefined;
      return {
        article: key,
        start: q.start,
        end: q.end,
        text: q.text,
        direct: q.direct,
        speaker: q.speaker ? { entity: ent?.id ?? null, name: ent?.name ?? q.speaker.name } : null,
      };
    }),
  );
}
