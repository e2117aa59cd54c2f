/**
 * @module
 * `npx tsx bench/speed/cluster-tune.ts [dev.jsonl] [--orders N]`: grid search of the online
 * clusterer's join threshold, merge threshold and time-decay width on the DEV part of the story
 * gold (never the test part), each setting scored by its median and worst pairwise F1 over N
 * seeded arrival orders (default 5). Prints the settings best first, so a choice can be made from a
 * plateau rather than a spike.
 */
import { fileURLToPath } from "node:url";
import { clusterArticles } from "../../src/story/cluster/index.js";
import { bcubed, pairwise } from "../stories/metrics.js";
import { median, shuffled } from "../stories/orders.js";
import { goldFeed } from "../stories/run.js";

const args = process.argv.slice(2);
const at = args.indexOf("--orders");
const orders = at >= 0 ? Number(args[at + 1]) : 5;
const path =
  args.find((a, i) => !a.startsWith("--") && args[i - 1] !== "--orders") ??
  fileURLToPath(new URL("../corpora/stories/dev.jsonl", import.meta.url));
if (/test\.jsonl$/.test(path)) throw new Error("tune on the dev part only");
const { inputs, gold } = goldFeed(path);
const results: { key: string; p: number; worst: number; b: number }[] = [];
for (const threshold of [0.1, 0.12, 0.15]) {
  for (const mergeThreshold of [0.06, 0.07, 0.085, 0.1, 0.12]) {
    for (const sigmaDays of [7, 14, 21]) {
      const pw: number[] = [];
      const b3: number[] = [];
      for (let seed = 1; seed <= orders; seed++) {
        const predicted = clusterArticles(shuffled(inputs, seed), { threshold, mergeThreshold, sigmaDays });
        pw.push(pairwise(gold, predicted).f1);
        b3.push(bcubed(gold, predicted).f1);
      }
      results.push({
        key: `t=${threshold} m=${mergeThreshold} σ=${sigmaDays}`,
        p: median(pw),
        worst: Math.min(...pw),
        b: median(b3),
      });
    }
  }
}
results.sort((a, b) => b.p - a.p || b.worst - a.worst);
for (const r of results)
  console.log(
    `${r.key}\tpair median ${r.p.toFixed(3)} worst ${r.worst.toFixed(3)}\tB3 median ${r.b.toFixed(3)}`,
  );
