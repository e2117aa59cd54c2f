/**
 * @module
 * `npm run train:clean [-- --pages N] [--epochs N] [--gold-weight W] [--threshold T] [--l2 X]
 * [--no-html] [--eval-dev] [--dry]`: trains the
 * clean stage's line classifier (body vs chrome, a logistic regression over
 * src/stages/clean/features.ts) and writes `models/clean-lines/weights.json`.
 *
 * Training lines come from (a) pages of the train split of ../shared/data/html-extraction, rendered
 * to text one block per line and cut where a scraper's stored copy would end, each line labelled
 * body when most of its word 4-shingles are in the page's gold main text and chrome when almost none
 * are; and (b) the dev split of the plain-text gold bench/corpora/clean (split by outlet, see
 * bench/clean/run.ts): lines holding a `keep` snippet are body, lines holding a `drop` snippet are
 * chrome. The test split is never read. Deterministic: pages are sampled, cut and shuffled with the
 * seeded generator of src/core/random.ts.
 */
import { createReadStream, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { createGunzip } from "node:zlib";
import { seededRandom } from "../src/core/random.js";
import { defaultPacks } from "../src/lang/registry.js";
import { cuesFor, withCues } from "../src/stages/clean/cues.js";
import type { Features } from "../src/stages/clean/features.js";
import { featuresOf, readCues } from "../src/stages/clean/judge.js";
import { type Line, splitLines } from "../src/stages/clean/lines.js";
import { type ModelFile, sigmoid } from "../src/stages/clean/model.js";
import { type CleanGold, norm, splitOf } from "../tools/clean/score.js";
import { renderLines } from "./clean-lines/render.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const HTML_DIR = join(root, "../shared/data/html-extraction");
const GOLD_DIR = join(root, "bench/corpora/clean");
const OUT = join(root, "models/clean-lines/weights.json");
/** News-like sources; CleanEval keeps whole pages (a different target) and is left out. */
const SOURCES = ["l3s-gn1", "dragnet", "cleanportaleval", "readability"] as const;
const SEED = 20251201;

interface Example {
  readonly x: Features;
  readonly y: 0 | 1;
  readonly weight: number;
}

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

const tokens = (s: string): string[] => s.match(/[\p{L}\p{N}_]+/gu) ?? [];
const shingles = (t: readonly string[]): string[] => {
  if (t.length < 4) return t.length ? [t.join(" ")] : [];
  const out: string[] = [];
  for (let i = 0; i + 4 <= t.length; i++) out.push(t.slice(i, i + 4).join(" "));
  return out;
};

interface Page {
  readonly host: string;
  readonly lines: Line[];
  readonly labels: (0 | 1 | null)[];
}

/** Labels each rendered line by the share of its shingles found in the gold main text. */
function labelPage(rendered: readonly string[], gold: string): (0 | 1 | null)[] {
  const goldShingles = new Set(shingles(tokens(gold)));
  const goldLines = new Set(gold.split("\n").map((l) => tokens(l).join(" ")));
  return rendered.map((line) => {
    const t = tokens(line);
    if (t.length === 0) return 0;
    if (t.length < 4) return goldLines.has(t.join(" ")) ? 1 : 0;
    const sh = shingles(t);
    const share = sh.filter((s) => goldShingles.has(s)).length / sh.length;
    return share >= 0.6 ? 1 : share <= 0.15 ? 0 : null;
  });
}

async function readHtmlPages(limit: number, random: () => number, split = "train"): Promise<Page[]> {
  const pages: Page[] = [];
  for (const source of SOURCES) {
    const path = join(HTML_DIR, `${source}.jsonl.gz`);
    if (!existsSync(path)) continue;
    const rl = createInterface({ input: createReadStream(path).pipe(createGunzip()) });
    for await (const row of rl) {
      const r = JSON.parse(row) as {
        split: string;
        html: string;
        text: string;
        text_fulltext_only?: string;
        host?: string | null;
        lang?: string | null;
        gold_in_page_recall?: number;
      };
      if (r.split !== split || (r.gold_in_page_recall ?? 1) < 0.8) continue;
      if (r.lang && r.lang !== "en") continue;
      // A seeded coin decides which pages are read, so the sample is the same on every run.
      if (random() > limit / (split === "train" ? 2330 : 583)) continue;
      const rendered = renderLines(r.html);
      // A scraper's stored copy starts at the top of the page and ends after some thousands of
      // characters: cut the rendered page the same way.
      const budget = 2000 + Math.floor(random() * 6000);
      let used = 0;
      let cut = rendered.length;
      for (let i = 0; i < rendered.length; i++) {
        used += rendered[i]!.length + 1;
        if (used > budget) {
          cut = i + 1;
          break;
        }
      }
      const kept = rendered.slice(0, cut);
      const lines = splitLines(kept.join("\n"));
      pages.push({
        host: r.host ?? `${source}:${pages.length}`,
        lines,
        labels: labelPage(
          lines.map((l) => l.text),
          r.text_fulltext_only ?? r.text,
        ),
      });
    }
  }
  return pages;
}

function readGoldPages(): Page[] {
  const pages: Page[] = [];
  for (const name of readdirSync(GOLD_DIR).sort()) {
    if (!name.endsWith(".json")) continue;
    const slug = name.slice(0, -5);
    // Never the test split.
    if (splitOf(slug) !== "dev" || !existsSync(join(GOLD_DIR, `${slug}.txt`))) continue;
    let gold: CleanGold;
    try {
      gold = JSON.parse(readFileSync(join(GOLD_DIR, name), "utf8")) as CleanGold;
    } catch {
      console.error(`skipped ${name}: not readable JSON (being written?)`);
      continue;
    }
    const lines = splitLines(readFileSync(join(GOLD_DIR, `${slug}.txt`), "utf8"));
    const keep = gold.keep.map(norm);
    const drop = gold.drop.map(norm);
    const labels = lines.map((l): 0 | 1 | null => {
      const t = norm(l.text);
      const body = keep.some((k) => t.includes(k));
      const chrome = drop.some((d) => t.includes(d));
      return body === chrome ? null : body ? 1 : 0;
    });
    pages.push({ host: slug.split("-")[0]!, lines, labels });
    // Text often reaches cleaning with no chrome at all (a JSON record's body, HTML already
    // extracted, a pasted paragraph): the same article's body lines alone, and its first lines each
    // on their own, are all body.
    const body = lines.filter((_, i) => labels[i] === 1).map((l) => l.text);
    if (body.length > 0) {
      pages.push(plainPage(`${slug}#body`, body));
      for (const text of body.slice(0, 3)) pages.push(plainPage(`${slug}#line`, [text]));
    }
  }
  return pages;
}

function plainPage(host: string, texts: readonly string[]): Page {
  const lines = splitLines(texts.join("\n\n"));
  return { host, lines, labels: lines.map(() => 1 as const) };
}

/** How many other pages of the same host (the same "run") hold each line. */
function repeatsOf(pages: readonly Page[]): number[][] {
  const byHost = new Map<string, Map<string, Set<number>>>();
  pages.forEach((p, pi) => {
    const counts = byHost.get(p.host) ?? new Map<string, Set<number>>();
    byHost.set(p.host, counts);
    for (const l of p.lines) {
      const key = norm(l.text);
      const set = counts.get(key) ?? new Set<number>();
      counts.set(key, set);
      set.add(pi);
    }
  });
  return pages.map((p, pi) =>
    p.lines.map((l) => {
      const set = byHost.get(p.host)!.get(norm(l.text))!;
      return set.size - (set.has(pi) ? 1 : 0);
    }),
  );
}

/**
 * Each example carries its features twice: shared, and copied under its domain's prefix ("html|",
 * "text|"). The copies absorb what differs between rendered HTML pages and scraped plain text
 * (Daumé's "frustratingly easy" domain adaptation); the shipped model is the shared weights plus
 * the plain-text copies.
 */
function examplesOfPages(pages: readonly Page[], weight: number, domain: string): Example[] {
  const repeats = repeatsOf(pages);
  const out: Example[] = [];
  pages.forEach((p, pi) => {
    const { cues } = readCues(p.lines);
    const features = featuresOf(p.lines, cues, repeats[pi]);
    p.labels.forEach((y, i) => {
      if (y === null) return;
      const x = new Map(features[i]!);
      for (const [f, v] of features[i]!) x.set(`${domain}|${f}`, v);
      out.push({ x, y, weight });
    });
  });
  return out;
}

/** The weights the stage uses: shared plus the plain-text domain's copy. */
function forText(w: Map<string, number>): Map<string, number> {
  const out = new Map<string, number>();
  for (const [f, v] of w) {
    if (f.startsWith("html|")) continue;
    const name = f.startsWith("text|") ? f.slice(5) : f;
    out.set(name, (out.get(name) ?? 0) + v);
  }
  return out;
}

function forHtml(w: Map<string, number>): Map<string, number> {
  const out = new Map<string, number>();
  for (const [f, v] of w) {
    if (f.startsWith("text|")) continue;
    const name = f.startsWith("html|") ? f.slice(5) : f;
    out.set(name, (out.get(name) ?? 0) + v);
  }
  return out;
}

const strip = (examples: readonly Example[]): Example[] =>
  examples.map((e) => ({ ...e, x: new Map([...e.x].filter(([f]) => !f.includes("|"))) }));

/** Averaged stochastic gradient descent on the weighted logistic loss, with L2. */
function train(examples: readonly Example[], epochs: number, random: () => number): Map<string, number> {
  const w = new Map<string, number>();
  const sum = new Map<string, number>();
  const order = examples.map((_, i) => i);
  const l2 = arg("l2", 1e-5);
  let steps = 0;
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    const lr = 0.1 / (1 + epoch);
    let loss = 0;
    for (const k of order) {
      const { x, y, weight } = examples[k]!;
      let z = 0;
      for (const [f, v] of x) z += (w.get(f) ?? 0) * v;
      const p = sigmoid(z);
      loss -= weight * Math.log(Math.max(1e-9, y ? p : 1 - p));
      const g = (y - p) * weight;
      for (const [f, v] of x) {
        const old = w.get(f) ?? 0;
        w.set(f, old + lr * (g * v - l2 * old));
      }
      steps++;
      for (const [f, value] of w) sum.set(f, (sum.get(f) ?? 0) + value);
    }
    console.log(`epoch ${epoch + 1}: loss ${(loss / order.length).toFixed(4)}`);
  }
  return new Map([...sum].map(([f, s]) => [f, s / steps]));
}

function accuracy(examples: readonly Example[], w: Map<string, number>, threshold: number): string {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let right = 0;
  for (const { x, y } of examples) {
    let z = 0;
    for (const [f, v] of x) z += (w.get(f) ?? 0) * v;
    const body = sigmoid(z) >= threshold;
    if (body === (y === 1)) right++;
    if (body && y) tp++;
    else if (body) fp++;
    else if (y) fn++;
  }
  const p = tp / Math.max(1, tp + fp);
  const r = tp / Math.max(1, tp + fn);
  return `accuracy ${(right / Math.max(1, examples.length)).toFixed(3)}, body P ${p.toFixed(3)} R ${r.toFixed(3)} (n=${examples.length})`;
}

/** Labelled lines of pages, read with the shipped registry's chrome cues (as the clean stage runs). */
const examplesOf = (...a: Parameters<typeof examplesOfPages>) =>
  withCues(cuesFor(defaultPacks), () => examplesOfPages(...a));

async function main(): Promise<void> {
  const random = seededRandom(SEED);
  const pagesWanted = arg("pages", 2400);
  const epochs = arg("epochs", 10);
  const goldWeight = arg("gold-weight", 10);
  const threshold = arg("threshold", 0.45);
  const html = process.argv.includes("--no-html") ? [] : await readHtmlPages(pagesWanted, random);
  const gold = readGoldPages();
  const htmlExamples = examplesOf(html, 1, "html");
  const goldExamples = examplesOf(gold, goldWeight, "text");
  console.log(
    `html-extraction: ${html.length} pages, ${htmlExamples.length} labelled lines (${htmlExamples.filter((e) => e.y).length} body)`,
  );
  console.log(
    `clean gold (dev): ${gold.length} pages, ${goldExamples.length} labelled lines (${goldExamples.filter((e) => e.y).length} body)`,
  );
  const trained = train([...htmlExamples, ...goldExamples], epochs, random);
  const weights = forText(trained);
  console.log(`html-extraction lines: ${accuracy(strip(htmlExamples), forHtml(trained), threshold)}`);
  console.log(`clean gold dev lines (trained on): ${accuracy(strip(goldExamples), weights, threshold)}`);
  if (process.argv.includes("--eval-dev")) {
    // Held out: html-extraction's dev split, scored with the html-domain and the shipped weights.
    const dev = strip(examplesOf(await readHtmlPages(600, seededRandom(SEED + 1), "dev"), 1, "html"));
    console.log(
      `html-extraction dev lines (held out), html weights: ${accuracy(dev, forHtml(trained), threshold)}`,
    );
    console.log(
      `html-extraction dev lines (held out), shipped weights: ${accuracy(dev, weights, threshold)}`,
    );
  }
  const sorted = [...weights].filter(([, v]) => Math.abs(v) >= 1e-4).sort(([a], [b]) => (a < b ? -1 : 1));
  const file: ModelFile = {
    version: "1",
    threshold,
    weights: Object.fromEntries(sorted.map(([f, v]) => [f, Math.round(v * 10000) / 10000])),
  };
  if (process.argv.includes("--dry")) return;
  mkdirSync(dirname(OUT), { recursive: true });
  writeFileSync(OUT, `${JSON.stringify(file, null, 1)}\n`);
  console.log(`wrote ${OUT} (${sorted.length} weights)`);
}

await main();
