/**
 * @module
 * The independent origins behind each article: the wire agencies it credits, or the outlet itself
 * when it credits none.
 */
import type { Story } from "./story.js";

/** Maps each article key to its origins. */
export function originsOf(story: Story): Map<string, readonly string[]> {
  const out = new Map<string, readonly string[]>();
  for (const { key, doc } of story.articles) {
    const { agencies, outlet } = doc.meta;
    out.set(key, agencies.length > 0 ? agencies : [outlet ?? doc.source]);
  }
  return out;
}
