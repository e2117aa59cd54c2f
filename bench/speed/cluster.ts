/**
 * @module
 * `npx tsx bench/speed/cluster.ts [--n 100000] [--window 1000] [--progress]`: per-article online
 * clustering CPU time (placement and story maintenance together) as the archive grows. A synthetic
 * stream of N articles (bench/speed/cluster-synth.ts) goes through one {@link OnlineClusterer}; the
 * mean time of the `window` articles after 10,000 and
 * after N−window stored articles are compared (target: the latter ≤ 1.2× the former). Also prints
 * B-cubed F1 against the synthetic story labels as a sanity check at scale. Last line:
 * `cluster: 10k X.XXX ms/article, Nk Y.YYY ms/article, ratio R.RR, B-cubed F1 F.FF`.
 */
import { performance } from "node:perf_hooks";
import { OnlineClusterer, resolveStory } from "../../src/story/cluster/index.js";
import { isMain } from "../harness.js";
import { bcubed } from "../stories/metrics.js";
import { syntheticStream } from "./cluster-synth.js";

export interface ClusterSpeed {
  readonly n: number;
  readonly at10k: number;
  readonly atN: number;
  readonly ratio: number;
  readonly bcubedF1: number;
  readonly stories: number;
  readonly seconds: number;
}

export function measureCluster(n: number, window = 1000, progress = false): ClusterSpeed {
  const { inputs, gold } = syntheticStream(n);
  const c = new OnlineClusterer();
  const predicted = new Map<string, string>();
  const redirects = new Map<string, string>();
  const cpu0 = cpuMs();
  // CPU time, not wall time: the bench machine is shared, and other processes' load would show up
  // as clustering cost. Windows start after 10k and before N.
  const from10k = Math.min(10_000, Math.max(0, n - 2 * window));
  const fromN = Math.max(0, n - window);
  const cpu: Record<number, number> = {};
  let started = 0;
  const t0 = performance.now();
  inputs.forEach((input, i) => {
    if (i === from10k || i === fromN) started = cpuMs();
    predicted.set(input.id, c.add(input).storyId);
    // Maintenance may move or merge earlier articles: follow it, as the archive would.
    for (const ch of c.drainChanges()) {
      if (ch.kind === "merge") redirects.set(ch.from, ch.into);
      else if (ch.kind === "move") predicted.set(ch.articleId, ch.to);
      else for (const id of ch.articleIds) predicted.set(id, ch.to);
    }
    if (progress && (i + 1) % 10_000 === 0)
      process.stderr.write(`cluster: ${i + 1} articles, ${((cpuMs() - cpu0) / 1000).toFixed(0)} s CPU\n`);
    if (i === from10k + window - 1) cpu[from10k] = (cpuMs() - started) / window;
    if (i === n - 1) cpu[fromN] = (cpuMs() - started) / (n - fromN);
  });
  const seconds = (performance.now() - t0) / 1000;
  for (const [id, story] of predicted) predicted.set(id, resolveStory(redirects, story));
  const at10k = cpu[from10k] ?? Number.NaN;
  const atN = cpu[fromN] ?? Number.NaN;
  return {
    n,
    at10k,
    atN,
    ratio: atN / at10k,
    bcubedF1: bcubed(gold, predicted).f1,
    stories: new Set(predicted.values()).size,
    seconds,
  };
}

function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

export function report(r: ClusterSpeed): string {
  return `cluster: 10k ${r.at10k.toFixed(3)} ms/article, ${Math.round(r.n / 1000)}k ${r.atN.toFixed(3)} ms/article, ratio ${r.ratio.toFixed(2)}, B-cubed F1 ${r.bcubedF1.toFixed(2)}`;
}

if (isMain(import.meta.url)) {
  const args = process.argv.slice(2);
  const flag = (name: string, dflt: number): number => {
    const i = args.indexOf(name);
    return i >= 0 ? Number(args[i + 1]) : dflt;
  };
  const r = measureCluster(flag("--n", 100_000), flag("--window", 1000), args.includes("--progress"));
  console.log(`${r.n} articles in ${r.seconds.toFixed(1)} s, ${r.stories} stories predicted`);
  console.log(report(r));
}
