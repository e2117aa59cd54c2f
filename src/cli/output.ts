/**
 * @module
 * The only place that writes to the terminal: results to stdout, one-line errors and progress to
 * stderr. Domain errors become a single clear line. Anything else is a bug: the user gets one
 * coded line saying where a report with the stack was written (issue 13: a stack trace is not an
 * error message); `--debug` (or KABAR_DEBUG=1) prints the stack too.
 */
import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { VERSION } from "../app/version.js";
import { type DebugSink, SILENT } from "../core/context.js";
import { isDomainError } from "../core/errors.js";

export const EXIT = { ok: 0, someInputsFailed: 1, usage: 2, nothingRead: 3, internal: 70 } as const;

/** Whether stacks go to the terminal; set by `--debug` (see main.ts) or KABAR_DEBUG. */
export const debugMode = { on: !!process.env.KABAR_DEBUG };

/**
 * Where stages say why they decided (`ctx.debug`): stderr under `--debug`, nowhere otherwise (the
 * messages are thunks, so a silent run never builds them). `around` keeps a progress line intact.
 */
export function stageDebug(around: (write: () => void) => void = (write) => write()): DebugSink {
  if (!debugMode.on) return SILENT;
  return (stage, message) => around(() => process.stderr.write(`kabar: debug [${stage}] ${message()}\n`));
}

export function printError(source: string | null, err: unknown): void {
  if (isDomainError(err)) {
    process.stderr.write(`kabar: ${err.code}: ${err.message}\n`);
    return;
  }
  const message = firstLine(err);
  const report = writeReport(source, err);
  const where = report ? `; report: ${report}` : "";
  process.stderr.write(
    `kabar: E_INTERNAL: internal error${source ? ` while reading ${source}` : ""}: ${message}${where}\n`,
  );
  if (debugMode.on) process.stderr.write(`${(err as Error)?.stack ?? String(err)}\n`);
}

/** The first line of an error's message, shortened: what fits on the one line a user reads. */
function firstLine(err: unknown): string {
  const text = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
  const line = text.split("\n", 1)[0] ?? "";
  return line.length > 200 ? `${line.slice(0, 199)}…` : line;
}

/**
 * Writes a bug report (version, command line, the stack) to the temporary folder and returns its
 * path, or null when it cannot be written (the one line is still printed).
 */
function writeReport(source: string | null, err: unknown): string | null {
  const path = join(
    tmpdir(),
    `kabar-report-${new Date().toISOString().replace(/[:.]/g, "-")}-${process.pid}.txt`,
  );
  const body = [
    `kabar ${VERSION}, node ${process.version}, ${process.platform}`,
    `command: kabar ${process.argv.slice(2).join(" ")}`,
    ...(source ? [`while reading: ${source}`] : []),
    "",
    (err as Error)?.stack ?? String(err),
    "",
  ].join("\n");
  try {
    writeFileSync(path, body, { mode: 0o600 });
    return path;
  } catch {
    return null;
  }
}

/** A warning about an input that is still used: one line naming it. */
export function printNotice(notice: string): void {
  process.stderr.write(`kabar: warning: ${notice}\n`);
}
