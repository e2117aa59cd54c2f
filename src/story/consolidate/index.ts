/**
 * @module
 * Consolidation: from the analysed articles of one story to the story-level parts of a dossier.
 * Order matters: entities first (quotes, claims and the timeline link to them), origins before
 * claims (claims count origins), claims before the summary (it cites what claims support).
 */
import type { Dossier } from "../../core/dossier.js";
import { consolidateClaims } from "./claims.js";
import { resolveEntities } from "./entities.js";
import { originsOf } from "./origins.js";
import { collectQuotes } from "./quotes.js";
import type { Story } from "./story.js";
import { summarize } from "./summary.js";
import { buildTimeline } from "./timeline.js";

export type StoryParts = Pick<
  Dossier,
  "entities" | "timeline" | "quotes" | "claims" | "contradictions" | "summary"
> & {
  readonly origins: ReadonlyMap<string, readonly string[]>;
};

export function consolidate(story: Story): StoryParts {
  const entities = resolveEntities(story);
  const origins = originsOf(story);
  const { claims, contradictions } = consolidateClaims(story, origins, entities);
  return {
    entities: entities.entities,
    timeline: buildTimeline(story, entities, contradictions),
    quotes: collectQuotes(story, entities),
    claims,
    contradictions,
    summary: summarize(story, claims, contradictions),
    origins,
  };
}
