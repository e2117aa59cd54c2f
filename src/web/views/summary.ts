/**
 * @module
 * The cited summary: each cited stretch of the summary is followed by buttons naming the articles
 * it rests on; a button opens that article.
 */
import { html } from "htm/preact";
import { articleLabel } from "../format.js";
import { SourceButton } from "./source-button.js";
import type { SectionProps } from "./types.js";

export function Summary({ dossier, articles, open }: SectionProps) {
  const { text, citations } = dossier.summary;
  const parts: unknown[] = [];
  let at = 0;
  for (const [i, c] of [...citations].sort((x, y) => x.start - y.start).entries()) {
    if (c.start < at) continue;
    parts.push(text.slice(at, c.end));
    const sentence = text.slice(c.start, c.end);
    parts.push(
      c.articles.map((k) => {
        const span = locate(articles.get(k)?.text ?? "", sentence);
        return html`<${SourceButton} class="cite" key=${`${i}-${k}`} title=${articleLabel(articles.get(k))} article=${k}
          start=${span.start} onClick=${() => open({ article: k, ...span, label: sentence })}>${k}<//>`;
      }),
    );
    at = c.end;
  }
  parts.push(text.slice(at));
  return html`<section id="sec-summary" tabindex="-1" aria-labelledby="h-summary">
    <h2 id="h-summary">Summary</h2>
    ${text ? html`<p class="summary">${parts}</p>` : html`<p class="muted">No summary.</p>`}
  </section>`;
}

/** Where a summary sentence stands in a cited article, when it was taken from it verbatim. */
export function locate(articleText: string, sentence: string): { start?: number; end?: number } {
  const needle = sentence.trim();
  const at = needle ? articleText.indexOf(needle) : -1;
  return at < 0 ? {} : { start: at, end: at + needle.length };
}
