/**
 * @module
 * Feature extraction for the sequence tagger. Every token gets exactly `FEATURE_COUNT` hashed
 * features (word, shape, affixes, capitalisation, neighbours ±2, sentence case mode, Indonesian
 * affixes), each an index into a `2^bits` weight table. Hashing keeps the model a fixed, small
 * size and lets unseen words share nothing by accident more often than a dictionary would cost;
 * per-token hashes are computed once and reused by the neighbour templates, which keeps tagging
 * well above 100k tokens/s.
 */

/** Number of features per token (templates below). */
export const FEATURE_COUNT = 52;

import { CLUSTER_STRIDE, type Lexicon, matchPhrases } from "./lexicon.js";

/** 32-bit FNV-1a over UTF-16 code units, seeded so that different uses do not collide. */
function fnv(s: string, seed = 0x811c9dc5): number {
  let h = seed;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h;
}

/** Mixes a template id with a value hash (murmur3 finaliser) so templates land apart. */
function mix(template: number, h: number): number {
  let x = Math.imul(h ^ Math.imul(template + 1, 0x9e3779b1), 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  return x ^ (x >>> 16);
}

const pair = (a: number, b: number): number => Math.imul(a, 0x27d4eb2d) ^ (b + 0x165667b1);

// Capitalisation classes.
const LOWER = 0;
const INIT_CAP = 1;
const ALL_CAPS = 2;
const DIGIT = 3;
const PUNCT = 4;
const MIXED = 5;

/** Shape class of one UTF-16 code unit: 100 digit, 88 upper, 120 lower, else itself (ASCII fast path). */
function charShape(code: number): number {
  if (code >= 48 && code <= 57) return 100;
  if (code >= 65 && code <= 90) return 88;
  if (code >= 97 && code <= 122) return 120;
  if (code < 128) return code;
  const ch = String.fromCharCode(code);
  if (ch !== ch.toLowerCase()) return 88;
  if (ch !== ch.toUpperCase()) return 120;
  return code;
}

function capClass(w: string, lower: string): number {
  const first = charShape(w.charCodeAt(0));
  if (first === 100) return DIGIT;
  if (first === 120) return w !== lower ? MIXED : LOWER;
  if (first === 88) return w.length > 1 && w === w.toUpperCase() && w !== lower ? ALL_CAPS : INIT_CAP;
  return /^\p{L}/u.test(w) ? LOWER : PUNCT;
}

/**
 * Word shapes into `long[at]` and `short[at + 2]`: X for upper, x for lower, d for digit, other
 * characters kept; the short shape collapses runs. Written in place to avoid allocating per token.
 */
function shapes(w: string, long: Int32Array, short: Int32Array, at: number): void {
  let lh = 0x811c9dc5;
  let sh = 0x811c9dc5;
  let last = -1;
  const n = Math.min(w.length, 12);
  for (let i = 0; i < n; i++) {
    const code = charShape(w.charCodeAt(i));
    lh = Math.imul(lh ^ code, 0x01000193);
    if (code !== last) sh = Math.imul(sh ^ code, 0x01000193);
    last = code;
  }
  long[at] = lh ^ (w.length > 12 ? 0x5bd1e995 : 0);
  short[at + 2] = sh;
}

const ID_PREFIXES = [
  "meng",
  "meny",
  "mem",
  "men",
  "me",
  "ber",
  "ter",
  "per",
  "peng",
  "pem",
  "pen",
  "di",
  "ke",
  "se",
];
const ID_SUFFIXES = ["kan", "nya", "lah", "kah", "an", "i"];

/** A code for a word's Indonesian-looking prefix and suffix (0 when none), e.g. `di…kan`. */
function affixCode(lower: string): number {
  if (lower.length < 5) return 0;
  let p = 0;
  for (let i = 0; i < ID_PREFIXES.length; i++) {
    if (lower.startsWith(ID_PREFIXES[i]!)) {
      p = i + 1;
      break;
    }
  }
  let s = 0;
  for (let i = 0; i < ID_SUFFIXES.length; i++) {
    if (lower.endsWith(ID_SUFFIXES[i]!)) {
      s = i + 1;
      break;
    }
  }
  return p * 16 + s;
}

/** Sentence case mode: 0 normal, 1 mostly capitalised (headline), 2 all lower-case. */
function caseMode(caps: Int32Array): number {
  let letters = 0;
  let upper = 0;
  for (let i = 1; i < caps.length; i++) {
    const c = caps[i]!;
    if (c === LOWER || c === MIXED) letters++;
    else if (c === INIT_CAP || c === ALL_CAPS) {
      letters++;
      upper++;
    }
  }
  if (letters >= 3 && upper / letters > 0.6) return 1;
  if (upper === 0 && (caps[0] === LOWER || caps[0] === MIXED)) return 2;
  return 0;
}

/**
 * For each token, where its run of capitalised (or all-caps, mixed-case, digit-led) tokens starts
 * (-1 outside any run) and ends (exclusive). A sentence-initial capital alone is no run.
 */
function capitalisedRuns(caps: Int32Array): { starts: Int32Array; ends: Int32Array } {
  const n = caps.length;
  const starts = new Int32Array(n).fill(-1);
  const ends = new Int32Array(n);
  for (let i = 0; i < n; ) {
    const c = caps[i]!;
    if (c !== INIT_CAP && c !== ALL_CAPS && c !== MIXED) {
      i++;
      continue;
    }
    let end = i + 1;
    while (
      end < n &&
      (caps[end] === INIT_CAP || caps[end] === ALL_CAPS || caps[end] === MIXED || caps[end] === DIGIT)
    )
      end++;
    if (!(i === 0 && end === 1)) {
      starts.fill(i, i, end);
      ends.fill(end, i, end);
    }
    i = end;
  }
  return { starts, ends };
}

const BOS = [0x1b873593, 0x2c1b3c6d];
const EOS = [0x297a2d39, 0x7feb352d];

/**
 * Features of one sentence: a flat array, token `i`'s features at `[i*FEATURE_COUNT, (i+1)*FEATURE_COUNT)`,
 * each in `[0, 2^bits)`.
 */
export function extractFeatures(tokens: readonly string[], bits: number, lexicon?: Lexicon): Int32Array {
  const n = tokens.length;
  const mask = (1 << bits) - 1;
  const lowerH = new Int32Array(n + 4);
  const shortH = new Int32Array(n + 4);
  const caps = new Int32Array(n);
  const out = new Int32Array(n * FEATURE_COUNT);
  lowerH[0] = BOS[1]!;
  lowerH[1] = BOS[0]!;
  lowerH[n + 2] = EOS[0]!;
  lowerH[n + 3] = EOS[1]!;
  shortH[0] = BOS[1]!;
  shortH[1] = BOS[0]!;
  shortH[n + 2] = EOS[0]!;
  shortH[n + 3] = EOS[1]!;
  const longH = new Int32Array(n);
  const exactH = new Int32Array(n);
  const lowers: string[] = new Array(n);
  const lex = new Int32Array(n + 2);
  const ext = new Int32Array(n + 2);
  // Word clusters (fine, coarse), with out-of-sentence codes at both ends.
  const fine = new Int32Array(n + 2);
  const coarse = new Int32Array(n + 2);
  lex[0] = 256;
  lex[n + 1] = 257;
  fine[0] = coarse[0] = CLUSTER_STRIDE;
  fine[n + 1] = coarse[n + 1] = CLUSTER_STRIDE + 1;
  for (let i = 0; i < n; i++) {
    const w = tokens[i]!;
    const lower = w.toLowerCase();
    lowers[i] = lower;
    lowerH[i + 2] = fnv(lower);
    exactH[i] = fnv(w, 0x01234567);
    shapes(w, longH, shortH, i);
    caps[i] = capClass(w, lower);
    lex[i + 1] = lexicon?.words.get(lowerH[i + 2]!) ?? 0; // lowerH is wordKey(lower)
    ext[i + 1] = lexicon?.external.get(lowerH[i + 2]!) ?? 0;
    const cluster = lexicon?.clusters.get(lowerH[i + 2]!) ?? 0;
    fine[i + 1] = cluster % CLUSTER_STRIDE;
    coarse[i + 1] = Math.floor(cluster / CLUSTER_STRIDE);
  }
  const mode = caseMode(caps);
  const runs = capitalisedRuns(caps);
  const phrase = lexicon ? matchPhrases(lowerH, 2, n, lexicon.phrases) : new Int32Array(n);
  const gazPhrase = lexicon ? matchPhrases(lowerH, 2, n, lexicon.gazetteerPhrases) : new Int32Array(n);
  const gaz = new Int32Array(n + 2);
  gaz[0] = 32;
  gaz[n + 1] = 33;
  if (lexicon) for (let i = 0; i < n; i++) gaz[i + 1] = lexicon.gazetteer.get(lowerH[i + 2]!) ?? 0;
  for (let i = 0; i < n; i++) {
    const lower = lowers[i]!;
    const cap = caps[i]!;
    const first = i === 0 ? 1 : 0;
    const prevCap = i > 0 ? caps[i - 1]! : 7;
    const nextCap = i + 1 < n ? caps[i + 1]! : 8;
    const w0 = lowerH[i + 2]!;
    const wm1 = lowerH[i + 1]!;
    const wp1 = lowerH[i + 3]!;
    const sm1 = shortH[i + 1]!;
    const s0 = shortH[i + 2]!;
    const sp1 = shortH[i + 3]!;
    const o = i * FEATURE_COUNT;
    out[o] = mix(0, 0) & mask;
    out[o + 1] = mix(1, w0) & mask;
    out[o + 2] = mix(2, exactH[i]!) & mask;
    out[o + 3] = mix(3, longH[i]!) & mask;
    out[o + 4] = mix(4, s0) & mask;
    // Prefixes and suffixes 1–4 of the lower-cased word (shorter words repeat their whole form).
    let ph = 0x811c9dc5;
    let sh = 0x050c5d1f;
    const len = lower.length;
    for (let k = 0; k < 4; k++) {
      if (k < len) {
        ph = Math.imul(ph ^ lower.charCodeAt(k), 0x01000193);
        sh = Math.imul(sh ^ lower.charCodeAt(len - 1 - k), 0x01000193);
      }
      out[o + 5 + k] = mix(5 + k, ph) & mask;
      out[o + 9 + k] = mix(9 + k, sh) & mask;
    }
    out[o + 13] = mix(13, cap * 2 + first) & mask;
    out[o + 14] = mix(14, wm1) & mask;
    out[o + 15] = mix(15, wp1) & mask;
    out[o + 16] = mix(16, lowerH[i]!) & mask;
    out[o + 17] = mix(17, lowerH[i + 4]!) & mask;
    out[o + 18] = mix(18, pair(wm1, w0)) & mask;
    out[o + 19] = mix(19, pair(w0, wp1)) & mask;
    out[o + 20] = mix(20, sm1) & mask;
    out[o + 21] = mix(21, sp1) & mask;
    out[o + 22] = mix(22, pair(pair(sm1, s0), sp1)) & mask;
    out[o + 23] = mix(23, prevCap * 16 + cap * 4 + (nextCap & 3) + nextCap * 256) & mask;
    out[o + 24] = mix(24, mode * 16 + cap * 2 + first) & mask;
    out[o + 25] = mix(25, affixCode(lower) * 8 + cap) & mask;
    out[o + 26] = mix(26, Math.min(len, 12) * 8 + cap) & mask;
    out[o + 27] = mix(27, pair(wm1, s0)) & mask;
    out[o + 28] = mix(28, pair(s0, wp1)) & mask;
    out[o + 29] = mix(29, pair(lowerH[i]!, pair(wm1, s0))) & mask;
    // Training-data lexicon: the word's own code, with capitalisation, and its neighbours' codes.
    const l0 = lex[i + 1]!;
    out[o + 30] = mix(30, l0) & mask;
    out[o + 31] = mix(31, l0 * 8 + cap) & mask;
    out[o + 32] = mix(32, lex[i]! * 512 + l0) & mask;
    out[o + 33] = mix(33, l0 * 512 + lex[i + 2]!) & mask;
    out[o + 34] = mix(34, pair(l0 * 16 + mode * 8 + cap, s0)) & mask;
    // Multi-word names seen in training: position in the match and type, with capitalisation.
    out[o + 35] = mix(35, phrase[i]! * 8 + cap) & mask;
    out[o + 36] = mix(36, (i > 0 ? phrase[i - 1]! : 15) * 16 + phrase[i]!) & mask;
    // External lexicon (type, entity ratio and proper-noun ratio from corpora not trained on).
    const e0 = ext[i + 1]!;
    out[o + 37] = mix(37, e0 * 8 + cap) & mask;
    out[o + 38] = mix(38, (ext[i]! * 512 + e0) * 512 + ext[i + 2]!) & mask;
    // Word clusters from unlabelled text: the word's own (fine and coarse, with capitalisation),
    // its neighbours' (fine), and the coarse trigram.
    const f0 = fine[i + 1]!;
    const k0 = coarse[i + 1]!;
    out[o + 39] = mix(39, f0 * 8 + cap) & mask;
    out[o + 40] = mix(40, k0 * 8 + cap) & mask;
    out[o + 41] = mix(41, fine[i]!) & mask;
    out[o + 42] = mix(42, fine[i + 2]!) & mask;
    out[o + 43] = mix(43, pair(pair(coarse[i]!, k0), coarse[i + 2]!)) & mask;
    // Maintained name lists: which lists the word is in, its neighbours', and multi-word entries.
    out[o + 49] = mix(49, gaz[i + 1]! * 8 + cap) & mask;
    out[o + 50] = mix(50, (gaz[i]! * 64 + gaz[i + 1]!) * 64 + gaz[i + 2]!) & mask;
    out[o + 51] = mix(51, gazPhrase[i]! * 8 + cap) & mask;
    // The capitalised run the token is in ("Yayasan Pendidikan Perkebunan Yogyakarta"): its first
    // and last words and the words around it reach every token of a long name, beyond ±2.
    const start = runs.starts[i]!;
    if (start < 0) {
      for (let k = 44; k < 49; k++) out[o + k] = mix(k, 0) & mask;
    } else {
      const end = runs.ends[i]!;
      const at = i === start ? 1 : 2;
      out[o + 44] = mix(44, pair(lowerH[start + 2]!, at)) & mask;
      out[o + 45] = mix(45, pair(lowerH[end + 1]!, at)) & mask;
      out[o + 46] = mix(46, pair(lowerH[start + 1]!, at)) & mask;
      out[o + 47] = mix(47, pair(lowerH[end + 2]!, at)) & mask;
      out[o + 48] =
        mix(48, Math.min(end - start, 5) * 16 + Math.min(i - start, 3) * 4 + Math.min(end - 1 - i, 3)) & mask;
    }
  }
  return out;
}

/** Text domains a model may keep feature copies for (0 = general features only). */
export const DOMAINS = { general: 0, wiki: 1, news: 2, web: 3, social: 4 } as const;
export type DomainName = keyof typeof DOMAINS;

/** The bucket of feature `f`'s copy for `domain` (what {@link withDomain} adds). */
export const domainBucket = (f: number, domain: number, bits: number): number =>
  mix(64 + domain, f) & ((1 << bits) - 1);

/**
 * Adds a domain-specific copy of every feature ("frustratingly easy" domain adaptation, Daumé
 * 2007): token `i` gets its `FEATURE_COUNT` general features followed by the same features
 * conjoined with `domain`. Training corpora with different annotation habits (Wikipedia-style
 * NERGrit vs news idner) then share what they agree on and keep their differences apart.
 */
export function withDomain(feats: Int32Array, domain: number, bits: number): Int32Array {
  const mask = (1 << bits) - 1;
  const n = feats.length / FEATURE_COUNT;
  const out = new Int32Array(feats.length * 2);
  for (let i = 0; i < n; i++) {
    const src = i * FEATURE_COUNT;
    const dst = 2 * src;
    for (let j = 0; j < FEATURE_COUNT; j++) {
      const f = feats[src + j]!;
      out[dst + j] = f;
      out[dst + FEATURE_COUNT + j] = mix(64 + domain, f) & mask;
    }
  }
  return out;
}
