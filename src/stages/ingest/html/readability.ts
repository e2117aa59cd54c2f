/**
 * @module
 * The previous extractor, kept as the benchmark's baseline and for comparison: main text through
 * Mozilla Readability over linkedom, one line per block element so paragraphs stay apart, and
 * metadata from JSON-LD `NewsArticle` and meta tags with Readability's own fields as fallback.
 * The product uses `./extract.ts`; this is what `extractHtml` did before it.
 */
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import type { ArticleMeta, PublishedDate } from "../../../core/doc/document.js";
import { normaliseIsoDate } from "./meta.js";

const BLOCKS = new Set([
  "P",
  "DIV",
  "SECTION",
  "ARTICLE",
  "H1",
  "H2",
  "H3",
  "H4",
  "H5",
  "H6",
  "LI",
  "BLOCKQUOTE",
  "PRE",
  "FIGCAPTION",
  "TR",
  "BR",
  "HR",
  "UL",
  "OL",
  "TABLE",
  "FIGURE",
  "HEADER",
  "FOOTER",
  "ASIDE",
  "DD",
  "DT",
]);

import type { HtmlExtraction } from "./extract.js";

export function extractWithReadability(html: string, url?: string): HtmlExtraction {
  const { document } = parseHTML(html);
  const meta = readMeta(document);
  // Readability mutates the DOM it reads; metadata is read first.
  for (const style of document.querySelectorAll("style, script:not([type='application/ld+json']), noscript"))
    style.remove();
  const article = new Readability(document as unknown as Document, { charThreshold: 200 }).parse();
  let text = "";
  if (article?.content) {
    const { document: contentDoc } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
    text = blockText(contentDoc.body as unknown as Node);
  }
  if (!text.trim()) text = blockText(document.body as unknown as Node);
  const hints: Partial<ArticleMeta> = {
    title: meta.title ?? article?.title ?? undefined,
    outlet: meta.outlet ?? article?.siteName ?? undefined,
    url: meta.url ?? url,
    authors: meta.authors ?? (article?.byline ? [article.byline] : undefined),
    published: meta.published,
    language: meta.language ?? article?.lang ?? undefined,
  };
  return {
    text: tidy(text),
    hints: Object.fromEntries(Object.entries(hints).filter(([, v]) => v != null && v !== "")),
  };
}

function blockText(root: Node): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      parts.push((node.textContent ?? "").replace(/\s+/g, " "));
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = (node as Element).tagName.toUpperCase();
    const block = BLOCKS.has(tag);
    if (block) parts.push("\n");
    for (const child of Array.from(node.childNodes)) walk(child);
    if (block) parts.push("\n");
  };
  walk(root);
  return parts.join("");
}

function tidy(text: string): string {
  return text
    .split("\n")
    .map((line) => line.replace(/\s+/g, " ").trim())
    .filter(Boolean)
    .join("\n");
}

interface PageMeta {
  title?: string;
  outlet?: string;
  url?: string;
  authors?: string[];
  published?: PublishedDate;
  language?: string;
}

function readMeta(document: ReturnType<typeof parseHTML>["document"]): PageMeta {
  const metaContent = (...keys: string[]): string | undefined => {
    for (const key of keys) {
      const el = document.querySelector(
        `meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`,
      );
      const value = el?.getAttribute("content")?.trim();
      if (value) return value;
    }
    return undefined;
  };
  const ld = readJsonLd(document);
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
    title:
      metaContent("og:title", "twitter:title") ??
      ld.headline ??
      document.querySelector("title")?.textContent?.trim(),
    outlet: metaContent("og:site_name", "application-name") ?? ld.publisher,
    url: document.querySelector('link[rel="canonical"]')?.getAttribute("href") ?? metaContent("og:url"),
    authors: author?.filter((a) => !/^https?:/.test(a)),
    published: published ? { value: normaliseIsoDate(published), basis: "stated" } : undefined,
    language: document.documentElement?.getAttribute("lang")?.split(/[-_]/)[0]?.toLowerCase() || undefined,
  };
}

interface JsonLdNews {
  headline?: string;
  datePublished?: string;
  authors?: string[];
  publisher?: string;
}

function readJsonLd(document: ReturnType<typeof parseHTML>["document"]): JsonLdNews {
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? "");
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
