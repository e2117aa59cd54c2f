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

/** Escapes Markdown control characters and HTML so text renders literally. */
export function escapeMarkdown(value: unknown): string {
  return escapeHtml(value)
    .replace(/([\\*_[\]#|!~])/g, "\\$1")
    .replace(/\n+/g, " ");
}
