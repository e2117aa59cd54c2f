/**
 * @module
 * Coverage at a glance: one stacked bar each for outlets, origin groups and languages (a story
 * told by one agency through five outlets shows as one origin), and the attention chart, articles
 * per day, as plain SVG bars (a few dozen rectangles need no chart library). Every figure is also
 * in text, for screen readers and for readers who cannot tell the colours apart.
 */
import { html } from "htm/preact";
import { articleLabel, originColor } from "../format.js";
import { type Count, coverage, perDay } from "./story-stats.js";
import type { SectionProps } from "./types.js";

function Strip({ name, counts, total }: { name: string; counts: Count[]; total: number }) {
  return html`<div class="strip">
    <h3>${name} <span class="count">${counts.length}</span></h3>
    <div class="bar" role="img" aria-label=${`${name}: ${counts.map((c) => `${c.label} ${c.n}`).join(", ")}`}>
      ${counts.map(
        (c) => html`<span key=${c.label} class="seg" title=${`${c.label}: ${c.n}`}
          style=${`flex:${c.n};background:${originColor(c.label)}`}></span>`,
      )}
    </div>
    <ul class="strip-legend">
      ${counts.map(
        (
          c,
        ) => html`<li key=${c.label}><i style=${`background:${originColor(c.label)}`}></i>${c.label}${" "}<span
          class="muted">${c.n} (${Math.round((100 * c.n) / Math.max(1, total))}%)</span></li>`,
      )}
    </ul>
  </div>`;
}

export function Coverage({ dossier }: SectionProps) {
  const c = coverage(dossier.articles, (a) => articleLabel(a));
  const total = dossier.articles.length;
  return html`<section id="sec-coverage" tabindex="-1" aria-labelledby="h-coverage">
    <h2 id="h-coverage">Coverage</h2>
    <div class="strips">
      <${Strip} name="Outlets" counts=${c.outlets} total=${total} />
      <${Strip} name="Origins" counts=${c.origins} total=${total} />
      <${Strip} name="Languages" counts=${c.languages} total=${total} />
    </div>
    <${Attention} ...${{ dossier }} />
  </section>`;
}

function Attention({ dossier }: Pick<SectionProps, "dossier">) {
  const { days, undated } = perDay(dossier.articles);
  if (days.length === 0) return html`<p class="muted">No article is dated to the day.</p>`;
  const max = Math.max(...days.map((d) => d.n));
  // Bars fill about 600 px for a week-long story and stay readable for a three-month one.
  const w = Math.max(14, Math.min(64, Math.floor(600 / days.length)));
  const h = 80;
  const top = 14; // room for the count above the tallest bar
  const width = days.length * w;
  // A "MM-DD" label needs about 40 px.
  const labelEvery = Math.max(1, Math.ceil(40 / w));
  return html`<figure class="attention">
    <figcaption>Articles per day${undated > 0 ? html` <span class="muted">(${undated} not dated to the day)</span>` : ""}</figcaption>
    <div class="scroll-x">
      <svg class="attention-chart" viewBox=${`0 ${-top} ${width} ${h + top + 20}`} width=${width} height=${h + top + 20}
        role="img" aria-label=${`Articles per day: ${days.map((d) => `${d.label} ${d.n}`).join(", ")}`}>
        ${days.map((d, i) => {
          const bh = (h * d.n) / max;
          return html`<g key=${d.label} class="day">
            <title>${d.label}: ${d.n} article${d.n === 1 ? "" : "s"}</title>
            <rect x=${i * w + 3} y=${h - bh} width=${w - 6} height=${bh} />
            ${d.n > 0 && html`<text class="n" x=${i * w + w / 2} y=${h - bh - 3}>${d.n}</text>`}
            ${i % labelEvery === 0 && html`<text class="d" x=${i * w + w / 2} y=${h + 14}>${d.label.slice(5)}</text>`}
          </g>`;
        })}
      </svg>
    </div>
  </figure>`;
}
