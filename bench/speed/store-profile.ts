/**
 * @module
 * `npx tsx bench/speed/store-profile.ts [--n 200]`: where the archive's per-article CPU goes
 * besides the pipeline: document encoding, stem text, the SQL put, clustering and story
 * assignment, each timed separately over seed-like synthetic articles.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { analyzeArticle } from "../../src/app/analyze.js";
import { clusterInputOf } from "../../src/app/archive.js";
import { makeContext } from "../../src/app/context.js";
import { defaultPipeline } from "../../src/app/pipeline.js";
import { decodeText } from "../../src/ingest/decode.js";
import { toArticles } from "../../src/ingest/read-inputs.js";
import { encodeDoc, stemText } from "../../src/storage/codec.js";
import { openSqliteStore } from "../../src/storage/sqlite/store.js";
import { OnlineClusterer } from "../../src/story/cluster/index.js";
import { syntheticArticles } from "./ingest.js";

const cpu = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const nAt = process.argv.indexOf("--n");
const n = nAt >= 0 ? Number(process.argv[nAt + 1]) : 200;
const ctx = makeContext();
const pipeline = defaultPipeline();
const docs = syntheticArticles(n, 11).flatMap((bytes, i) =>
  toArticles(`s/${i}.txt`, decodeText(bytes, "s"), "text").map((r) => analyzeArticle(r, ctx, pipeline)),
);
const dir = mkdtempSync(join(tmpdir(), "kabar-prof-"));
const store = await openSqliteStore(join(dir, "p.db"));
const clusterer = new OnlineClusterer();
const t: Record<string, number> = { encode: 0, stems: 0, put: 0, cluster: 0, assign: 0, find: 0 };
let bytes = 0;
for (const doc of docs) {
  let c = cpu();
  bytes += encodeDoc(doc).length;
  t.encode! += cpu() - c;
  c = cpu();
  stemText(doc.text);
  t.stems! += cpu() - c;
  c = cpu();
  await store.findArticle({ contentId: doc.id });
  t.find! += cpu() - c;
  c = cpu();
  const put = await store.putArticle(doc);
  t.put! += cpu() - c;
  c = cpu();
  const { storyId } = clusterer.add(clusterInputOf(put.id, doc));
  t.cluster! += cpu() - c;
  c = cpu();
  await store.assignStory(put.id, storyId);
  t.assign! += cpu() - c;
}
console.log(
  Object.entries(t)
    .map(([k, v]) => `${k} ${(v / docs.length).toFixed(2)} ms`)
    .join(", "),
  `; doc_json ${(bytes / docs.length / 1024).toFixed(0)} KiB/article; mentions ${(docs.reduce((s, d) => s + (d.layers.mentions?.length ?? 0), 0) / docs.length).toFixed(0)}/article`,
);
await store.close();
rmSync(dir, { recursive: true, force: true });
