/**
 * @module
 * Test helper: a segmented document with a hand-made mentions layer, so quote tests do not depend
 * on the entity tagger. Each name is marked at every place its surface text occurs.
 */

import { type ArticleDoc, layer, withLayer } from "../../core/doc/document.js";
import type { EntityType, Mention } from "../../core/doc/layers/mentions.js";
import type { Quote } from "../../core/doc/layers/quotes.js";
import { makeContext } from "../../lang/context.js";
import { segmentedDoc } from "../segment/testing.js";
import { quotesStage } from "./index.js";

/** `[surface, type, canonical?]` */
export type NameSpec = readonly [string, EntityType, string?];

export function docWithMentions(text: string, language: string, names: readonly NameSpec[]): ArticleDoc {
  const doc = segmentedDoc(text, language);
  const mentions: Mention[] = [];
  for (const [surface, type, canonical] of names) {
    for (let at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + 1)) {
      const end = at + surface.length;
      const before = at > 0 ? text[at - 1]! : " ";
      const after = end < text.length ? text[end]! : " ";
      if (/[\p{L}\p{N}]/u.test(before) || /[\p{L}\p{N}]/u.test(after)) continue;
      if (mentions.some((m) => m.start < end && at < m.end)) continue;
      mentions.push({
        start: at,
        end,
        text: surface,
        rule: "test/hand",
        type,
        canonical: canonical ?? surface,
      });
    }
  }
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  return withLayer(doc, "mentions", mentions);
}

/** Runs the quotes stage on a document made by {@link docWithMentions}. */
export function quotesOf(
  text: string,
  language: string,
  names: readonly NameSpec[] = [],
): {
  doc: ArticleDoc;
  quotes: readonly Quote[];
} {
  const doc = quotesStage.run(docWithMentions(text, language, names), makeContext());
  return { doc, quotes: layer(doc, "quotes") };
}
