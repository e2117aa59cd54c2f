/**
 * @module
 * Turns an analysed document into the JSON the store keeps and back. The offset map is a class, so
 * it travels as its segments; everything else is plain data. The search text (title, body and the
 * Indonesian stem candidates of every word) is built here too, so every backend indexes the same.
 */
import type { ArticleDoc, ArticleMeta, Removal } from "../core/doc/document.js";
import type { Layers } from "../core/doc/layers/index.js";
import { OffsetMap, type OffsetSegment } from "../core/doc/offset-map.js";
import { stemCandidates } from "./stem-id.js";

interface DocJson {
  readonly meta: ArticleMeta;
  readonly removed: readonly Removal[];
  readonly layers: Layers;
  readonly done: readonly string[];
  readonly offsets: readonly OffsetSegment[];
}

export function encodeDoc(doc: ArticleDoc): string {
  const json: DocJson = {
    meta: doc.meta,
    removed: doc.removed,
    layers: doc.layers,
    done: doc.done,
    offsets: doc.offsets.segments,
  };
  return JSON.stringify(json);
}

export function decodeDoc(id: string, source: string, raw: string, text: string, json: string): ArticleDoc {
  const d = JSON.parse(json) as DocJson;
  return Object.freeze({
    id,
    source,
    raw,
    text,
    offsets: new OffsetMap(d.offsets),
    meta: d.meta,
    removed: d.removed,
    layers: d.layers,
    done: d.done,
  });
}

const WORD = /[\p{L}\p{N}]+/gu;

/** The stem column: every Indonesian stem candidate of every word that has more than itself. */
export function stemText(text: string): string {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const m of text.toLowerCase().matchAll(WORD)) {
    const w = m[0];
    if (seen.has(w)) continue;
    seen.add(w);
    for (const s of stemCandidates(w)) out.push(s);
  }
  return out.join(" ");
}

/** Canonical names of the entities a document mentions, with how often. */
export function entitiesOf(doc: ArticleDoc): { name: string; type: string; count: number }[] {
  const by = new Map<string, { name: string; type: string; count: number }>();
  for (const m of doc.layers.mentions ?? []) {
    const name = (m.canonical || m.text).trim();
    if (!name) continue;
    const key = `${m.type}\u0000${name}`;
    const e = by.get(key);
    if (e) e.count += 1;
    else by.set(key, { name, type: m.type, count: 1 });
  }
  return [...by.values()];
}
