/**
 * @module
 * The sections of a story's dossier, in page order, as the live story page and the static `--html`
 * page both draw them: their table of contents and the views. Each page adds what only it can
 * show (the live page its map, the static page the article texts).
 */
import { html } from "htm/preact";
import { ArticlesTable } from "./articles-table.js";
import { ClaimsMatrix } from "./claims-matrix.js";
import { Contradictions } from "./contradictions.js";
import { Coverage } from "./coverage.js";
import { Entities } from "./entities.js";
import { Quotes } from "./quotes.js";
import { Summary } from "./summary.js";
import { Timeline } from "./timeline.js";
import type { SectionProps } from "./types.js";

/** Section keys (`sec-<key>` ids) and titles, in page order. */
export const STORY_SECTIONS: readonly (readonly [string, string])[] = [
  ["summary", "Summary"],
  ["coverage", "Coverage"],
  ["articles", "Articles"],
  ["timeline", "Timeline"],
  ["quotes", "Who said what"],
  ["claims", "Claims"],
  ["contradictions", "Contradictions"],
  ["entities", "Entities"],
];

/** The dossier's sections, each view given the same props. */
export function StorySections(props: SectionProps) {
  return html`
    <${Summary} ...${props} />
    <${Coverage} ...${props} />
    <${ArticlesTable} ...${props} />
    <${Timeline} ...${props} />
    <${Quotes} ...${props} />
    <${ClaimsMatrix} ...${props} />
    <${Contradictions} ...${props} />
    <${Entities} ...${props} />
  `;
}
