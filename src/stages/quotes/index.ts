/**
 * @module
 * The quotes stage: assigns the `quotes` layer. (Placeholder that finds nothing until the stage lands.)
 */
import { withLayer } from "../../core/doc/document.js";
import type { Stage } from "../../core/pipeline/stage.js";

export const quotesStage: Stage = {
  name: "quotes",
  version: "0.0.0",
  requires: ["sentences", "mentions"],
  assigns: ["quotes"],
  run: (doc) => withLayer(doc, "quotes", []),
};
