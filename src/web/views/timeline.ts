/**
 * @module
 * The timeline: a uPlot chart (one point per dated entry, its height the number of sources, hollow
 * when the text says it is only scheduled) above the list of entries, each with buttons for its
 * sources that open the evidence. Clicking a point opens that entry's first evidence. The chart and
 * list show the story's own window (around its articles' dates); background history the articles
 * recall (a treaty of 1945, a visit in 2019) is listed apart, collapsed, so it neither squeezes
 * the story's week into a sliver nor mixes with it. The chart (timeline-chart.ts) comes from the
 * page mode: the static page has none.
 */
import { html } from "htm/preact";
import type { DossierArticle, TimelineEntry } from "../../core/dossier.js";
import { articleLabel, dateValue } from "../format.js";
import { usePageMode } from "./page-mode.js";
import { SourceButton } from "./source-button.js";
import { inStoryWindow, storyWindow } from "./story-stats.js";
import type { SectionProps, Target } from "./types.js";

function Entries(props: {
  entries: readonly TimelineEntry[];
  articles: Map<string, DossierArticle>;
  open: (t: Target) => void;
  pick: (e: TimelineEntry) => void;
}) {
  const { entries, articles, open, pick } = props;
  return html`<ol class="timeline">
    ${entries.map(
      (e, i) => html`<li key=${i} class=${e.scheduled ? "scheduled" : ""}>
        <${SourceButton} class="date" article=${e.evidence[0]?.article} start=${e.evidence[0]?.start} onClick=${() => pick(e)}>${e.date}<//>
        <span class="what">${e.what}</span>
        ${e.scheduled && html`<span class="badge">scheduled</span>`}
        ${
          e.disputedDates &&
          e.disputedDates.length > 0 &&
          html`<span class="badge disputed" title="Other outlets give another day for this event; see Contradictions"
            >disputed: also ${e.disputedDates.join(", ")}</span
          >`
        }
        <span class="sources">
          ${e.evidence.map(
            (ev, j) => html`<${SourceButton} class="src" key=${j} article=${ev.article} start=${ev.start}
              onClick=${() => open({ ...ev, label: `${e.date}: ${e.what}` })}>${articleLabel(articles.get(ev.article))}<//>`,
          )}
        </span>
      </li>`,
    )}
  </ol>`;
}

export function Timeline({ dossier, articles, open }: SectionProps) {
  const { TimelineChart } = usePageMode();
  const span = storyWindow(dossier);
  const inWindow = (e: TimelineEntry): boolean => inStoryWindow(e.date, span);
  const own = dossier.timeline.filter(inWindow);
  const background = dossier.timeline.filter((e) => !inWindow(e));
  const entries = own.filter((e) => !Number.isNaN(dateValue(e.date)));
  const pick = (e: TimelineEntry) => {
    const ev = e.evidence[0];
    if (ev) open({ article: ev.article, start: ev.start, end: ev.end, label: `${e.date}: ${e.what}` });
  };
  const list = { articles, open, pick };
  return html`<section id="sec-timeline" tabindex="-1" aria-labelledby="h-timeline">
    <h2 id="h-timeline">Timeline</h2>
    ${
      entries.length === 0
        ? html`<p class="muted">No dated events in the story's own days.</p>`
        : TimelineChart && html`<${TimelineChart} entries=${entries} onPick=${pick} />`
    }
    ${own.length > 0 && html`<${Entries} entries=${own} ...${list} />`}
    ${
      background.length > 0 &&
      html`<details class="background">
        <summary>Background: ${background.length} earlier or later event${background.length === 1 ? "" : "s"} the articles recall</summary>
        <${Entries} entries=${background} ...${list} />
      </details>`
    }
  </section>`;
}
