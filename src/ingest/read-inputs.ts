/**
 * @module
 * Reads the inputs a user names (files, folders walked recursively, `-` for standard input) and
 * yields one result per article: the article, or a coded error naming the file. A bad file never
 * stops the run.
 */
import { open, readdir, stat } from "node:fs/promises";
import { extname, join } from "node:path";
import type { RawArticle } from "../core/doc/document.js";
import { DomainError, isDomainError } from "../core/errors.js";
import { decodeText } from "./decode.js";
import { extractHtml } from "./html.js";
import { analysisCut, truncationNotice } from "./limits.js";
import { parseRecords, readRecords } from "./records.js";

export type IngestResult =
  | {
      readonly ok: true;
      readonly article: RawArticle;
      /** A warning to show beside the article (e.g. it is too long to analyse whole). */
      readonly notice?: string;
    }
  | { readonly ok: false; readonly source: string; readonly error: DomainError };

export interface ReadOptions {
  /** Largest file accepted, in bytes. */
  readonly maxBytes: number;
}

const TEXT_EXT = new Set([".txt", ".text", ""]);
const HTML_EXT = new Set([".html", ".htm", ".xhtml"]);
const JSON_EXT = new Set([".json", ".jsonl", ".ndjson"]);

/** Files that describe a folder rather than hold an article. */
const FOLDER_DOCS = /^(?:readme|license|licence|notice|changelog|copying|authors)(?:\.[a-z]+)?$/i;

/**
 * Whether a file found while walking a folder is one kabar reads. Named files are always read,
 * whatever their ending; a walk takes article formats only, and skips a folder's README.
 */
function isArticleFile(name: string): boolean {
  if (name.startsWith(".") || FOLDER_DOCS.test(name)) return false;
  const ext = extname(name).toLowerCase();
  return TEXT_EXT.has(ext) || HTML_EXT.has(ext) || JSON_EXT.has(ext);
}

export async function* readInputs(
  paths: readonly string[],
  options: ReadOptions,
): AsyncGenerator<IngestResult> {
  for (const path of paths) {
    if (path === "-") {
      let bytes: Uint8Array;
      try {
        bytes = await readStdin(options.maxBytes);
      } catch (err) {
        if (!isDomainError(err)) throw err;
        yield { ok: false, source: "-", error: err };
        continue;
      }
      yield* fromBytes("-", bytes, "stdin");
      continue;
    }
    let info: Awaited<ReturnType<typeof stat>>;
    try {
      info = await stat(path);
    } catch {
      yield { ok: false, source: path, error: new DomainError("E_INPUT_NOT_FOUND", { path }) };
      continue;
    }
    if (info.isDirectory()) yield* walk(path, options);
    else yield* readOne(path, info.size, options);
  }
}

async function* walk(dir: string, options: ReadOptions): AsyncGenerator<IngestResult> {
  let entries: import("node:fs").Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (err) {
    yield {
      ok: false,
      source: dir,
      error: new DomainError("E_INPUT_UNREADABLE", { path: dir, detail: (err as Error).message }),
    };
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!entry.name.startsWith(".") && entry.name !== "node_modules") yield* walk(path, options);
    } else if (entry.isFile() && isArticleFile(entry.name)) {
      const info = await stat(path).catch(() => null);
      if (info) yield* readOne(path, info.size, options);
    }
  }
}

async function* readOne(path: string, size: number, options: ReadOptions): AsyncGenerator<IngestResult> {
  if (size === 0) {
    yield { ok: false, source: path, error: new DomainError("E_INPUT_EMPTY", { path }) };
    return;
  }
  if (size > options.maxBytes) {
    yield {
      ok: false,
      source: path,
      error: new DomainError("E_INPUT_TOO_LARGE", { path, size, limit: options.maxBytes }),
    };
    return;
  }
  let bytes: Uint8Array;
  try {
    const handle = await open(path, "r");
    try {
      bytes = new Uint8Array(size);
      await handle.read(bytes, 0, size, 0);
    } finally {
      await handle.close();
    }
  } catch (err) {
    yield {
      ok: false,
      source: path,
      error: new DomainError("E_INPUT_UNREADABLE", { path, detail: (err as Error).message }),
    };
    return;
  }
  yield* fromBytes(path, bytes, formatOf(path));
}

function formatOf(path: string): "text" | "html" | "json" {
  const ext = extname(path).toLowerCase();
  if (HTML_EXT.has(ext)) return "html";
  if (JSON_EXT.has(ext)) return "json";
  return "text";
}

function* fromBytes(
  source: string,
  bytes: Uint8Array,
  format: RawArticle["format"],
): Generator<IngestResult> {
  let results: IngestResult[];
  try {
    results = toResults(source, decodeText(bytes, source), format);
  } catch (err) {
    // A bug or a blown stack in one file's parsing fails that file, by name, and never the batch.
    const error = isDomainError(err)
      ? err
      : new DomainError("E_ANALYSIS_FAILED", { path: source, detail: describeBug(err) }, { cause: err });
    results = [{ ok: false, source, error }];
  }
  yield* results;
}

/**
 * One result per article in decoded text: a JSON file's records each succeed or fail on their own
 * (issue 13), and an article too long to analyse whole carries a notice saying what is kept.
 */
export function toResults(source: string, text: string, format: RawArticle["format"]): IngestResult[] {
  const results: IngestResult[] = isJson(text, format)
    ? readRecords(text, source)
    : toArticles(source, text, format).map((article) => ({ ok: true, article }));
  return results.map((r) => {
    if (!r.ok) return r;
    const kept = analysisCut(r.article.raw);
    return kept < r.article.raw.length
      ? { ...r, notice: truncationNotice(r.article.source, r.article.raw.length, kept) }
      : r;
  });
}

/** One line saying what went wrong: the message, never the stack. */
function describeBug(err: unknown): string {
  const e = err as Error;
  return `${e?.name ?? "Error"}: ${String(e?.message ?? err)
    .split("\n", 1)[0]!
    .slice(0, 200)}`;
}

function isJson(text: string, format: RawArticle["format"]): boolean {
  const head = text.trimStart().slice(0, 200).toLowerCase();
  if (format === "html" || head.startsWith("<!doctype html") || head.startsWith("<html")) return false;
  return (
    format === "json" ||
    ((format === "stdin" || format === "text") && /^[[{]/.test(head) && looksLikeJson(text))
  );
}

/** Turns decoded text into articles, sniffing HTML and JSON when the name does not say. */
export function toArticles(source: string, text: string, format: RawArticle["format"]): RawArticle[] {
  const head = text.trimStart().slice(0, 200).toLowerCase();
  if (!text.trim()) throw new DomainError("E_INPUT_EMPTY", { path: source });
  if (format === "html" || head.startsWith("<!doctype html") || head.startsWith("<html")) {
    const { text: body, hints } = extractHtml(text, /^https?:/.test(source) ? source : undefined);
    if (!body.trim()) throw new DomainError("E_INPUT_NO_TEXT", { path: source });
    return [{ source, raw: body, format: "html", hints }];
  }
  if (isJson(text, format)) return parseRecords(text, source);
  return [{ source, raw: text, format: format === "stdin" ? "stdin" : "text", hints: {} }];
}

function looksLikeJson(text: string): boolean {
  const first = text.trimStart().split("\n", 1)[0] ?? "";
  try {
    JSON.parse(first);
    return true;
  } catch {
    try {
      JSON.parse(text);
      return true;
    } catch {
      return false;
    }
  }
}

async function readStdin(maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of process.stdin) {
    total += (chunk as Buffer).length;
    if (total > maxBytes)
      throw new DomainError("E_INPUT_TOO_LARGE", { path: "-", size: total, limit: maxBytes });
    chunks.push(chunk as Buffer);
  }
  return new Uint8Array(Buffer.concat(chunks));
}
