/**
 * @module
 * The story timeline: dated events with the articles that report them and their evidence.
 */
import type { TimelineEntry } from "../../core/dossier.js";
import type { EntityIndex, Story } from "./story.js";

export function buildTimeline(_story: Story, _entities: EntityIndex): TimelineEntry[] {
  return [];
}
