/**
 * @module
 * The previous extractor, kept as the benchmark's baseline and for comparison: main text through
 * Mozilla Readability over linkedom, one line per block element so paragraphs stay apart, and
 * metadata from JSON-LD `NewsArticle` and meta tags with Readability's own fields as fallback.
 * The product uses `./extract.ts`; this is what `extractHtml` did before it.
 */
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import type { ArticleMeta } from "../../core/doc/document.js";
import { readMeta } from "./meta.js";
import type { RawMeta } from "./parse.js";

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
  // A fragment with no <body> (common in scraped archives) leaves linkedom without one, and
  // Readability then climbs past the top of the tree; give it the document it expects.
  const { document } = parseHTML(
    /<body[\s>]/i.test(html) ? html : `<!doctype html><html><body>${html}</body></html>`,
  );
  const meta = readMeta(rawMetaOf(document));
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

/** The DOM's metadata in the shape the streaming parse collects, so both read it one way. */
function rawMetaOf(document: ReturnType<typeof parseHTML>["document"]): RawMeta {
  const metas = new Map<string, string>();
  for (const el of document.querySelectorAll("meta")) {
    const content = el.getAttribute("content");
    if (content == null) continue;
    for (const attr of ["property", "name", "itemprop"]) {
      const key = el.getAttribute(attr);
      if (key && !metas.has(key)) metas.set(key, content);
    }
  }
  return {
    metas,
    title: document.querySelector("title")?.textContent ?? undefined,
    canonical: document.querySelector('link[rel="canonical"]')?.getAttribute("href"),
    lang: document.documentElement?.getAttribute("lang") ?? undefined,
    jsonLd: [...document.querySelectorAll('script[type="application/ld+json"]')].map(
      (s) => s.textContent ?? "",
    ),
  };
}
