/**
 * @module
 * The model file format: gzip of a small JSON header (length-prefixed), the emission weights
 * quantised to Int16, then the transition weights as Float32 in the same quantised units.
 * Int16 halves the size against Float32 and costs nothing measurable in accuracy, because the
 * decoder only compares sums; hashed buckets that never fired stay zero and gzip to nothing.
 */
import { gunzipSync, gzipSync } from "node:zlib";
import type { Lexicon } from "./lexicon.js";
import type { PerceptronModel } from "./perceptron.js";
import { TAG_COUNT } from "./tags.js";

/** What the header records besides the weights (for provenance and for a loader's sanity checks). */
export interface ModelHeader {
  readonly format: "kabar-ner";
  readonly version: number;
  readonly language: string;
  readonly bits: number;
  readonly featureCount: number;
  readonly tags: number;
  readonly scale: number;
  /** Lexicon word entries stored after the transitions (Int32 keys, then Uint8 codes). */
  readonly lexicon: number;
  /** Lexicon phrase entries stored after the words (Int32 keys, then Uint8 types). */
  readonly phrases: number;
  /** External-lexicon entries stored after the phrases (Int32 keys, then Uint8 codes). */
  readonly external: number;
  /** Domain copy of the features used at tagging time (0 = none). */
  readonly domain: number;
  readonly meta?: Record<string, unknown>;
}

export const FORMAT_VERSION = 1;

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
  const header: ModelHeader = {
    format: "kabar-ner",
    version: FORMAT_VERSION,
    language,
    bits: model.bits,
    featureCount: model.featureCount,
    tags: TAG_COUNT,
    scale,
    lexicon: model.lexicon?.words.size ?? 0,
    phrases: model.lexicon?.phrases.size ?? 0,
    external: model.lexicon?.external.size ?? 0,
    domain: model.domain ?? 0,
    ...(meta ? { meta } : {}),
  };
  const head = Buffer.from(JSON.stringify(header), "utf8");
  const len = Buffer.alloc(4);
  len.writeUInt32LE(head.length);
  const pad = Buffer.alloc((4 - ((4 + head.length) % 4)) % 4);
  const parts = [len, head, pad, Buffer.from(q.buffer), Buffer.from(tr.buffer)];
  for (const map of [model.lexicon?.words, model.lexicon?.phrases, model.lexicon?.external]) {
    // Entries sorted by key so the file is byte-identical across runs.
    const entries = [...(map ?? new Map<number, number>())].sort(([a], [b]) => a - b);
    parts.push(Buffer.from(Int32Array.from(entries, ([k]) => k).buffer));
    parts.push(Buffer.from(Uint8Array.from(entries, ([, c]) => c)));
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
  // Copy into fresh, aligned buffers: the gunzip result may not be aligned for typed-array views.
  const weights = new Int16Array(wCount);
  new Uint8Array(weights.buffer).set(raw.subarray(off, off + wCount * 2));
  off += wCount * 2;
  const trans = new Float32Array((TAG_COUNT + 1) * TAG_COUNT);
  new Uint8Array(trans.buffer).set(raw.subarray(off, off + trans.length * 4));
  off += trans.length * 4;
  const readMap = (count: number): Map<number, number> => {
    const keys = new Int32Array(count);
    new Uint8Array(keys.buffer).set(raw.subarray(off, off + count * 4));
    off += count * 4;
    const map = new Map<number, number>();
    keys.forEach((k, i) => {
      map.set(k, raw[off + i]!);
    });
    off += count;
    return map;
  };
  if (off + header.lexicon * 5 > raw.length) throw new Error("truncated kabar-ner model");
  const words = readMap(header.lexicon);
  const phrases = readMap(header.phrases ?? 0);
  const lexicon: Lexicon = { words, phrases, external: readMap(header.external ?? 0) };
  const domain = header.domain ?? 0;
  const model = { bits: header.bits, featureCount: header.featureCount, weights, trans, lexicon, domain };
  return { model, header };
}
