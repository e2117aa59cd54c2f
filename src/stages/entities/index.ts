/**
 * @module
 * The entities stage: assigns the `mentions` layer. (Placeholder that finds nothing until the stage lands.)
 */
import { withLayer } from "../../core/doc/document.js";
import type { Stage } from "../../core/pipeline/stage.js";

export const entitiesStage: Stage = {
  name: "entities",
  version: "0.0.0",
  requires: ["sentences", "tokens"],
  assigns: ["mentions"],
  run: (doc) => withLayer(doc, "mentions", []),
};
