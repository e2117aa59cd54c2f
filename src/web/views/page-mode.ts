/**
 * @module
 * Where the story views are drawn. In the live web UI, evidence buttons open the source panel,
 * long lists fold behind "Show all", tables sort and filter, and the timeline has its uPlot chart.
 * In the static page `kabar analyze --html` writes (the same views rendered to a string, where no
 * script will ever run), an evidence button becomes a link to its article's text further down the
 * page, every list is shown whole, and the controls that need a script are left out.
 */
import { type ComponentType, createContext } from "preact";
import { useContext } from "preact/hooks";
import type { TimelineEntry } from "../../core/dossier.js";

export interface TimelineChartProps {
  readonly entries: readonly TimelineEntry[];
  readonly onPick: (e: TimelineEntry) => void;
}

export interface PageMode {
  /** True in the static page: no script runs there. */
  readonly static: boolean;
  /** The timeline chart: the live UI passes it in, so the views never load uPlot on their own. */
  readonly TimelineChart?: ComponentType<TimelineChartProps>;
  /**
   * The static page's link target for evidence at `start` of an article (the page puts an anchor
   * there); without it, or without a start, links go to the article's text as a whole.
   */
  readonly anchor?: (article: string, start: number) => string;
}

export const PageModeContext = createContext<PageMode>({ static: false });

export const usePageMode = (): PageMode => useContext(PageModeContext);

/** The id of an article's text in the static page, which evidence links point at. */
export const articleAnchor = (article: string): string => `article-${article}`;
