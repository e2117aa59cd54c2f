/**
 * @module
 * The html-extraction gold pages (`../shared/data/html-extraction/`) and the ScrapingHub/WCEB
 * shingle scoring, shared by the bench (`bench/clean/html.ts`) and the block trainer
 * (`scripts/train-html-blocks.ts`), which may not import each other.
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";

export const DATA_DIR = fileURLToPath(new URL("../../../shared/data/html-extraction", import.meta.url));
export const SOURCES = ["l3s-gn1", "dragnet", "cleanportaleval", "cleaneval", "readability"] as const;
/** The news-like sources the acceptance figure averages. */
export const NEWS = ["l3s-gn1", "dragnet", "cleanportaleval"] as const;

export interface GoldPage {
  readonly id: string;
  readonly source: string;
  readonly split: "train" | "dev";
  readonly url: string | null;
  readonly host: string | null;
  readonly html: string;
  readonly text: string;
  readonly goldInPageRecall: number;
}

/** Pages of the shared data set, in file order (sorted by id within a source). */
export function loadPages(split?: "train" | "dev", sources: readonly string[] = SOURCES): GoldPage[] {
  if (!existsSync(DATA_DIR)) throw new Error(`${DATA_DIR} not found: the html-extraction data is not here`);
  const out: GoldPage[] = [];
  for (const source of sources) {
    const lines = gunzipSync(readFileSync(`${DATA_DIR}/${source}.jsonl.gz`))
      .toString("utf8")
      .split("\n");
    for (const line of lines) {
      if (!line) continue;
      const r = JSON.parse(line) as Record<string, unknown>;
      if (split && r.split !== split) continue;
      out.push({
        id: String(r.id),
        source,
        split: r.split as "train" | "dev",
        url: (r.url as string | null) ?? null,
        host: (r.host as string | null) ?? null,
        html: String(r.html),
        text: String(r.text),
        goldInPageRecall: Number(r.gold_in_page_recall ?? 1),
      });
    }
  }
  return out;
}

const WORD = /[\p{L}\p{N}_]+/gu;

export const wordsOf = (text: string): string[] => text.match(WORD) ?? [];

/** Multiset of word 4-gram shingles (one shorter shingle for a text under four words). */
export function shingles(text: string, n = 4): Map<string, number> {
  const w = wordsOf(text);
  const out = new Map<string, number>();
  if (w.length === 0) return out;
  if (w.length < n) {
    out.set(w.join(" "), 1);
    return out;
  }
  for (let i = 0; i + n <= w.length; i++) {
    const s = `${w[i]} ${w[i + 1]} ${w[i + 2]} ${w[i + 3]}`;
    out.set(s, (out.get(s) ?? 0) + 1);
  }
  return out;
}

export interface PageScore {
  tp: number;
  fp: number;
  fn: number;
}

export function scorePage(pred: string, gold: Map<string, number>): PageScore {
  const p = shingles(pred);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [s, c] of p) {
    const g = gold.get(s) ?? 0;
    tp += Math.min(c, g);
    fp += Math.max(0, c - g);
  }
  for (const [s, g] of gold) fn += Math.max(0, g - (p.get(s) ?? 0));
  return { tp, fp, fn };
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
  pages: number;
}

/** The README's averaging: P over pages with output, R over pages with gold, F1 of the means. */
export function average(scores: readonly PageScore[]): Prf {
  let pSum = 0;
  let pN = 0;
  let rSum = 0;
  let rN = 0;
  for (const s of scores) {
    if (s.fp === 0 && s.fn === 0) {
      pSum += 1;
      pN++;
      rSum += 1;
      rN++;
      continue;
    }
    if (s.tp + s.fp > 0) {
      pSum += s.tp / (s.tp + s.fp);
      pN++;
    }
    if (s.tp + s.fn > 0) {
      rSum += s.tp / (s.tp + s.fn);
      rN++;
    }
  }
  const precision = pN ? pSum / pN : 0;
  const recall = rN ? rSum / rN : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, pages: scores.length };
}
