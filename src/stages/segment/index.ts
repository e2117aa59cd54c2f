/**
 * @module
 * The segment stage: paragraphs, sentences and tokens of the cleaned text.
 */
import { withLayer } from "../../core/doc/document.js";
import type { Stage } from "../../core/pipeline/stage.js";
import { findParagraphs, findSentences } from "./sentences.js";
import { tokenize } from "./tokens.js";

export const segmentStage: Stage = {
  name: "segment",
  version: "1.0.0",
  requires: ["clean", "language"],
  assigns: ["paragraphs", "sentences", "tokens"],
  run(doc, ctx) {
    const pack = ctx.packs.get(doc.meta.language);
    const paragraphs = findParagraphs(doc.text);
    const sentences = findSentences(doc.text, paragraphs, pack.segment, doc.meta.language ?? "und");
    const tokens = tokenize(doc.text);
    return withLayer(
      withLayer(withLayer(doc, "paragraphs", paragraphs), "sentences", sentences),
      "tokens",
      tokens,
    );
  },
};
