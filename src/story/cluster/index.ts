/**
 * @module
 * Story clustering: {@link clusterArticles} groups a batch in one online pass with maintenance
 * (what the stories scorer calls); {@link OnlineClusterer} is the incremental form the archive
 * keeps between ingests.
 */
import { resolveStory, type StoryChange } from "./changes.js";
import { type ClusterInput, type ClusterOptions, OnlineClusterer } from "./online.js";

export { resolveStory, type StoryChange } from "./changes.js";
export type { ArticleFeatures, FeatureInput, TermVector } from "./features.js";
export {
  type Assignment,
  type ClusterInput,
  type ClusterOptions,
  DEFAULTS,
  OnlineClusterer,
} from "./online.js";

/**
 * Article id → story id for a batch fed in the given order. Each article is placed on arrival,
 * maintenance revisits recent decisions as the batch goes on, and the batch ends with a settling
 * pass (what a live archive does when its feed goes quiet); ids reflect every merge, move and split.
 */
export function clusterArticles(
  articles: readonly ClusterInput[],
  options?: ClusterOptions,
): Map<string, string> {
  const clusterer = new OnlineClusterer(options);
  const out = new Map<string, string>();
  const redirects = new Map<string, string>();
  const apply = (changes: readonly StoryChange[]): void => {
    for (const c of changes) {
      if (c.kind === "merge") redirects.set(c.from, c.into);
      else if (c.kind === "move") out.set(c.articleId, c.to);
      else for (const id of c.articleIds) out.set(id, c.to);
    }
  };
  for (const article of articles) {
    out.set(article.id, clusterer.add(article).storyId);
    apply(clusterer.drainChanges());
  }
  clusterer.settle();
  apply(clusterer.drainChanges());
  for (const [id, story] of out) out.set(id, resolveStory(redirects, story));
  return out;
}
