/**
 * @module
 * The only place that writes to the terminal: results to stdout, one-line errors and progress to
 * stderr. Domain errors become a single clear line; anything else is a bug and shows its stack.
 */
import cliProgress from "cli-progress";
import { isDomainError } from "../core/errors.js";

export const EXIT = { ok: 0, someInputsFailed: 1, usage: 2, nothingRead: 3, internal: 70 } as const;

export function printError(source: string | null, err: unknown): void {
  if (isDomainError(err)) {
    process.stderr.write(`kabar: ${err.code}: ${err.message}\n`);
  } else {
    process.stderr.write(
      `kabar: internal error${source ? ` while reading ${source}` : ""}: ${(err as Error)?.stack ?? err}\n`,
    );
  }
}

export interface Progress {
  tick(label?: string): void;
  stop(): void;
}

/** A progress bar on stderr when it is a terminal; silent otherwise. */
export function progress(label: string, total?: number): Progress {
  if (!process.stderr.isTTY) return { tick() {}, stop() {} };
  const bar = new cliProgress.SingleBar(
    {
      format: `${label} {bar} {value}${total ? "/{total}" : ""} {file}`,
      stream: process.stderr,
      hideCursor: true,
      clearOnComplete: true,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total ?? 0, 0, { file: "" });
  let n = 0;
  return {
    tick(file = "") {
      n += 1;
      if (!total) bar.setTotal(n);
      bar.update(n, { file: file.length > 40 ? `…${file.slice(-39)}` : file });
    },
    stop: () => bar.stop(),
  };
}
