/**
 * @module
 * The run context every stage receives: options, the language packs and a debug sink. Stages
 * never read the clock, the network or the environment; whatever they need comes through here.
 * Core knows nothing of languages: `lang/context.ts` adds the pack registry (`packs`) to
 * {@link RunContext} by declaration merging and builds contexts (`makeContext`).
 */

export interface RunOptions {
  /** Reference time used when an article's publication date is unknown. Default: none. */
  readonly reference?: string;
  /** Largest input file accepted, in bytes. Default 20 MiB. */
  readonly maxInputBytes: number;
}

export const DEFAULT_OPTIONS: RunOptions = Object.freeze({ maxInputBytes: 20 * 1024 * 1024 });

export type DebugSink = (stage: string, message: () => string) => void;

/** Options and the debug sink here; the language packs (`packs`) are merged in by `lang/context.ts`. */
export interface RunContext {
  readonly options: RunOptions;
  readonly debug: DebugSink;
}

export const SILENT: DebugSink = () => {};

/** A sink that keeps messages in memory, for tests that print them only on failure. */
export function bufferedSink(): { sink: DebugSink; lines: string[] } {
  const lines: string[] = [];
  return { sink: (stage, message) => lines.push(`[${stage}] ${message()}`), lines };
}
