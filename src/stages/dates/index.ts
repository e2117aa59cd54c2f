/**
 * @module
 * The dates stage: assigns the `dates` layer. (Placeholder that finds nothing until the stage lands.)
 */
import { withLayer } from "../../core/doc/document.js";
import type { Stage } from "../../core/pipeline/stage.js";

export const datesStage: Stage = {
  name: "dates",
  version: "0.0.0",
  requires: ["sentences"],
  assigns: ["dates"],
  run: (doc) => withLayer(doc, "dates", []),
};
