/**
 * @module
 * The language side of the run context: adds the pack registry (`ctx.packs`) to core's
 * {@link RunContext} by declaration merging, so the stage contract in core names no language
 * type, and builds contexts. Stages find their pack with `ctx.packs.get(doc.meta.language)` and
 * every pack with `ctx.packs.all()`.
 */
import {
  DEFAULT_OPTIONS,
  type DebugSink,
  type RunContext,
  type RunOptions,
  SILENT,
} from "../core/context.js";
import type { PackRegistry } from "./packs.js";
import { defaultPacks } from "./registry.js";

declare module "../core/context.js" {
  interface RunContext {
    /** The language packs of this run: `get(code)` (fallback `und`) and `all()`. */
    readonly packs: PackRegistry;
  }
}

export type { RunContext };

/** A run context from options, a debug sink and a pack registry (the shipped one by default). */
export function makeContext(
  options: Partial<RunOptions> = {},
  debug: DebugSink = SILENT,
  packs: PackRegistry = defaultPacks,
): RunContext {
  return Object.freeze({ options: Object.freeze({ ...DEFAULT_OPTIONS, ...options }), packs, debug });
}
