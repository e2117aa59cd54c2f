/**
 * @module
 * JSON and JSONL article records, in kabar's plain shape (`text` or `html`, `title`, `url`,
 * `outlet`, `published`, `language`, `authors`) or news-please's (`maintext`, `date_publish`,
 * `source_domain`, `title`, `url`, `language`, `authors`).
 */
import type { ArticleMeta, RawArticle } from "../core/doc/document.js";
import { DomainError } from "../core/errors.js";
import { outletOfUrl } from "../lang/base/outlets.js";
import { extractHtml, normaliseIsoDate } from "./html.js";

type Rec = Record<string, unknown>;

const str = (v: unknown): string | undefined => (typeof v === "string" && v.trim() ? v.trim() : undefined);

/** Deepest nesting of arrays and objects accepted: real article records are a few levels deep. */
export const MAX_JSON_DEPTH = 64;

/** One record's outcome: the article, or a coded error naming the record by line or index. */
export type RecordResult =
  | { readonly ok: true; readonly article: RawArticle }
  | { readonly ok: false; readonly source: string; readonly error: DomainError };

/**
 * Parses a JSON document (one record or an array) or JSONL (one record per line) into one result
 * per record, so a broken line or a record of the wrong shape is reported by its line or index and
 * the rest of the file is still read (issue 13).
 */
export function readRecords(text: string, source: string): RecordResult[] {
  const trimmed = text.trim();
  if (!trimmed) throw new DomainError("E_INPUT_EMPTY", { path: source });
  if (trimmed.startsWith("[") || (trimmed.startsWith("{") && !/\}\s*\n\s*\{/.test(trimmed))) {
    checkDepth(trimmed, "JSON", source);
    let data: unknown;
    try {
      data = JSON.parse(trimmed);
    } catch (err) {
      throw new DomainError("E_INPUT_MALFORMED", {
        format: "JSON",
        detail: (err as Error).message,
        path: source,
      });
    }
    const records = Array.isArray(data) ? data : [data];
    return records.map((rec, i) =>
      toResult(() => recordToArticle(rec, records.length > 1 ? `${source}#${i + 1}` : source)),
    );
  }
  const lines = trimmed.split("\n");
  const results: RecordResult[] = [];
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    const name = `${source}#${i + 1}`;
    results.push(
      toResult(() => {
        checkDepth(line, "JSONL", name);
        let rec: unknown;
        try {
          rec = JSON.parse(line);
        } catch (err) {
          throw new DomainError("E_INPUT_MALFORMED", {
            format: "JSONL",
            detail: `line ${i + 1}: ${(err as Error).message}`,
            path: source,
          });
        }
        return recordToArticle(rec, name);
      }),
    );
  });
  return results;
}

/** Parses records, all or nothing: the first bad record's error is thrown. */
export function parseRecords(text: string, source: string): RawArticle[] {
  return readRecords(text, source).map((r) => {
    if (!r.ok) throw r.error;
    return r.article;
  });
}

function toResult(read: () => RawArticle): RecordResult {
  try {
    return { ok: true, article: read() };
  } catch (err) {
    if (!(err instanceof DomainError)) throw err;
    return { ok: false, source: String(err.data.path ?? ""), error: err };
  }
}

/**
 * Refuses JSON nested deeper than {@link MAX_JSON_DEPTH} before parsing it: a linear scan that
 * skips strings, so a hostile file costs one pass, never a deep recursion later.
 */
function checkDepth(text: string, format: string, source: string): void {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92)
        i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      if (++depth > MAX_JSON_DEPTH) {
        throw new DomainError("E_INPUT_MALFORMED", {
          format,
          detail: `nested deeper than ${MAX_JSON_DEPTH} levels`,
          path: source,
        });
      }
    } else if (c === 93 || c === 125) depth--;
  }
}

export function recordToArticle(value: unknown, source: string): RawArticle {
  if (!value || typeof value !== "object" || Array.isArray(value)) {
    throw new DomainError("E_INPUT_MALFORMED", {
      format: "JSON",
      detail: "a record is not an object",
      path: source,
    });
  }
  const rec = value as Rec;
  let body = str(rec.text) ?? str(rec.maintext) ?? str(rec.content) ?? str(rec.body);
  let hints: Partial<ArticleMeta> = {};
  const html = str(rec.html);
  if (!body && html) {
    const extracted = extractHtml(html, str(rec.url));
    body = extracted.text;
    hints = extracted.hints;
  }
  if (!body) throw new DomainError("E_INPUT_NO_TEXT", { path: source });
  const published = str(rec.published) ?? str(rec.date_publish) ?? str(rec.datePublished) ?? str(rec.date);
  const authors = Array.isArray(rec.authors)
    ? rec.authors.filter((a): a is string => typeof a === "string")
    : undefined;
  const title = str(rec.title);
  const domain = str(rec.source_domain);
  const outlet =
    str(rec.outlet) ?? str(rec.site_name) ?? (domain ? (outletOfUrl(domain)?.name ?? domain) : undefined);
  const url = str(rec.url);
  const language = str(rec.language);
  const publishedValue = published ? normaliseIsoDate(published.replace(" ", "T")) : null;
  return {
    source,
    // The container's title travels as a hint: cleaning drops a body line that repeats it.
    raw: body,
    format: "json",
    hints: {
      ...hints,
      ...(title ? { title } : {}),
      ...(outlet ? { outlet } : {}),
      ...(url ? { url } : {}),
      ...(language ? { language } : {}),
      ...(authors?.length ? { authors } : {}),
      ...(publishedValue ? { published: { value: publishedValue, basis: "stated" as const } } : {}),
    },
  };
}
