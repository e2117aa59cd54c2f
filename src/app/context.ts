/**
 * @module
 * Builds the run context from options: the pack registry and a debug sink.
 */
import {
  DEFAULT_OPTIONS,
  type DebugSink,
  type RunContext,
  type RunOptions,
  SILENT,
} from "../core/context.js";
import { packFor } from "../lang/registry.js";

export function makeContext(options: Partial<RunOptions> = {}, debug: DebugSink = SILENT): RunContext {
  return Object.freeze({ options: Object.freeze({ ...DEFAULT_OPTIONS, ...options }), pack: packFor, debug });
}
