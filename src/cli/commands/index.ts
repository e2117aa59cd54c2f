/**
 * @module
 * Every CLI command, registered in the order `kabar --help` lists them.
 */
import type { Command } from "commander";
import { registerAnalyze } from "./analyze.js";
import { registerExport } from "./export.js";
import { registerIngest } from "./ingest.js";
import { registerSearch } from "./search.js";
import { registerServe } from "./serve.js";
import { registerStories } from "./stories.js";
import { registerStory } from "./story.js";
import { registerWatch } from "./watch.js";
import { registerWorker } from "./worker.js";

export const COMMANDS: readonly ((program: Command) => void)[] = [
  registerAnalyze,
  registerIngest,
  registerWatch,
  registerStories,
  registerStory,
  registerSearch,
  registerExport,
  registerServe,
  registerWorker,
];
