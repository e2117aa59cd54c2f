/**
 * @module
 * Scoring rules of the cleaning bench, kept apart from file handling so they can be tested. Text
 * is compared after {@link norm} (Unicode NFKC, straight quotes, one kind of dash, collapsed
 * whitespace, lower case), because the gold snippets are copied by hand and a cleaner may
 * legitimately re-flow whitespace. Metadata fields each have their own notion of "equal",
 * documented in bench/clean/README.md; shared with scripts/train-clean-lines.ts.
 */
import type { ArticleMeta } from "../../src/core/doc/document.js";

/** The hand annotation of one gold article (`<slug>.json`). */
export interface CleanGold {
  readonly url: string;
  /** Body lines or snippets that must survive cleaning. */
  readonly keep: readonly string[];
  /** Chrome lines or snippets that must be removed. */
  readonly drop: readonly string[];
  /** Metadata; a field left out means the annotator could not tell, and it is not scored. */
  readonly meta: Partial<GoldMeta>;
}

export interface GoldMeta {
  outlet: string;
  title: string;
  authors: string[];
  /** ISO 8601 cut to the precision the text states, or null when it states no publication date. */
  published: string | null;
  language: string;
  agencies: string[];
  dateline: string | null;
}

export const META_FIELDS = [
  "outlet",
  "title",
  "authors",
  "published",
  "language",
  "agencies",
  "dateline",
] as const;
export type MetaField = (typeof META_FIELDS)[number];

export type Split = "dev" | "test";

/** The outlet of a gold file: its name up to the first "-" ("kompas-gempa-cianjur" → "kompas"). */
export const outletOf = (slug: string): string => slug.split("-")[0]!;

/**
 * The split of a gold file, by its outlet: a stable FNV-1a hash of the outlet prefix, about one
 * third test, so every article of an outlet falls in one split. Rules and weights are tuned on dev
 * only; test is for the honest figure.
 */
export function splitOf(slug: string): Split {
  let h = 0x811c9dc5;
  for (const ch of outletOf(slug)) {
    h ^= ch.codePointAt(0)!;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % 3 === 0 ? "test" : "dev";
}

export function norm(s: string): string {
  return s
    .normalize("NFKC")
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}

export interface LineCounts {
  /** Keep snippets found in the cleaned text. */
  keptBody: number;
  /** Keep snippets missing from the cleaned text. */
  lostBody: number;
  /** Drop snippets still in the cleaned text. */
  keptChrome: number;
  /** Drop snippets gone from the cleaned text. */
  removedChrome: number;
}

export const emptyLineCounts = (): LineCounts => ({
  keptBody: 0,
  lostBody: 0,
  keptChrome: 0,
  removedChrome: 0,
});

/** Counts which gold snippets the cleaned text keeps. */
export function scoreLines(cleaned: string, gold: Pick<CleanGold, "keep" | "drop">): LineCounts {
  const text = norm(cleaned);
  const c = emptyLineCounts();
  for (const k of gold.keep) {
    if (text.includes(norm(k))) c.keptBody += 1;
    else c.lostBody += 1;
  }
  for (const d of gold.drop) {
    if (text.includes(norm(d))) c.keptChrome += 1;
    else c.removedChrome += 1;
  }
  return c;
}

export function addLineCounts(a: LineCounts, b: LineCounts): LineCounts {
  return {
    keptBody: a.keptBody + b.keptBody,
    lostBody: a.lostBody + b.lostBody,
    keptChrome: a.keptChrome + b.keptChrome,
    removedChrome: a.removedChrome + b.removedChrome,
  };
}

/** Precision: of the classified lines the output kept, the share that is body; recall: body kept. */
export function lineScores(c: LineCounts): { precision: number; recall: number; f1: number } {
  const keptAll = c.keptBody + c.keptChrome;
  const precision = keptAll === 0 ? 0 : c.keptBody / keptAll;
  const bodyAll = c.keptBody + c.lostBody;
  const recall = bodyAll === 0 ? 0 : c.keptBody / bodyAll;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

const OUTLET_SUFFIX = /(\.co\.id|\.com|\.co|\.id|\.tv|\.net|\.org|\.news)$/;

/** "KOMPAS.com", "Kompas.com" and "kompas" are one outlet; "Tribun-Video.com" is "tribunvideo". */
export function normOutlet(s: string): string {
  return norm(s)
    .replace(/^www\./, "")
    .replace(OUTLET_SUFFIX, "")
    .replace(/^the /, "")
    .replace(/[^\p{L}\p{N}]/gu, "");
}

// Wire services under the names pages credit them by; both sides map to one key before comparing.
const AGENCY_ALIASES: Record<string, string> = {
  ap: "associated press",
  "the associated press": "associated press",
  "agence france-presse": "afp",
  "agence france presse": "afp",
  "thomson reuters": "reuters",
  "antara news": "antara",
  "lkbn antara": "antara",
  "kantor berita antara": "antara",
  "voice of america": "voa",
  "deutsche presse-agentur": "dpa",
};
const agencyKey = (s: string): string => {
  const n = norm(s);
  return AGENCY_ALIASES[n] ?? n;
};

const sameSet = (a: readonly string[], b: readonly string[], key: (s: string) => string): boolean => {
  const x = new Set(a.map(key));
  const y = new Set(b.map(key));
  return x.size === y.size && [...x].every((v) => y.has(v));
};

/** Drops a trailing zone ("Z", "+07:00") so a local time matches however the zone was written. */
const localPart = (iso: string): string => iso.replace(/(Z|[+-]\d\d:?\d\d)$/, "");

/** Dateline places compare on their first part: "Jakarta, Indonesia" matches "JAKARTA". */
const placeKey = (s: string): string =>
  norm(s)
    .split(",")[0]!
    .replace(/[.\s]+$/, "")
    .trim();

/** Whether the stage's value of `field` matches the gold one. */
export function fieldCorrect(field: MetaField, gold: GoldMeta[MetaField], got: ArticleMeta): boolean {
  switch (field) {
    case "outlet":
      return got.outlet !== null && normOutlet(got.outlet) === normOutlet(gold as string);
    case "title":
      return got.title !== null && norm(got.title) === norm(gold as string);
    case "authors":
      return sameSet(got.authors, gold as string[], norm);
    case "agencies":
      return sameSet(got.agencies, gold as string[], agencyKey);
    case "language":
      return (got.language ?? "").toLowerCase().split("-")[0] === (gold as string).toLowerCase();
    case "dateline":
      if (gold === null) return got.dateline === null;
      return got.dateline !== null && placeKey(got.dateline) === placeKey(gold as string);
    case "published": {
      const { value, basis } = got.published;
      // No stated date in the text: a stage may still infer one, but must not claim it as stated.
      if (gold === null) return value === null || basis !== "stated";
      if (value === null) return false;
      // At least the gold precision; more precise output is fine.
      return localPart(value).startsWith(localPart(gold as string));
    }
  }
}
