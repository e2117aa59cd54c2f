/**
 * @module
 * A progress line on stderr that knows its total and never shares a line with other output:
 * anything printed while it runs goes through `print`, which erases the line, writes, and redraws
 * it below. Silent when stderr is not a terminal (pipes and CI logs get only the real output).
 */
import { readdir, stat } from "node:fs/promises";
import { extname, join } from "node:path";

export interface ProgressLine {
  /** One item done (an article analysed, a file read). */
  tick(label?: string): void;
  /** Writes text to stdout or stderr without tearing the progress line. */
  print(stream: "stdout" | "stderr", text: string): void;
  /** Runs `write` (which prints, e.g. an error line) with the progress line out of its way. */
  around(write: () => void): void;
  stop(): void;
}

const WIDTH = 24;
const RECORD_EXT = new Set([".json", ".jsonl", ".ndjson"]);
const FOLDER_DOCS = /^(?:readme|license|licence|notice|changelog|copying|authors)(?:\.[a-z]+)?$/i;
const ARTICLE_EXT = new Set([".txt", ".text", "", ".html", ".htm", ".xhtml", ...RECORD_EXT]);

/**
 * How many articles the inputs hold, when that can be known from file names alone: one per text or
 * HTML file. Record files (JSON, JSONL) and standard input hold an unknown number, so the total is
 * then undefined and the line shows a count instead of a bar. Mirrors readInputs' folder walk.
 */
export async function countArticles(paths: readonly string[]): Promise<number | undefined> {
  let n = 0;
  const visit = async (path: string, named: boolean): Promise<boolean> => {
    const info = await stat(path).catch(() => null);
    if (!info) {
      if (named) n += 1; // a missing named path still yields one (failed) result
      return true;
    }
    if (info.isDirectory()) {
      const entries = await readdir(path).catch(() => [] as string[]);
      for (const name of entries) if (!(await visit(join(path, name), false))) return false;
      return true;
    }
    const name = path.split(/[\\/]/).pop() ?? "";
    const ext = extname(name).toLowerCase();
    if (!named && (name.startsWith(".") || FOLDER_DOCS.test(name) || !ARTICLE_EXT.has(ext))) return true;
    if (RECORD_EXT.has(ext)) return false;
    n += 1;
    return true;
  };
  for (const p of paths) {
    if (p === "-") return undefined;
    if (!(await visit(p, true))) return undefined;
  }
  return n;
}

export function progressLine(
  label: string,
  total: number | undefined,
  enabled = process.stderr.isTTY,
): ProgressLine {
  let done = 0;
  let current = "";
  let shown = false;
  const line = (): string => {
    const file = current.length > 40 ? `…${current.slice(-39)}` : current;
    if (!total) return `${label} ${done} ${file}`;
    const filled = Math.round((WIDTH * Math.min(done, total)) / total);
    return `${label} ${"█".repeat(filled)}${"░".repeat(WIDTH - filled)} ${done}/${total} ${file}`;
  };
  const erase = (): void => {
    if (shown) process.stderr.write("\r\x1b[2K");
    shown = false;
  };
  const draw = (): void => {
    if (!enabled) return;
    erase();
    process.stderr.write(line().slice(0, Math.max(20, (process.stderr.columns ?? 80) - 1)));
    shown = true;
  };
  return {
    tick(label = "") {
      done += 1;
      current = label;
      draw();
    },
    print(stream, text) {
      this.around(() => process[stream].write(text));
    },
    around(write) {
      if (enabled) erase();
      write();
      if (enabled && done > 0) draw();
    },
    stop() {
      if (enabled) erase();
    },
  };
}
