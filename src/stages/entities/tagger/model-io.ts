/**
 * @module
 * The model file format: gzip of a small JSON header (length-prefixed), the emission weights
 * quantised to Int16, then the transition weights as Float32 in the same quantised units, then
 * the lexicon's tables (training-data words and phrases, external lexicon, word clusters,
 * gazetteer words and phrases) as sorted Int32 keys and Uint32 values.
 * Int16 halves the size against Float32 and costs nothing measurable in accuracy, because the
 * decoder only compares sums; hashed buckets that never fired stay zero and gzip to nothing.
 */
import { gunzipSync, gzipSync } from "node:zlib";
import { emptyLexicon } from "./lexicon.js";
import type { PerceptronModel } from "./perceptron.js";
import { TAG_COUNT } from "./tags.js";

/** The lexicon's tables, in the order the file stores them. */
const LEXICON_MAPS = ["words", "phrases", "external", "clusters", "gazetteer", "gazetteerPhrases"] as const;
type LexiconMap = (typeof LEXICON_MAPS)[number];

/** What the header records besides the weights (for provenance and for a loader's sanity checks). */
export interface ModelHeader {
  readonly format: "kabar-ner";
  readonly version: number;
  readonly language: string;
  readonly bits: number;
  readonly featureCount: number;
  readonly tags: number;
  readonly scale: number;
  /** Entries of each lexicon table, stored after the transitions (Int32 keys, then Uint32 values). */
  readonly lexicon: Record<LexiconMap, number>;
  /** Domain copy of the features used at tagging time (0 = none). */
  readonly domain: number;
  /** Weight of that copy when folded in (absent: 1, the copy as trained). */
  readonly domainWeight?: number;
  readonly meta?: Record<string, unknown>;
}

/** 2: word clusters and gazetteer tables; every lexicon table stores 32-bit values. */
export const FORMAT_VERSION = 2;

/** Encodes a trained model (weights are quantised here). */
export function encodeModel(
  model: PerceptronModel,
  language: string,
  meta?: Record<string, unknown>,
): Buffer {
  let max = 0;
  for (const v of model.weights) max = Math.max(max, Math.abs(v));
  for (const v of model.trans) max = Math.max(max, Math.abs(v));
  const scale = max === 0 ? 1 : 32767 / max;
  const q = new Int16Array(model.weights.length);
  for (let k = 0; k < q.length; k++) q[k] = Math.round(model.weights[k]! * scale);
  const tr = new Float32Array(model.trans.length);
  for (let k = 0; k < tr.length; k++) tr[k] = model.trans[k]! * scale;
  const lexicon = model.lexicon ?? emptyLexicon();
  const header: ModelHeader = {
    format: "kabar-ner",
    version: FORMAT_VERSION,
    language,
    bits: model.bits,
    featureCount: model.featureCount,
    tags: TAG_COUNT,
    scale,
    lexicon: Object.fromEntries(LEXICON_MAPS.map((m) => [m, lexicon[m].size])) as Record<LexiconMap, number>,
    domain: model.domain ?? 0,
    // Written only when it is not 1, so a model without it stays byte-identical.
    ...(model.domainWeight !== undefined && model.domainWeight !== 1
      ? { domainWeight: model.domainWeight }
      : {}),
    ...(meta ? { meta } : {}),
  };
  const head = Buffer.from(JSON.stringify(header), "utf8");
  const len = Buffer.alloc(4);
  len.writeUInt32LE(head.length);
  const pad = Buffer.alloc((4 - ((4 + head.length) % 4)) % 4);
  const parts = [len, head, pad, Buffer.from(q.buffer), Buffer.from(tr.buffer)];
  for (const name of LEXICON_MAPS) {
    // Entries sorted by key so the file is byte-identical across runs.
    const entries = [...lexicon[name]].sort(([a], [b]) => a - b);
    parts.push(Buffer.from(Int32Array.from(entries, ([k]) => k).buffer));
    parts.push(Buffer.from(Uint32Array.from(entries, ([, v]) => v).buffer));
  }
  return gzipSync(Buffer.concat(parts), { level: 9 });
}

/** Decodes a model file; throws on a foreign or incompatible file. */
export function decodeModel(gz: Uint8Array): { model: PerceptronModel; header: ModelHeader } {
  const raw = gunzipSync(gz);
  const headLen = raw.readUInt32LE(0);
  const header = JSON.parse(raw.subarray(4, 4 + headLen).toString("utf8")) as ModelHeader;
  if (header.format !== "kabar-ner" || header.version !== FORMAT_VERSION || header.tags !== TAG_COUNT) {
    throw new Error(`not a compatible kabar-ner model (format ${header.format}, version ${header.version})`);
  }
  let off = 4 + headLen;
  off += (4 - (off % 4)) % 4;
  const wCount = (1 << header.bits) * TAG_COUNT;
  const transCount = (TAG_COUNT + 1) * TAG_COUNT;
  const mapBytes = LEXICON_MAPS.reduce((sum, m) => sum + 8 * (header.lexicon[m] ?? 0), 0);
  if (off + wCount * 2 + transCount * 4 + mapBytes > raw.length) throw new Error("truncated kabar-ner model");
  // Copy into fresh, aligned buffers: the gunzip result may not be aligned for typed-array views.
  const copy = <A extends Int16Array | Float32Array | Int32Array | Uint32Array>(into: A): A => {
    new Uint8Array(into.buffer).set(raw.subarray(off, off + into.byteLength));
    off += into.byteLength;
    return into;
  };
  const weights = copy(new Int16Array(wCount));
  const trans = copy(new Float32Array(transCount));
  const lexicon = emptyLexicon();
  for (const name of LEXICON_MAPS) {
    const count = header.lexicon[name] ?? 0;
    const keys = copy(new Int32Array(count));
    const values = copy(new Uint32Array(count));
    keys.forEach((k, i) => {
      lexicon[name].set(k, values[i]!);
    });
  }
  const domain = header.domain ?? 0;
  const model = {
    bits: header.bits,
    featureCount: header.featureCount,
    weights,
    trans,
    lexicon,
    domain,
    ...(header.domainWeight !== undefined ? { domainWeight: header.domainWeight } : {}),
  };
  return { model, header };
}
