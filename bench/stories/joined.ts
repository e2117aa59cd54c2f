/**
 * @module
 * Whether articles in languages other than the main ones reach their story. An article counts as
 * joined when its predicted cluster is its gold story's main cluster (the one holding most of that
 * story's articles; ties go to the cluster with fewer foreign members, so a cluster made only of
 * stray foreign articles never counts as the story). Single-article stories are left out: there is
 * nothing to join.
 */

export interface JoinRate {
  readonly joined: number;
  readonly total: number;
  readonly rate: number;
}

export function joinRate(
  gold: ReadonlyMap<string, string>,
  predicted: ReadonlyMap<string, string>,
  isForeign: (id: string) => boolean,
): JoinRate {
  const byStory = new Map<string, Map<string, { all: number; foreign: number }>>();
  const storySize = new Map<string, number>();
  for (const [id, story] of gold) {
    const cluster = predicted.get(id) ?? `missing:${id}`;
    let clusters = byStory.get(story);
    if (!clusters) {
      clusters = new Map();
      byStory.set(story, clusters);
    }
    const c = clusters.get(cluster) ?? { all: 0, foreign: 0 };
    c.all += 1;
    if (isForeign(id)) c.foreign += 1;
    clusters.set(cluster, c);
    storySize.set(story, (storySize.get(story) ?? 0) + 1);
  }
  const main = new Map<string, string>();
  for (const [story, clusters] of byStory) {
    let best: [string, { all: number; foreign: number }] | null = null;
    for (const entry of clusters) {
      const [, c] = entry;
      if (!best || c.all > best[1].all || (c.all === best[1].all && c.foreign < best[1].foreign))
        best = entry;
    }
    if (best) main.set(story, best[0]);
  }
  let joined = 0;
  let total = 0;
  for (const [id, story] of gold) {
    if (!isForeign(id) || (storySize.get(story) ?? 0) < 2) continue;
    total += 1;
    if (predicted.get(id) === main.get(story)) joined += 1;
  }
  return { joined, total, rate: total === 0 ? 1 : joined / total };
}
