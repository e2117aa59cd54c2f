/**
 * @module
 * Page metadata from what the parse collected: JSON-LD `NewsArticle` (and kin), meta tags,
 * `<title>`, the canonical link and `<html lang>`, with the same precedence the extractor has
 * always used (a meta key is looked up as `property`, `name` or `itemprop`).
 */
import type { PublishedDate } from "../../core/doc/document.js";
import type { RawMeta } from "./parse.js";

export interface PageMeta {
  title?: string;
  outlet?: string;
  url?: string;
  authors?: string[];
  published?: PublishedDate;
  language?: string;
}

export function readMeta(raw: RawMeta): PageMeta {
  const metaContent = (...keys: string[]): string | undefined => {
    for (const key of keys) {
      const value = raw.metas.get(key)?.trim();
      if (value) return value;
    }
    return undefined;
  };
  const ld = readJsonLd(raw.jsonLd);
  const published =
    ld.datePublished ??
    metaContent(
      "article:published_time",
      "og:published_time",
      "pubdate",
      "publishdate",
      "date",
      "dc.date",
      "datePublished",
    );
  const author = ld.authors ?? splitAuthors(metaContent("author", "article:author", "dc.creator"));
  return {
    title: metaContent("og:title", "twitter:title") ?? ld.headline ?? raw.title?.trim(),
    outlet: metaContent("og:site_name", "application-name") ?? ld.publisher,
    url: raw.canonical ?? metaContent("og:url"),
    authors: author?.filter((a) => !/^https?:/.test(a)),
    published: published ? { value: normaliseIsoDate(published), basis: "stated" } : undefined,
    language: raw.lang?.split(/[-_]/)[0]?.toLowerCase() || undefined,
  };
}

interface JsonLdNews {
  headline?: string;
  datePublished?: string;
  authors?: string[];
  publisher?: string;
}

function readJsonLd(scripts: readonly string[]): JsonLdNews {
  for (const script of scripts) {
    let data: unknown;
    try {
      data = JSON.parse(script);
    } catch {
      continue;
    }
    const items = (Array.isArray(data) ? data : [data]).flatMap((d) =>
      d && typeof d === "object" && "@graph" in d ? (d as { "@graph": unknown[] })["@graph"] : [d],
    );
    for (const item of items) {
      if (!item || typeof item !== "object") continue;
      const rec = item as Record<string, unknown>;
      const type = String(rec["@type"] ?? "");
      if (!/Article|NewsArticle|Report|BlogPosting/.test(type)) continue;
      const names = (v: unknown): string[] =>
        (Array.isArray(v) ? v : [v]).flatMap((x) =>
          typeof x === "string"
            ? [x]
            : x && typeof x === "object" && "name" in x
              ? [String((x as { name: unknown }).name)]
              : [],
        );
      return {
        headline: typeof rec.headline === "string" ? rec.headline : undefined,
        datePublished: typeof rec.datePublished === "string" ? rec.datePublished : undefined,
        authors: rec.author ? names(rec.author) : undefined,
        publisher: rec.publisher ? names(rec.publisher)[0] : undefined,
      };
    }
  }
  return {};
}

function splitAuthors(value: string | undefined): string[] | undefined {
  return value ? value.split(/\s*(?:,|;|\band\b|\bdan\b)\s*/).filter(Boolean) : undefined;
}

/** "2023-09-06T07:05:00+07:00" → "2023-09-06T07:05+07:00"; a bare day stays a day. */
export function normaliseIsoDate(value: string): string | null {
  const m = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?/.exec(
    value.trim(),
  );
  if (!m) return null;
  if (!m[2]) return m[1]!;
  const zone = m[3] === "Z" ? "Z" : m[3] ? m[3].replace(/^([+-]\d{2})(\d{2})$/, "$1:$2") : "";
  return `${m[1]}T${m[2]}${zone}`;
}
