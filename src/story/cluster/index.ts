/**
 * @module
 * Story clustering: {@link clusterArticles} groups a batch in one online pass (what the stories
 * scorer calls); {@link OnlineClusterer} is the incremental form the store keeps between ingests.
 */
import { type ClusterInput, type ClusterOptions, OnlineClusterer } from "./online.js";

export type { ArticleFeatures, FeatureInput, TermVector } from "./features.js";
export {
  type Assignment,
  type ClusterInput,
  type ClusterOptions,
  DEFAULTS,
  OnlineClusterer,
} from "./online.js";

/** Article id → story id, deciding each article in the given order, once. */
export function clusterArticles(
  articles: readonly ClusterInput[],
  options?: ClusterOptions,
): Map<string, string> {
  const clusterer = new OnlineClusterer(options);
  const out = new Map<string, string>();
  for (const article of articles) out.set(article.id, clusterer.add(article).storyId);
  return out;
}
