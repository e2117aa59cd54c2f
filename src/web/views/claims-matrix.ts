/**
 * @module
 * The claims × outlets matrix. A cell is filled when an outlet's article carries the claim and
 * is coloured by that article's origin, so wire copy shows at a glance: a row of one colour across
 * several outlets is one agency's story repeated, not independent confirmation. Cells also name
 * the origin in text, for readers who cannot tell the colours apart. Each claim says how many
 * independent origins carry it, and a claim resting on one origin is marked "single source".
 */
import { html } from "htm/preact";
import { articleLabel, originColor } from "../format.js";
import { useShowMore } from "./show-more.js";
import { SourceButton } from "./source-button.js";
import type { SectionProps } from "./types.js";

export function ClaimsMatrix({ dossier, articles, open }: SectionProps) {
  const outlets = [...new Set(dossier.articles.map((a) => articleLabel(a)))];
  const origins = [...new Set(dossier.articles.flatMap((a) => a.origins))].sort();
  // Best-supported claims first: the rows a reader checks before the one-source ones.
  const claims = [...dossier.claims].sort(
    (a, b) => b.origins.length - a.origins.length || b.articles.length - a.articles.length,
  );
  const { shown, button } = useShowMore(claims, 12);
  return html`<section id="sec-claims" tabindex="-1" aria-labelledby="h-claims">
    <h2 id="h-claims">Claims × outlets</h2>
    ${
      dossier.claims.length === 0
        ? html`<p class="muted">No claims.</p>`
        : html`<p class="legend">
            ${origins.map((o) => html`<span class="swatch" key=${o}><i style=${`background:${originColor(o)}`}></i>${o}</span>`)}
          </p>
          <div class="scroll-x">
            <table class="matrix">
              <thead>
                <tr>
                  <th scope="col">Claim</th>
                  <th scope="col">Corroboration</th>
                  ${outlets.map((o) => html`<th scope="col" key=${o}>${o}</th>`)}
                </tr>
              </thead>
              <tbody>
                ${shown.map(
                  (c) => html`<tr key=${c.id}>
                    <th scope="row">${c.what}</th>
                    <td class="corroboration" title=${c.origins.join(", ")}>
                      ${
                        (c.singleSource ?? c.origins.length < 2)
                          ? html`<span class="badge single">single source</span>`
                          : html`<span class="badge corroborated">${c.origins.length} independent origins</span>`
                      }
                      <div class="muted">${c.origins.join(", ")}</div>
                    </td>
                    ${outlets.map((o) => {
                      const key = c.articles.find((k) => articleLabel(articles.get(k)) === o);
                      if (!key) return html`<td key=${o} class="empty"></td>`;
                      const origin = articles.get(key)?.origins[0] ?? o;
                      const ev = c.evidence.find((e) => e.article === key);
                      return html`<td key=${o}>
                        <${SourceButton} class="cell" style=${`background:${originColor(origin)}`}
                          title=${`${o}: ${origin}`} article=${key} start=${ev?.start}
                          onClick=${() => open({ article: key, start: ev?.start, end: ev?.end, label: c.what })}>
                          ${origin}
                        <//>
                      </td>`;
                    })}
                  </tr>`,
                )}
              </tbody>
            </table>
          </div>
          ${button}`
    }
  </section>`;
}
