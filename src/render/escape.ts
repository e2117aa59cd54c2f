/**
 * @module
 * Escaping for untrusted article text on its way into HTML and Markdown.
 */
const HTML_ESCAPES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
  "`": "&#96;",
};

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(value: unknown): string {
  return String(value ?? "").replace(/[&<>"'`]/g, (ch) => HTML_ESCAPES[ch]!);
}

/**
 * Escapes Markdown control characters and the HTML that Markdown would pass through (`<`, `&`),
 * so text renders literally; quotes stay as they are, to keep the report readable as plain text.
 */
export function escapeMarkdown(value: unknown): string {
  return String(value ?? "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/([\\*_[\]#|!~`])/g, "\\$1")
    .replace(/\n+/g, " ");
}
