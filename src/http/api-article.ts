/**
 * @module
 * An API request body to a raw article, under the same input rules as the command line (issue
 * 13): HTML is extracted, not stored as markup; an empty or whitespace-only text is refused with
 * E_INPUT_EMPTY; HTML with no article text with E_INPUT_NO_TEXT.
 */
import type { RawArticle } from "../core/doc/document.js";
import { DomainError } from "../core/errors.js";
import { toArticles } from "../ingest/read-inputs.js";

export interface ApiArticleBody {
  readonly text: string;
  readonly format: "text" | "html";
  readonly url?: string | undefined;
  readonly title?: string | undefined;
  readonly outlet?: string | undefined;
  readonly language?: string | undefined;
  readonly published?: string | undefined;
}

export function apiArticle(body: ApiArticleBody): RawArticle {
  const source = body.url ?? "api";
  if (!body.text.trim()) throw new DomainError("E_INPUT_EMPTY", { path: source });
  // Plain text stays as sent (no JSON sniffing: the field says it is text); HTML goes through the
  // same extraction as a saved page.
  const [read] =
    body.format === "html"
      ? toArticles(source, body.text, "html")
      : [{ source, raw: body.text, format: "text" as const, hints: {} }];
  if (!read) throw new DomainError("E_INPUT_NO_TEXT", { path: source });
  // The request's own fields win over what the page says, as a JSON record's do.
  return {
    ...read,
    hints: {
      ...read.hints,
      ...(body.url ? { url: body.url } : {}),
      ...(body.title ? { title: body.title } : {}),
      ...(body.outlet ? { outlet: body.outlet } : {}),
      ...(body.language ? { language: body.language } : {}),
      ...(body.published ? { published: { value: body.published, basis: "stated" as const } } : {}),
    },
  };
}
