/**
 * @module
 * The timeline's uPlot chart: one point per dated entry, its height the number of sources;
 * clicking a point opens that entry's first evidence. Only the live UI draws it (the story page
 * hands it to the views through the page mode), so rendering the views elsewhere never loads
 * uPlot or its stylesheet.
 */
import { html } from "htm/preact";
import { useEffect, useRef } from "preact/hooks";
import uPlot from "uplot";
import "uplot/dist/uPlot.min.css";
import { dateValue } from "../format.js";
import type { TimelineChartProps } from "./page-mode.js";

export function TimelineChart({ entries, onPick }: TimelineChartProps) {
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
