/**
 * @module
 * Who said what: quotes grouped by speaker (most quoted first), direct quotes in quotation marks,
 * reported speech marked as such; each quote opens its evidence.
 */
import { html } from "htm/preact";
import type { DossierQuote } from "../../core/dossier.js";
import { articleLabel } from "../format.js";
import { useShowMore } from "./show-more.js";
import { SourceButton } from "./source-button.js";
import type { SectionProps } from "./types.js";

export function Quotes({ dossier, articles, open }: SectionProps) {
  const groups = new Map<string, DossierQuote[]>();
  for (const q of dossier.quotes) {
    const who = q.speaker?.name ?? "Unattributed";
    groups.set(who, [...(groups.get(who) ?? []), q]);
  }
  const sorted = [...groups].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
  const { shown, button } = useShowMore(sorted, 8);
  return html`<section id="sec-quotes" tabindex="-1" aria-labelledby="h-quotes">
    <h2 id="h-quotes">Who said what</h2>
    ${sorted.length === 0 && html`<p class="muted">No quotes.</p>`}
    ${shown.map(
      ([who, qs]) => html`<div class="speaker" key=${who}>
        <h3>${who} <span class="count">${qs.length}</span></h3>
        <ul>
          ${qs.map(
            (q, i) => html`<li key=${i}>
              <${SourceButton} class=${`quote ${q.direct ? "direct" : "reported"}`} article=${q.article} start=${q.start}
                onClick=${() => open({ ...q, label: `${who}: ${q.text}` })}>
                ${q.direct ? `“${unquoted(q.text)}”` : q.text}
              <//>
              <span class="muted"> — ${articleLabel(articles.get(q.article))}${q.direct ? "" : " (reported)"}</span>
            </li>`,
          )}
        </ul>
      </div>`,
    )}
    ${button}
  </section>`;
}

/**
 * The quote's words without the quotation marks the extractor may have kept at its ends, so the
 * page's own marks are not doubled (`“"penganiayaan politik"”`).
 */
export function unquoted(text: string): string {
  return (
    text
      .trim()
      .replace(/^["'“”„‘’«»‹›「『]+/u, "")
      .replace(/["'“”„‘’«»‹›」』]+$/u, "")
      .trim() || text
  );
}
