/**
 * @module
 * Test helper: runs the clean stage on raw text as a plain-text article.
 */

import { type ArticleDoc, docFromRaw } from "../../core/doc/document.js";
import { makeContext } from "../../lang/context.js";
import { defaultPacks } from "../../lang/registry.js";
import { cuesFor, withCues } from "./cues.js";
import { cleanStage } from "./index.js";

export function cleaned(raw: string, hints: Parameters<typeof docFromRaw>[0]["hints"] = {}): ArticleDoc {
  return cleanStage.run(docFromRaw({ source: "t.txt", raw, format: "text", hints }, "t"), makeContext());
}

/**
 * Runs a cleaning helper as the clean stage would, with the shipped registry's cues in force (the
 * helpers read the cues of the run under way; see cues.ts).
 */
export function withShippedCues<T>(fn: () => T): T {
  return withCues(cuesFor(defaultPacks), fn);
}
