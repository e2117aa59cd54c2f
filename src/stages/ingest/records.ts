/**
 * @module
 * JSON and JSONL article records, in kabar's plain shape (`text` or `html`, `title`, `url`,
 * `outlet`, `published`, `language`, `authors`) or news-please's (`maintext`, `date_publish`,
 * `source_domain`, `title`, `url`, `language`, `authors`).
 */
import type { ArticleMeta, RawArticle } from "../../core/doc/document.js";
import { DomainError } from "../../core/errors.js";
import { outletOfUrl } from "../../lang/base/outlets.js";
import { extractHtml, normaliseIsoDate } from "./html.js";

type Rec = Record<string, unknown>;

const str = (v: unknown): string | undefined => (typeof v === "string" && v.trim() ? v.trim() : undefined);

/** Parses a JSON document (one record or an array) or JSONL (one record per line). */
export function parseRecords(text: string, source: string): RawArticle[] {
  const trimmed = text.trim();
  if (!trimmed) throw new DomainError("E_INPUT_EMPTY", { path: source });
  let records: unknown[];
  if (trimmed.startsWith("[") || (trimmed.startsWith("{") && !/\}\s*\n\s*\{/.test(trimmed))) {
    try {
      const data: unknown = JSON.parse(trimmed);
      records = Array.isArray(data) ? data : [data];
    } catch (err) {
      throw new DomainError("E_INPUT_MALFORMED", {
        format: "JSON",
        detail: (err as Error).message,
        path: source,
      });
    }
  } else {
    records = trimmed.split("\n").flatMap((line, i) => {
      if (!line.trim()) return [];
      try {
        return [JSON.parse(line) as unknown];
      } catch (err) {
        throw new DomainError("E_INPUT_MALFORMED", {
          format: "JSONL",
          detail: `line ${i + 1}: ${(err as Error).message}`,
          path: source,
        });
      }
    });
  }
  return records.map((rec, i) => recordToArticle(rec, records.length > 1 ? `${source}#${i + 1}` : source));
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
