/**
 * @module
 * What the block classifier sees: for each block, a few dense figures (length, link density,
 * punctuation and digit share, position, depth, the totals of its containers, its neighbours')
 * and sparse indicator features (tag path, class/id tokens near and above, ancestor kinds,
 * length and link-density buckets crossed with the tag). Language-neutral: no word lists.
 * The second pass adds the first pass's probabilities of the neighbours and the container.
 */
import { type Block, FLAG_TAGS, type Page } from "./parse.js";

export const DENSE = [
  "logChars",
  "logWords",
  "linkDensity",
  "punctPerWord",
  "digitShare",
  "upperInitialShare",
  "avgWordLen",
  "endsSentence",
  "relPos",
  "relCharPos",
  "logDepth",
  "c0LogChars",
  "c0LinkDensity",
  "c0LogBlocks",
  "c0Share",
  "c1LogChars",
  "c1LinkDensity",
  "c1LogBlocks",
  "c2LogChars",
  "c2LinkDensity",
  "prev1LogChars",
  "prev1Link",
  "next1LogChars",
  "next1Link",
  "prev2LogChars",
  "next2LogChars",
  "winLink",
  "winLogChars",
  "logDup",
  "titleOverlap",
  "pageLink",
  "pageLogChars",
  "logDistLong",
  "commaPerWord",
  "inMain50",
  "inMain80",
  "c0GoodShare",
  "c1GoodShare",
  "c2GoodShare",
  "c0GoodDensity",
  "mainGoodDensity",
  "c0LogLike",
  "c1LogLike",
  "descOverlap",
  "docTitleOverlap",
  "logRun",
] as const;

export const CONTEXT = [
  "p0",
  "pPrev1",
  "pNext1",
  "pPrev2",
  "pNext2",
  "pWin3",
  "pWin8",
  "pC0",
  "pC1",
  "pC2",
  "pMaxBefore",
  "pMaxAfter",
  "inBest",
  "pBest",
] as const;

export interface BlockFeatures {
  readonly sparse: string[][];
  readonly dense: Float64Array[];
}

const WORD = /[\p{L}\p{N}_]+/gu;

interface Stats {
  chars: number;
  words: number;
  link: number;
  punct: number;
  commas: number;
  digits: number;
  upper: number;
  wordChars: number;
  ends: boolean;
  wordSet: string[];
}

function statsOf(b: Block): Stats {
  const text = b.text;
  const words = text.match(WORD) ?? [];
  let upper = 0;
  let wordChars = 0;
  for (const w of words) {
    wordChars += w.length;
    const c = w[0]!;
    if (c !== c.toLowerCase()) upper++;
  }
  let punct = 0;
  let commas = 0;
  let digits = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 46 || c === 33 || c === 63 || c === 59 || c === 58) punct++;
    else if (c === 44) commas++;
    else if (c >= 48 && c <= 57) digits++;
  }
  return {
    chars: text.length,
    words: words.length,
    link: text.length ? b.linkChars / text.length : 0,
    punct,
    commas,
    digits,
    upper,
    wordChars,
    ends: /[.!?…"'”’)]$/.test(text),
    wordSet: words.length <= 30 ? words.map((w) => w.toLowerCase()) : [],
  };
}

const bucket = (x: number, cuts: readonly number[]): number => {
  let i = 0;
  while (i < cuts.length && x >= cuts[i]!) i++;
  return i;
};
const CHAR_CUTS = [10, 20, 40, 80, 150, 300, 600];
const LINK_CUTS = [0.01, 0.2, 0.5, 0.8, 0.99];

/** Features of every block of a page; `title` is the page's title (for headline overlap). */
export function blockFeatures(page: Page, title: string | undefined): BlockFeatures {
  const blocks = page.blocks;
  const n = blocks.length;
  const stats = blocks.map(statsOf);
  let totalChars = 0;
  let totalLink = 0;
  for (const s of stats) {
    totalChars += s.chars;
    totalLink += s.link * s.chars;
  }
  const dupCount = new Map<string, number>();
  for (const b of blocks) dupCount.set(b.text, (dupCount.get(b.text) ?? 0) + 1);
  const titleWords = new Set((title ?? "").toLowerCase().match(WORD) ?? []);
  // The page describes its own article in its meta description and <title>: a block that
  // repeats their words is likely the lead or the headline, wherever the outlet puts it.
  const metas = page.meta.metas;
  const desc = metas.get("description") ?? metas.get("og:description") ?? metas.get("twitter:description");
  const descWords = wordSetOf(desc);
  const docTitleWords = wordSetOf(page.meta.title);
  // Line runs: how many consecutive blocks share this block's own element and tag, i.e. lines
  // one element splits with <br> (verse, an address, a digest of links). Keying the run on the
  // parent element instead (sibling paragraphs, list items) measured lower on dev (0.9322 vs 0.9336).
  const run = new Int32Array(n);
  for (let i = 0; i < n; ) {
    let j = i + 1;
    const key = `${blocks[i]!.elements[0]}|${blocks[i]!.tags[0]}`;
    while (j < n && `${blocks[j]!.elements[0]}|${blocks[j]!.tags[0]}` === key) j++;
    for (let k = i; k < j; k++) run[k] = j - i;
    i = j;
  }
  // Distance to the nearest long, link-poor block (body paragraphs come in runs).
  const distLong = new Array<number>(n).fill(n);
  let last = -n;
  for (let i = 0; i < n; i++) {
    if (stats[i]!.words >= 25 && stats[i]!.link < 0.3) last = i;
    distLong[i] = i - last;
  }
  last = 2 * n;
  for (let i = n - 1; i >= 0; i--) {
    if (stats[i]!.words >= 25 && stats[i]!.link < 0.3) last = i;
    distLong[i] = Math.min(distLong[i]!, last - i);
  }
  const lc = stats.map((s) => Math.log1p(s.chars));
  // Readability's idea as features: "good" text (long, link-poor blocks) rolled up the element
  // tree; the deepest element holding half (or 80%) of it is the main container.
  const nEl = page.elementParent.length;
  const good = new Float64Array(nEl);
  let totalGood = 0;
  for (let i = 0; i < n; i++) {
    const s = stats[i]!;
    const id = blocks[i]!.elements[0]!;
    if (s.words >= 10 && s.link < 0.3 && id >= 0) {
      good[id]! += s.chars;
      totalGood += s.chars;
    }
  }
  for (let id = nEl - 1; id >= 0; id--) {
    const parent = page.elementParent[id]!;
    if (parent >= 0) good[parent]! += good[id]!;
  }
  let main50 = -1;
  let main80 = -1;
  for (let id = 0; id < nEl; id++) {
    if (totalGood > 0 && good[id]! >= 0.5 * totalGood) main50 = id;
    if (totalGood > 0 && good[id]! >= 0.8 * totalGood) main80 = id;
  }
  const within = (id: number, root: number): boolean => {
    if (root < 0) return false;
    while (id > root) id = page.elementParent[id]!;
    return id === root;
  };
  const mainDensity =
    main50 >= 0 && page.elementChars[main50]! > 0 ? good[main50]! / page.elementChars[main50]! : 0;
  const sparse: string[][] = [];
  const dense: Float64Array[] = [];
  let before = 0;
  for (let i = 0; i < n; i++) {
    const b = blocks[i]!;
    const s = stats[i]!;
    const f = new Float64Array(DENSE.length);
    const el = (k: number): number => b.elements[k]!;
    const cChars = (k: number): number => (el(k) >= 0 ? page.elementChars[el(k)]! : 0);
    const cLink = (k: number): number =>
      el(k) >= 0 && page.elementChars[el(k)]! > 0
        ? page.elementLinkChars[el(k)]! / page.elementChars[el(k)]!
        : 0;
    const cBlocks = (k: number): number => (el(k) >= 0 ? page.elementBlocks[el(k)]! : 0);
    let winLink = 0;
    let winChars = 0;
    let winN = 0;
    for (let j = Math.max(0, i - 5); j <= Math.min(n - 1, i + 5); j++) {
      if (j === i) continue;
      winLink += stats[j]!.link;
      winChars += lc[j]!;
      winN++;
    }
    let overlap = 0;
    if (titleWords.size > 0 && s.wordSet.length > 0) {
      for (const w of s.wordSet) if (titleWords.has(w)) overlap++;
      overlap /= Math.max(s.wordSet.length, titleWords.size);
    }
    const v = [
      lc[i]!,
      Math.log1p(s.words),
      s.link,
      s.words ? s.punct / s.words : 0,
      s.chars ? s.digits / s.chars : 0,
      s.words ? s.upper / s.words : 0,
      s.words ? Math.min(s.wordChars / s.words, 20) : 0,
      s.ends ? 1 : 0,
      n > 1 ? i / (n - 1) : 0,
      totalChars ? before / totalChars : 0,
      Math.log1p(b.depth),
      Math.log1p(cChars(0)),
      cLink(0),
      Math.log1p(cBlocks(0)),
      cChars(0) ? Math.min(s.chars / cChars(0), 1) : 1,
      Math.log1p(cChars(1)),
      cLink(1),
      Math.log1p(cBlocks(1)),
      Math.log1p(cChars(2)),
      cLink(2),
      i > 0 ? lc[i - 1]! : 0,
      i > 0 ? stats[i - 1]!.link : 1,
      i < n - 1 ? lc[i + 1]! : 0,
      i < n - 1 ? stats[i + 1]!.link : 1,
      i > 1 ? lc[i - 2]! : 0,
      i < n - 2 ? lc[i + 2]! : 0,
      winN ? winLink / winN : 1,
      winN ? winChars / winN : 0,
      Math.log(dupCount.get(b.text)!),
      overlap,
      totalChars ? totalLink / totalChars : 0,
      Math.log1p(totalChars),
      Math.log1p(Math.min(distLong[i]!, 50)),
      s.words ? s.commas / s.words : 0,
      within(el(0), main50) ? 1 : 0,
      within(el(0), main80) ? 1 : 0,
      el(0) >= 0 && totalGood ? good[el(0)]! / totalGood : 0,
      el(1) >= 0 && totalGood ? good[el(1)]! / totalGood : 0,
      el(2) >= 0 && totalGood ? good[el(2)]! / totalGood : 0,
      el(0) >= 0 && cChars(0) ? good[el(0)]! / cChars(0) : 0,
      mainDensity,
      el(0) >= 0 ? Math.log(Math.max(1, page.elementLikeSiblings[el(0)]!)) : 0,
      el(1) >= 0 ? Math.log(Math.max(1, page.elementLikeSiblings[el(1)]!)) : 0,
      overlapShare(b.text, s.words, descWords),
      overlapShare(b.text, s.words, docTitleWords),
      Math.log(run[i]!),
    ];
    for (let k = 0; k < v.length; k++) f[k] = v[k]!;
    dense.push(f);
    before += s.chars;

    const t0 = b.tags[0] ?? "-";
    const cb = bucket(s.chars, CHAR_CUTS);
    const lb = bucket(s.link, LINK_CUTS);
    const out: string[] = [
      `t=${t0}`,
      `t1=${b.tags[1] ?? "-"}`,
      `path=${b.tags.join(">")}`,
      `cb=${cb}`,
      `lb=${lb}`,
      `t&cb=${t0}&${cb}`,
      `t&lb=${t0}&${lb}`,
      `cb&lb=${cb}&${lb}`,
      `pt=${i > 0 ? (blocks[i - 1]!.tags[0] ?? "-") : "^"}`,
      `nt=${i < n - 1 ? (blocks[i + 1]!.tags[0] ?? "-") : "$"}`,
    ];
    const c0b = bucket(cChars(0), CHAR_CUTS);
    const c0l = bucket(cLink(0), LINK_CUTS);
    const c1b = bucket(cChars(1), CHAR_CUTS);
    const m = within(el(0), main50) ? "in" : main50 >= 0 && el(0) > main50 ? "after" : "out";
    out.push(
      `cb&c0=${cb}&${c0b}&${c0l}`,
      `lb&c0=${lb}&${c0b}&${c0l}`,
      `cb&c1=${cb}&${c1b}&${bucket(cLink(1), LINK_CUTS)}`,
      `t&c0=${t0}&${c0b}`,
      `main=${m}`,
      `main&cb=${m}&${cb}`,
      `main&lb=${m}&${lb}`,
      `main&t=${m}&${t0}`,
      `dup&cb=${Math.min(dupCount.get(b.text)!, 3)}&${cb}`,
      `run&cb=${bucket(run[i]!, [2, 3, 5, 10])}&${cb}`,
      `like&cb=${bucket(el(0) >= 0 ? page.elementLikeSiblings[el(0)]! : 0, [2, 3, 5, 10])}&${cb}`,
    );
    for (let k = 0; k < FLAG_TAGS.length; k++) if (b.flags & (1 << k)) out.push(`f=${FLAG_TAGS[k]}`);
    for (const t of b.near) out.push(`n=${t}`);
    for (const t of b.above) out.push(`a=${t}`);
    if (b.authorish) out.push("author");
    if (s.words <= 4 && s.wordSet.length > 0) out.push(`w0=${s.wordSet[0]}`);
    sparse.push(out);
  }
  return { sparse, dense };
}

function wordSetOf(text: string | undefined): Set<string> {
  return new Set((text ?? "").toLowerCase().match(WORD) ?? []);
}

/** Share of the reference words a block repeats (its first 60 words; 0 without a reference). */
function overlapShare(text: string, words: number, ref: ReadonlySet<string>): number {
  if (ref.size < 3 || words === 0) return 0;
  const seen = new Set<string>();
  let k = 0;
  for (const m of text.matchAll(WORD)) {
    if (k++ >= 60) break;
    const w = m[0].toLowerCase();
    if (ref.has(w)) seen.add(w);
  }
  return seen.size / Math.min(ref.size, Math.max(words, 1));
}

/** The second pass's extra dense figures, from the first pass's probabilities `p`. */
export function contextFeatures(page: Page, p: Float64Array): Float64Array[] {
  const n = p.length;
  const byElement = new Map<number, { sum: number; n: number }>();
  for (let i = 0; i < n; i++)
    for (const id of page.blocks[i]!.elements) {
      if (id < 0) continue;
      const e = byElement.get(id) ?? { sum: 0, n: 0 };
      e.sum += p[i]!;
      e.n++;
      byElement.set(id, e);
    }
  const mean = (id: number): number => {
    const e = id >= 0 ? byElement.get(id) : undefined;
    return e ? e.sum / e.n : 0;
  };
  const win = (i: number, r: number): number => {
    let s = 0;
    let c = 0;
    for (let j = Math.max(0, i - r); j <= Math.min(n - 1, i + r); j++) {
      if (j === i) continue;
      s += p[j]!;
      c++;
    }
    return c ? s / c : 0;
  };
  const maxBefore = new Float64Array(n);
  const maxAfter = new Float64Array(n);
  for (let i = 1; i < n; i++) maxBefore[i] = Math.max(maxBefore[i - 1]!, p[i - 1]!);
  for (let i = n - 2; i >= 0; i--) maxAfter[i] = Math.max(maxAfter[i + 1]!, p[i + 1]!);
  // Where the first pass puts the article (the element with the most Σ (p − ½)·length, as the
  // decoder chooses it): the second pass can lift a list or short lines inside that region and
  // lower a confident-looking block far from it.
  const parent = page.elementParent;
  const mass = new Float64Array(parent.length);
  for (let i = 0; i < n; i++) {
    const id = page.blocks[i]!.elements[0]!;
    if (id >= 0) mass[id]! += (p[i]! - 0.5) * page.blocks[i]!.text.length;
  }
  for (let id = mass.length - 1; id >= 0; id--) if (parent[id]! >= 0) mass[parent[id]!]! += mass[id]!;
  let best = -1;
  for (let id = 0; id < mass.length; id++) if (best < 0 || mass[id]! > mass[best]!) best = id;
  const inBest = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    let id = page.blocks[i]!.elements[0]!;
    while (id > best) id = parent[id]!;
    inBest[i] = best >= 0 && id === best ? 1 : 0;
  }
  const out: Float64Array[] = [];
  for (let i = 0; i < n; i++) {
    const el = page.blocks[i]!.elements;
    out.push(
      Float64Array.from([
        p[i]!,
        i > 0 ? p[i - 1]! : 0,
        i < n - 1 ? p[i + 1]! : 0,
        i > 1 ? p[i - 2]! : 0,
        i < n - 2 ? p[i + 2]! : 0,
        win(i, 3),
        win(i, 8),
        mean(el[0]!),
        mean(el[1]!),
        mean(el[2]!),
        maxBefore[i]!,
        maxAfter[i]!,
        inBest[i]!,
        mean(best),
      ]),
    );
  }
  return out;
}
