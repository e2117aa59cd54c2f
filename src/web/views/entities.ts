/**
 * @module
 * Entities with their mention and article counts, most mentioned first; a name opens its first
 * mention, the count button steps through the others, and "across stories" opens the entity's
 * page (#/entity/<type:name>).
 */
import { html } from "htm/preact";
import { useState } from "preact/hooks";
import type { DossierEntity } from "../../core/dossier.js";
import { usePageMode } from "./page-mode.js";
import { useShowMore } from "./show-more.js";
import { SourceButton } from "./source-button.js";
import type { SectionProps } from "./types.js";

export function Entities({ dossier, open }: SectionProps) {
  const [step, setStep] = useState<Record<string, number>>({});
  const live = !usePageMode().static;
  const sorted = [...dossier.entities].sort(
    (a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name),
  );
  const { shown, button } = useShowMore(sorted, 15);
  const show = (e: DossierEntity, n: number) => {
    const m = e.mentions[n % Math.max(1, e.mentions.length)];
    if (m) open({ ...m, label: e.name });
    setStep({ ...step, [e.id]: n + 1 });
  };
  return html`<section id="sec-entities" tabindex="-1" aria-labelledby="h-entities">
    <h2 id="h-entities">Entities</h2>
    ${
      sorted.length === 0
        ? html`<p class="muted">No entities.</p>`
        : html`<div class="scroll-x"><table class="entities">
          <thead><tr><th scope="col">Name</th><th scope="col">Type</th><th scope="col">Mentions</th><th scope="col">Articles</th></tr></thead>
          <tbody>
            ${shown.map(
              (e) => html`<tr key=${e.id}>
                <th scope="row">
                  <${SourceButton} class="entity" article=${e.mentions[0]?.article} start=${e.mentions[0]?.start} onClick=${() => show(e, 0)}
                    disabled=${e.mentions.length === 0}>${e.name}<//>
                  ${e.aliases.length > 0 && html`<span class="muted"> (${e.aliases.join(", ")})</span>`}
                  ${
                    // The entity's page is a route of the live UI, which the static page has not.
                    live &&
                    html`<a class="across" href=${`#/entity/${encodeURIComponent(`${e.type}:${e.name}`)}`}
                    aria-label=${`${e.name} across stories`}>across stories</a>`
                  }
                </th>
                <td>${e.type}</td>
                <td>
                  <${SourceButton} class="count-btn" label=${live ? `Next mention of ${e.name}` : undefined} article=${e.mentions[0]?.article}
                    start=${e.mentions[0]?.start} onClick=${() => show(e, step[e.id] ?? 0)} disabled=${e.mentions.length === 0}>${e.mentions.length}<//>
                </td>
                <td>${new Set(e.mentions.map((m) => m.article)).size}</td>
              </tr>`,
            )}
          </tbody>
        </table></div>
          ${button}`
    }
  </section>`;
}
