/**
 * @module
 * Names the trained sequence tagger finds: BIO tags over the sentence's tokens, turned into
 * spans. A stray `I-` without its `B-` starts a span too, as conlleval reads it.
 */

import type { EntityType } from "../../../core/doc/layers/mentions.js";
import { tidy } from "../../../core/text/names.js";
import { type Candidate, type FindContext, type SentenceView, WEIGHT } from "../candidate.js";
import { type EntityTag, tagTokens } from "../tagger/index.js";

const tagged = new WeakMap<SentenceView, readonly EntityTag[]>();

/** The tagger's tags for a sentence, computed once per sentence view (other finders read them too). */
export function sentenceTags(view: SentenceView, ctx: FindContext): readonly EntityTag[] {
  let tags = tagged.get(view);
  if (!tags) {
    tags = tagTokens(view.words, ctx.tagger);
    tagged.set(view, tags);
  }
  return tags;
}

export function findTagged(view: SentenceView, ctx: FindContext): Candidate[] {
  const tags = sentenceTags(view, ctx);
  const out: Candidate[] = [];
  let start = -1;
  let type: EntityType | null = null;
  const close = (end: number) => {
    if (type && start >= 0 && end > start) {
      const text = tidy(
        view.tokens
          .slice(start, end)
          .map((t, k) => t.text + (k < end - start - 1 ? t.ws : ""))
          .join(""),
      );
      out.push({
        sentence: view.index,
        i: start,
        j: end,
        type,
        canonical: text,
        rule: "tagger",
        weight: WEIGHT.tagger,
        listed: false,
      });
    }
    start = -1;
    type = null;
  };
  tags.forEach((tag, k) => {
    if (tag === "O") {
      close(k);
      return;
    }
    const [bio, t] = tag.split("-") as ["B" | "I", EntityType];
    if (bio === "B" || t !== type) {
      close(k);
      start = k;
      type = t;
    }
  });
  close(tags.length);
  return out;
}
