/**
 * @module
 * The langid stage: sets `meta.language` unless the container already declared it.
 */
import { markDone, withMeta } from "../../core/doc/document.js";
import type { Stage } from "../../core/pipeline/stage.js";
import { detectLanguage } from "./detect.js";

export const langidStage: Stage = {
  name: "langid",
  version: "1.0.0",
  requires: ["clean"],
  assigns: ["language"],
  run(doc) {
    const declared = doc.meta.language;
    const language = declared ? declared.toLowerCase() : detectLanguage(doc.text);
    return markDone(withMeta(doc, { language }), "language");
  },
};
