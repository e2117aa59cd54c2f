/**
 * @module
 * The HTML extractor: one streaming parse into blocks ({@link parsePage}), a learned
 * main/boilerplate decision per block ({@link classifyBlocks}), the kept blocks one per line,
 * and the page metadata ({@link readMeta}).
 */
import type { ArticleMeta } from "../../core/doc/document.js";
import { blockFeatures } from "./features.js";
import { readMeta } from "./meta.js";
import { type BlockModel, classifyBlocks, shippedModel } from "./model.js";
import { type Page, parsePage } from "./parse.js";

export interface HtmlExtraction {
  readonly text: string;
  readonly hints: Partial<ArticleMeta>;
}

/** A page with less text than this is a fragment (a feed item, a snippet): kept whole. */
export const FRAGMENT_CHARS = 300;

export interface ExtractOptions {
  /** Use these weights instead of the shipped ones (training and benchmarks). */
  readonly model?: BlockModel;
  /** Decode with these thresholds instead of the model's. */
  readonly decode?: DecodeParams;
}

/** Main text (one block a line) and metadata hints of an HTML page. */
export function extractBlocks(html: string, url?: string, options: ExtractOptions = {}): HtmlExtraction {
  const page = parsePage(html);
  const meta = readMeta(page.meta);
  const text = mainText(page, meta.title, options);
  const hints: Partial<ArticleMeta> = {
    title: meta.title ?? firstHeading(page),
    outlet: meta.outlet,
    url: meta.url ?? url,
    authors: meta.authors ?? byline(page),
    published: meta.published,
    language: meta.language,
  };
  return {
    text,
    hints: Object.fromEntries(Object.entries(hints).filter(([, v]) => v != null && v !== "")),
  };
}

/** The kept blocks' text, one a line. */
export function mainText(page: Page, title: string | undefined, options: ExtractOptions = {}): string {
  const blocks = page.blocks;
  let total = 0;
  for (const b of blocks) total += b.text.length;
  if (total < FRAGMENT_CHARS) return blocks.map((b) => b.text).join("\n");
  const model = options.model ?? shippedModel();
  const p = classifyBlocks(model, page, blockFeatures(page, title));
  return keptBlocks(page, p, options.decode ?? model.decode)
    .map((i) => blocks[i]!.text)
    .join("\n");
}

/** A block of at most this many characters seen this many times on a page is dropped. */
const REPEATED_MAX_CHARS = 60;
const REPEATED_TIMES = 3;

/** How block probabilities become a selection. */
export interface DecodeParams {
  /** Keep a block inside the best subtree at this probability or above. */
  readonly inside: number;
  /** Keep a block outside it at this probability or above. */
  readonly outside: number;
  /** A block adds (p − offset)·length to the mass of its elements (default ½). */
  readonly offset?: number;
}

/**
 * Indices of the kept blocks: the element whose blocks carry the most main-text mass
 * (Σ (p − ½)·length, a maximum-subtree choice like Readability's top candidate, but over
 * learned probabilities) sets where the lower threshold applies; elsewhere a block needs the
 * higher one. Never empty for a page with blocks.
 */
export function keptBlocks(page: Page, p: ArrayLike<number>, params: DecodeParams): number[] {
  const blocks = page.blocks;
  const parent = page.elementParent;
  const mass = new Float64Array(parent.length);
  for (let i = 0; i < blocks.length; i++) {
    const id = blocks[i]!.elements[0]!;
    if (id >= 0) mass[id]! += (p[i]! - (params.offset ?? 0.5)) * blocks[i]!.text.length;
  }
  for (let id = mass.length - 1; id >= 0; id--) if (parent[id]! >= 0) mass[parent[id]!]! += mass[id]!;
  let best = -1;
  for (let id = 0; id < mass.length; id++) if (best < 0 || mass[id]! > mass[best]!) best = id;
  const seen = new Map<string, number>();
  for (const b of blocks)
    if (b.text.length <= REPEATED_MAX_CHARS) seen.set(b.text, (seen.get(b.text) ?? 0) + 1);
  const kept: number[] = [];
  for (let i = 0; i < blocks.length; i++) {
    // A short line the page repeats (a photo credit under every image, "Advertisement") is chrome.
    if ((seen.get(blocks[i]!.text) ?? 0) >= REPEATED_TIMES) continue;
    let id = blocks[i]!.elements[0]!;
    while (id > best) id = parent[id]!;
    if (p[i]! >= (id === best && best >= 0 ? params.inside : params.outside)) kept.push(i);
  }
  if (kept.length === 0 && blocks.length > 0) {
    // Nothing passed: the most likely block rather than nothing.
    let top = 0;
    for (let i = 1; i < blocks.length; i++) if (p[i]! > p[top]!) top = i;
    kept.push(top);
  }
  return kept;
}

function firstHeading(page: Page): string | undefined {
  return page.blocks.find((b) => b.tags[0] === "h1")?.text;
}

/** Readability-like byline: the first short block inside author markup. */
function byline(page: Page): string[] | undefined {
  const b = page.blocks.find((x) => x.authorish && x.text.length < 100);
  return b ? [b.text] : undefined;
}
