/**
 * @module
 * `npx tsx bench/speed/cluster-tune.ts [dev.jsonl]`: grid search of the online clusterer's
 * threshold, time-decay width and sub-vector weights on the DEV part of the story gold (never the
 * test part). Prints the best settings by B-cubed F1 and how flat the optimum is, so a choice can
 * be made from a plateau rather than a spike.
 */
import { fileURLToPath } from "node:url";
import { clusterArticles } from "../../src/story/cluster/index.js";
import { bcubed, pairwise } from "../stories/metrics.js";
import { goldFeed } from "../stories/run.js";

const path = process.argv[2] ?? fileURLToPath(new URL("../corpora/stories/dev.jsonl", import.meta.url));
if (/test\.jsonl$/.test(path)) throw new Error("tune on the dev part only");
const { inputs, gold } = goldFeed(path);
const results: { key: string; b: number; p: number }[] = [];
for (const threshold of [0.08, 0.1, 0.12, 0.15, 0.18, 0.2, 0.25, 0.3]) {
  for (const sigmaDays of [5, 10, 14, 21, 30]) {
    for (const [title, body, entities] of [
      [0.25, 0.45, 0.3],
      [0.33, 0.33, 0.34],
      [0.2, 0.3, 0.5],
      [0.4, 0.3, 0.3],
    ] as const) {
      const predicted = clusterArticles(inputs, { threshold, sigmaDays, weights: { title, body, entities } });
      results.push({
        key: `t=${threshold} σ=${sigmaDays} w=${title}/${body}/${entities}`,
        b: bcubed(gold, predicted).f1,
        p: pairwise(gold, predicted).f1,
      });
    }
  }
}
results.sort((a, b) => b.b - a.b);
for (const r of results) console.log(`${r.key}\tB3 ${r.b.toFixed(3)}\tpair ${r.p.toFixed(3)}`);
