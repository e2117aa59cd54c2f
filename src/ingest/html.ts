/**
 * @module
 * Saved HTML pages: one streaming parse (htmlparser2's tokenizer under a bounded stack) into
 * text blocks, a learned main-text/boilerplate classifier over them (`models/html-blocks/`),
 * the kept blocks one per line, and metadata from JSON-LD `NewsArticle` and meta tags. Our
 * line rules run after this, in the clean stage. See `html/` for the parts.
 */
import { extractBlocks, type HtmlExtraction } from "./html/extract.js";

export type { HtmlExtraction } from "./html/extract.js";
export { normaliseIsoDate } from "./html/meta.js";

export function extractHtml(html: string, url?: string): HtmlExtraction {
  return extractBlocks(html, url);
}
