/**
 * @module
 * The timeline: a uPlot chart (one point per dated entry, its height the number of sources, hollow
 * when the text says it is only scheduled) above the list of entries, each with buttons for its
 * sources that open the evidence. Clicking a point opens that entry's first evidence. The chart and
 * list show the story's own window (around its articles' dates); background history the articles
 * recall (a treaty of 1945, a visit in 2019) is listed apart, collapsed, so it neither squeezes
 * the story's week into a sliver nor mixes with it.
 */
import { html } from "htm/preact";
import { useEffect, useRef } from "preact/hooks";
import uPlot from "uplot";
import "uplot/dist/uPlot.min.css";
import type { DossierArticle, TimelineEntry } from "../../core/dossier.js";
import { articleLabel, dateValue } from "../format.js";
import { inStoryWindow, storyWindow } from "./story-stats.js";
import type { SectionProps, Target } from "./types.js";

function Chart({ entries, onPick }: { entries: TimelineEntry[]; onPick: (e: TimelineEntry) => void }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = box.current;
    if (!el || entries.length === 0) return;
    const xs = entries.map((e) => dateValue(e.date) / 1000);
    const ys = entries.map((e) => e.articles.length);
    const plot = new uPlot(
      {
        width: Math.max(280, el.clientWidth),
        height: 180,
        legend: { show: false },
        cursor: { points: { size: 12 }, drag: { x: false, y: false } },
        scales: { x: { time: true }, y: { range: [0, Math.max(...ys) + 1] } },
        axes: [{}, { label: "sources", size: 40 }],
        series: [
          {},
          {
            label: "sources",
            stroke: "#1f5fa8",
            width: 0,
            points: { show: true, size: 10, fill: "#1f5fa8" },
          },
        ],
      },
      [xs, ys],
      el,
    );
    const click = () => {
      const i = plot.cursor.idx;
      const entry = i == null ? undefined : entries[i];
      if (entry) onPick(entry);
    };
    plot.over.addEventListener("click", click);
    const resize = new ResizeObserver(() =>
      plot.setSize({ width: Math.max(280, el.clientWidth), height: 180 }),
    );
    resize.observe(el);
    return () => {
      resize.disconnect();
      plot.destroy();
    };
  }, [entries, onPick]);
  return html`<div class="chart" ref=${box} role="img" aria-label=${`Timeline chart of ${entries.length} dated entries`}></div>`;
}

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
        <button type="button" class="date" onClick=${() => pick(e)}>${e.date}</button>
        <span class="what">${e.what}</span>
        ${e.scheduled && html`<span class="badge">scheduled</span>`}
        <span class="sources">
          ${e.evidence.map(
            (ev, j) => html`<button type="button" class="src" key=${j}
              onClick=${() => open({ ...ev, label: `${e.date}: ${e.what}` })}>${articleLabel(articles.get(ev.article))}</button>`,
          )}
        </span>
      </li>`,
    )}
  </ol>`;
}

export function Timeline({ dossier, articles, open }: SectionProps) {
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
    ${entries.length === 0 ? html`<p class="muted">No dated events in the story's own days.</p>` : html`<${Chart} entries=${entries} onPick=${pick} />`}
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
