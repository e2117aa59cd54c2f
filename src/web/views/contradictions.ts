/**
 * @module
 * Contradictions side by side: for each disputed topic, one column per competing value with the
 * outlets that report it and buttons opening each piece of evidence.
 */
import { html } from "htm/preact";
import { articleLabel } from "../format.js";
import { SourceButton } from "./source-button.js";
import type { SectionProps } from "./types.js";

export function Contradictions({ dossier, articles, open }: SectionProps) {
  return html`<section id="sec-contradictions" tabindex="-1" aria-labelledby="h-contradictions">
    <h2 id="h-contradictions">Contradictions</h2>
    ${dossier.contradictions.length === 0 && html`<p class="muted">No contradictions found.</p>`}
    ${dossier.contradictions.map(
      (c, i) => html`<div class="contradiction" key=${i}>
        <h3>${c.topic}${c.slot && html` <span class="badge">${c.slot}</span>`}</h3>
        <div class="sides">
          ${c.values.map(
            (v, j) => html`<div class="side" key=${j}>
              <p class="value">${v.value}</p>
              <p class="muted">${v.articles.map((k) => articleLabel(articles.get(k))).join(", ")}</p>
              <ul>
                ${v.evidence.map(
                  (ev, k) => html`<li key=${k}>
                    <${SourceButton} class="evidence-btn" article=${ev.article} start=${ev.start}
                      onClick=${() => open({ ...ev, label: `${c.topic}: ${v.value}` })}>“${ev.text}”<//>
                  </li>`,
                )}
              </ul>
            </div>`,
          )}
        </div>
      </div>`,
    )}
  </section>`;
}
