/**
 * @module
 * `npx tsx bench/speed/html.ts [--rounds N]`: speed of the HTML extraction step on the dev pages
 * of the shared html-extraction data (`../shared/data/html-extraction/`): the block classifier
 * (today's `extractHtml`: parse, blocks, features, model, metadata) against the previous
 * Readability-over-linkedom extractor. Prints pages per wall-second and per CPU-second (CPU
 * time is robust to a busy shared machine). Last line:
 * `html speed: new N pages/CPU-s (N CPU-s), readability N pages/CPU-s (N CPU-s) on N pages`.
 */
import { extractBlocks } from "../../src/ingest/html/extract.js";
import { extractWithReadability } from "../../src/ingest/html/readability.js";
import { type GoldPage, loadPages } from "../../tools/clean/html-gold.js";

interface Speed {
  pages: number;
  seconds: number;
  cpuSeconds: number;
}

function time(pages: readonly GoldPage[], rounds: number, run: (p: GoldPage) => unknown): Speed {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  for (let r = 0; r < rounds; r++)
    for (const p of pages) {
      try {
        run(p);
      } catch {
        // A page the extractor cannot read still cost its time.
      }
    }
  const cpu = process.cpuUsage(cpu0);
  return {
    pages: pages.length * rounds,
    seconds: (performance.now() - t0) / 1000,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
  };
}

const args = process.argv.slice(2);
const rounds = args.includes("--rounds") ? Number(args[args.indexOf("--rounds") + 1]) : 1;
const pages = loadPages("dev");
const mb = pages.reduce((a, p) => a + p.html.length, 0) / 1e6;
// Warm up both (JIT, the model's first read).
time(pages.slice(0, 20), 1, (p) => extractBlocks(p.html));
time(pages.slice(0, 20), 1, (p) => extractWithReadability(p.html));
const neu = time(pages, rounds, (p) => extractBlocks(p.html, p.url ?? undefined));
const old = time(pages, rounds, (p) => extractWithReadability(p.html, p.url ?? undefined));
const line = (name: string, s: Speed): string =>
  `${name.padEnd(22)} ${(s.pages / s.seconds).toFixed(1).padStart(7)} pages/s  ${(s.pages / s.cpuSeconds).toFixed(1).padStart(7)} pages/CPU-s  ${s.cpuSeconds.toFixed(2)} CPU-s  ${s.seconds.toFixed(2)} s`;
console.log(`${pages.length} dev pages × ${rounds}, ${mb.toFixed(1)} M characters of HTML`);
console.log(line("block classifier", neu));
console.log(line("readability+linkedom", old));
console.log(
  `html speed: new ${(neu.pages / neu.cpuSeconds).toFixed(1)} pages/CPU-s (${neu.cpuSeconds.toFixed(2)} CPU-s), readability ${(old.pages / old.cpuSeconds).toFixed(1)} pages/CPU-s (${old.cpuSeconds.toFixed(2)} CPU-s) on ${neu.pages} pages`,
);
