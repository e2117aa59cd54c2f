/**
 * @module
 * Test helper: runs the clean stage on raw text as a plain-text article.
 */

import { type ArticleDoc, docFromRaw } from "../../core/doc/document.js";
import { makeContext } from "../../lang/context.js";
import { cleanStage } from "./index.js";

export function cleaned(raw: string, hints: Parameters<typeof docFromRaw>[0]["hints"] = {}): ArticleDoc {
  return cleanStage.run(docFromRaw({ source: "t.txt", raw, format: "text", hints }, "t"), makeContext());
}
