/**
 * @module
 * The quotes stage: assigns the `quotes` layer. Direct quotes are found by their marks (any style,
 * across paragraphs) and kept when their sentence attributes them or when they read as speech;
 * a short quoted term with no cue (a title, a scare-quoted word) is not a quote. Indirect speech is
 * the clause a reporting cue governs. Speakers come from the attribution and, for pronouns and
 * -nya cues, from the preceding context (see ./resolve.ts). A cue that only names a relay (a wire
 * report) yields to a speaker named by a verb in the same sentence.
 */
import { layer, withLayer } from "../../core/doc/document.js";
import type { Quote } from "../../core/doc/layers/quotes.js";
import type { Sentence } from "../../core/doc/layers/text-units.js";
import type { Stage } from "../../core/pipeline/stage.js";
import { type Attribution, isRoleOnly, postAttribution, preAttribution, type Scope } from "./attribution.js";
import { compile } from "./cues.js";
import { indirectIn } from "./indirect.js";
import { findQuoted, paragraphRanges, type Quoted } from "./marks.js";
import { type Pending, resolveSpeakers } from "./resolve.js";
import { wordsIn } from "./words.js";

/** Words a quote needs to count as speech when nothing attributes it. */
const SPEECH_WORDS = 4;

function sentenceOf(sentences: readonly Sentence[], pos: number): Sentence | undefined {
  return sentences.find((s) => s.start <= pos && pos < s.end);
}

function attribute(
  scope: Scope,
  q: Quoted,
  sentences: readonly Sentence[],
  prevEnd: number,
  nextStart: number,
  paraEnd: number,
): Attribution | null {
  const { text } = scope;
  const inner = text.slice(q.innerStart, q.innerEnd).trimEnd();
  const endsSentence = /[.!?]$/u.test(inner);
  // After the quote: to the end of the sentence the closing mark sits in (or the one after it).
  let postEnd = sentenceOf(sentences, q.end)?.end ?? paraEnd;
  if (postEnd <= q.end) postEnd = paraEnd;
  postEnd = Math.min(postEnd, nextStart, paraEnd);
  const post = postAttribution(scope, q.end, postEnd, endsSentence);
  const sentStart = Math.max(sentenceOf(sentences, q.start)?.start ?? q.start, prevEnd);
  const pre = sentStart < q.start ? preAttribution(scope, sentStart, q.start) : undefined;
  if (post && pre && post.relay && !pre.relay && pre.speaker) return pre;
  return post ?? pre ?? null;
}

export const quotesStage: Stage = {
  name: "quotes",
  version: "1.0.0",
  requires: ["paragraphs", "sentences", "mentions", "dates"],
  assigns: ["quotes"],
  run: (doc, ctx) => {
    const pack = ctx.packs.get(doc.meta.language);
    const cues = compile(pack.quotes);
    const text = doc.text;
    const sentences = layer(doc, "sentences");
    const mentions = [...layer(doc, "mentions")].sort((a, b) => a.start - b.start);
    const paras = layer(doc, "paragraphs");
    const ranges: [number, number][] = paras.length
      ? paras.map((p) => [p.start, p.end])
      : paragraphRanges(text);
    const calendar = new Set(
      [...(pack.dates?.months ?? []), ...(pack.dates?.weekdays ?? [])].flat().map((w) => w.toLowerCase()),
    );
    const scope: Scope = { text, mentions, cues, dates: layer(doc, "dates"), calendar };
    const quoted = findQuoted(text, ranges);
    const pending: Pending[] = [];
    quoted.forEach((q, i) => {
      const paraEnd = ranges.find(([s, e]) => s <= q.end - 1 && q.end - 1 < e)?.[1] ?? text.length;
      const prevEnd = i > 0 ? quoted[i - 1]!.end : 0;
      const nextStart = quoted[i + 1]?.start ?? text.length;
      const attribution = attribute(scope, q, sentences, prevEnd, nextStart, paraEnd);
      const speechLike = wordsIn(text, q.innerStart, q.innerEnd).length >= SPEECH_WORDS;
      if (!attribution && !speechLike) return;
      const rule = attribution ? "quotes/direct" : "quotes/direct-unattributed";
      pending.push({
        start: q.start,
        end: q.end,
        direct: true,
        rule: q.multiParagraph ? `${rule}-multi` : rule,
        attribution,
      });
    });
    const directRanges = quoted.map((q) => ({ start: q.start, end: q.end }));
    for (const s of sentences) {
      const found = indirectIn(scope, s, directRanges);
      if (found)
        pending.push({
          start: found.start,
          end: found.end,
          direct: false,
          rule: found.rule,
          attribution: found.attribution,
        });
    }
    const quotes: Quote[] = resolveSpeakers(pending, sentences, mentions, cues, (name) =>
      isRoleOnly(scope, { name, start: 0, end: 0, kind: "name" }),
    ).map((r) => ({
      start: r.start,
      end: r.end,
      text: text.slice(r.start, r.end),
      rule: r.rule,
      direct: r.direct,
      speaker: r.speaker,
      ...(r.attribution ? { cue: r.attribution.cue } : {}),
    }));
    return withLayer(doc, "quotes", quotes);
  },
};
