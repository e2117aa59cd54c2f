/**
 * @module
 * Turns an analysed document into the JSON the store keeps and back. The offset map is a class, so
 * it travels as its segments; everything else is plain data. The search text (title, body and the
 * stem candidates the language packs give for every word, `lang/search.ts`) is built here too, so
 * every backend indexes the same.
 */
import type { ArticleDoc, ArticleMeta, Removal } from "../core/doc/document.js";
import type { Layers, Token } from "../core/doc/layers/index.js";
import { OffsetMap, type OffsetSegment } from "../core/doc/offset-map.js";
import type { PackRegistry } from "../lang/packs.js";
import { defaultPacks } from "../lang/registry.js";
import { searchStems } from "../lang/search.js";

/**
 * Tokens are most of a document's annotation bytes; stored column-wise without their surface text
 * (always `text.slice(start, end)`, an invariant every stage keeps), they shrink about fourfold.
 */
interface PackedTokens {
  readonly start: number[];
  readonly end: number[];
  readonly ws: string[];
  readonly rules: string[];
  readonly rule: number[];
}

interface DocJson {
  readonly meta: ArticleMeta;
  readonly removed: readonly Removal[];
  readonly layers: Layers;
  readonly packedTokens?: PackedTokens;
  readonly done: readonly string[];
  /** `{stage: version}`; absent in documents stored before versions were recorded. */
  readonly stages?: Readonly<Record<string, string>>;
  readonly offsets: readonly OffsetSegment[];
}

function packTokens(tokens: readonly Token[]): PackedTokens {
  const rules: string[] = [];
  const ruleIndex = new Map<string, number>();
  const packed: PackedTokens = { start: [], end: [], ws: [], rules, rule: [] };
  for (const t of tokens) {
    let r = ruleIndex.get(t.rule);
    if (r === undefined) {
      r = rules.length;
      rules.push(t.rule);
      ruleIndex.set(t.rule, r);
    }
    packed.start.push(t.start);
    packed.end.push(t.end);
    packed.ws.push(t.ws);
    packed.rule.push(r);
  }
  return packed;
}

function unpackTokens(p: PackedTokens, text: string): Token[] {
  return p.start.map((start, i) => {
    const end = p.end[i]!;
    return { start, end, text: text.slice(start, end), rule: p.rules[p.rule[i]!]!, ws: p.ws[i]! };
  });
}

export function encodeDoc(doc: ArticleDoc): string {
  const { tokens, ...rest } = doc.layers;
  const json: DocJson = {
    meta: doc.meta,
    removed: doc.removed,
    layers: rest,
    ...(tokens ? { packedTokens: packTokens(tokens) } : {}),
    done: doc.done,
    stages: doc.stages,
    offsets: doc.offsets.segments,
  };
  return JSON.stringify(json);
}

export function decodeDoc(id: string, source: string, raw: string, text: string, json: string): ArticleDoc {
  const d = JSON.parse(json) as DocJson;
  const layers: Layers = d.packedTokens
    ? { ...d.layers, tokens: unpackTokens(d.packedTokens, text) }
    : d.layers;
  return Object.freeze({
    id,
    source,
    raw,
    text,
    offsets: new OffsetMap(d.offsets),
    meta: d.meta,
    removed: d.removed,
    layers,
    done: d.done,
    stages: Object.freeze({ ...d.stages }),
  });
}

const WORD = /[\p{L}\p{N}]+/gu;

/** The stem column: every search stem candidate the packs give (Indonesian's, today) of every word. */
export function stemText(text: string, packs: PackRegistry = defaultPacks): string {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const m of text.toLowerCase().matchAll(WORD)) {
    const w = m[0];
    if (seen.has(w)) continue;
    seen.add(w);
    for (const s of searchStems(packs, w)) out.push(s);
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
