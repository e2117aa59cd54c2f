/**
 * @module
 * The claims stage: assigns the `claims` layer. (Placeholder that finds nothing until the stage lands.)
 */
import { withLayer } from "../../core/doc/document.js";
import type { Stage } from "../../core/pipeline/stage.js";

export const claimsStage: Stage = {
  name: "claims",
  version: "0.0.0",
  requires: ["sentences", "mentions", "dates", "quotes"],
  assigns: ["claims"],
  run: (doc) => withLayer(doc, "claims", []),
};
