/**
 * @module
 * Test helper: a document over hand-written text, cleaned as-is and segmented, with the language
 * and publication date the test names. Stage tests build on it instead of running the pipeline.
 */

import {
  type ArticleDoc,
  docFromRaw,
  markDone,
  type PublishedDate,
  withMeta,
} from "../../core/doc/document.js";
import { makeContext } from "../../lang/context.js";
import { segmentStage } from "./index.js";

export function segmentedDoc(
  text: string,
  language: string,
  published?: PublishedDate,
  id = "test",
): ArticleDoc {
  const raw = docFromRaw({ source: `${id}.txt`, raw: text, format: "text", hints: {} }, id);
  const doc = markDone(
    markDone(withMeta(raw, { language, ...(published ? { published } : {}) }), "clean"),
    "language",
  );
  return segmentStage.run(doc, makeContext());
}
