/**
 * @module
 * Test helper: a stored-ready document over hand-written text with the metadata and entity
 * mentions a test names, without running the pipeline.
 */

import { contentId } from "../core/doc/content-id.js";
import { type ArticleDoc, docFromRaw, withLayer, withMeta } from "../core/doc/document.js";
import type { EntityType, Mention } from "../core/doc/layers/index.js";

export interface TestArticle {
  readonly text: string;
  readonly title?: string;
  readonly url?: string;
  readonly outlet?: string;
  readonly language?: string;
  readonly published?: string;
  /** Names to mark as mentions where they first occur in the text. */
  readonly entities?: readonly (readonly [string, EntityType])[];
}

export function testDoc(a: TestArticle): ArticleDoc {
  const raw = docFromRaw(
    { source: a.url ?? "test.txt", raw: a.text, format: "text", hints: {} },
    contentId(a.text),
  );
  const doc = withMeta(raw, {
    title: a.title ?? null,
    url: a.url ?? null,
    outlet: a.outlet ?? null,
    language: a.language ?? null,
    published: a.published ? { value: a.published, basis: "stated" } : { value: null, basis: "unknown" },
  });
  const mentions: Mention[] = [];
  for (const [name, type] of a.entities ?? []) {
    const start = a.text.indexOf(name);
    if (start < 0) continue;
    mentions.push({ start, end: start + name.length, text: name, rule: "test/given", type, canonical: name });
  }
  mentions.sort((x, y) => x.start - y.start);
  return withLayer(doc, "mentions", mentions);
}
