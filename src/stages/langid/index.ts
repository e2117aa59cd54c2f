/**
 * @module
 * The langid stage: sets `meta.language` unless the container already declared it, then names the
 * outlet's language edition where the outlet directory knows one ("DW" in Indonesian is
 * "DW Indonesia"): cleaning finds the outlet before the language is known.
 */
import { markDone, withMeta } from "../../core/doc/document.js";
import type { Stage } from "../../core/pipeline/stage.js";
import { editionName, outletNamed } from "../../lang/base/outlets.js";
import { detectLanguage } from "./detect.js";

export const langidStage: Stage = {
  name: "langid",
  version: "1.2.0",
  requires: ["clean"],
  assigns: ["language"],
  run(doc, ctx) {
    const declared = doc.meta.language;
    const language = declared ? declared.toLowerCase() : detectLanguage(doc.text, ctx.packs);
    const outlet = doc.meta.outlet ? outletNamed(doc.meta.outlet) : null;
    const edition = outlet ? editionName(outlet, language) : doc.meta.outlet;
    return markDone(withMeta(doc, { language, outlet: edition }), "language");
  },
};
