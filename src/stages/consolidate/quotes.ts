/**
 * @module
 * Quotes of every article with their speakers linked to story entities.
 */

import { layer } from "../../core/doc/document.js";
import type { DossierQuote } from "../../core/dossier.js";
import type { EntityIndex, Story } from "./story.js";

export function collectQuotes(story: Story, entities: EntityIndex): DossierQuote[] {
  return story.articles.flatMap(({ key, doc }) =>
    layer(doc, "quotes").map((q) => {
      const ent = q.speaker
        ? ((q.speaker.start !== undefined && q.speaker.end !== undefined
            ? entities.at(key, q.speaker.start, q.speaker.end)
            : undefined) ?? entities.byName(q.speaker.name))
        : undefined;
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
