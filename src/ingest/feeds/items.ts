/**
 * @module
 * Feed items to raw articles. An item whose feed carries the full text is taken as is; a short
 * one is better read from its page (the caller fetches it and passes the HTML). The feed's own
 * metadata (title, link, date, authors, the feed's name as outlet) becomes container hints, which
 * the pipeline trusts over cues in the text.
 */
import type { ArticleMeta, RawArticle } from "../../core/doc/document.js";
import { extractHtml } from "../html.js";
import { toArticles } from "../read-inputs.js";
import type { Feed, FeedItem } from "./parse.js";

/** Item text shorter than this is a teaser: read the page instead when possible. */
export const FULL_TEXT_CHARS = 400;
/** A summary shorter than this is not worth storing as an article. */
const MIN_SUMMARY_CHARS = 80;

/** The plain text of an HTML fragment, one block per line. */
export function fragmentText(html: string | null): string {
  if (!html) return "";
  if (!/[<&]/.test(html)) return html.trim();
  return extractHtml(`<!doctype html><html><body><article>${html}</article></body></html>`).text.trim();
}

/** ISO 8601 of a feed date (RFC 822 or ISO), or null when it cannot be read. */
export function feedDate(value: string | null): string | null {
  if (!value) return null;
  const t = Date.parse(value);
  return Number.isFinite(t) ? new Date(t).toISOString().replace(/\.000Z$/, "Z") : null;
}

export function itemHints(item: FeedItem, feed: Feed): Partial<ArticleMeta> {
  const published = feedDate(item.published);
  return {
    ...(item.title ? { title: item.title } : {}),
    ...(item.url ? { url: item.url } : {}),
    ...(feed.title ? { outlet: feed.title } : {}),
    ...(published ? { published: { value: published, basis: "stated" as const } } : {}),
    ...(item.authors.length > 0 ? { authors: item.authors } : {}),
  };
}

/** The item's own full text as an article, or null when the feed only has a teaser. */
export function fullTextArticle(item: FeedItem, feed: Feed, feedUrl: string): RawArticle | null {
  const body = fragmentText(item.content);
  if (body.length < FULL_TEXT_CHARS) return null;
  return { source: item.url ?? feedUrl, raw: body, format: "feed", hints: itemHints(item, feed) };
}

/** The article read from the item's page, with the feed's metadata filling what the page lacks. */
export function pageArticle(item: FeedItem, feed: Feed, url: string, html: string): RawArticle | null {
  const [page] = toArticles(url, html, "html");
  if (!page) return null;
  return {
    ...page,
    source: item.url ?? url,
    hints: { ...itemHints(item, feed), ...page.hints, url: item.url ?? url },
  };
}

/** The summary as a last resort, when neither full text nor the page is available. */
export function summaryArticle(item: FeedItem, feed: Feed, feedUrl: string): RawArticle | null {
  const body = fragmentText(item.content) || fragmentText(item.summary);
  if (body.length < MIN_SUMMARY_CHARS) return null;
  return { source: item.url ?? feedUrl, raw: body, format: "feed", hints: itemHints(item, feed) };
}
