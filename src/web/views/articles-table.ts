/**
 * @module
 * The story's articles as a table: headline, outlet, language, publication date, origin group
 * with the wire agencies credited, copy group and a link to the original. Columns sort on click;
 * a text box and a language menu filter the rows (the first twenty are shown, the rest on demand).
 * A headline opens the article in the source panel. The static page lists every row, in
 * publication order, with neither sorting nor filters (they need a script).
 */
import { html } from "htm/preact";
import { useMemo, useState } from "preact/hooks";
import type { DossierArticle } from "../../core/dossier.js";
import { articleLabel, safeHref } from "../format.js";
import { usePageMode } from "./page-mode.js";
import { useShowMore } from "./show-more.js";
import { SourceButton } from "./source-button.js";
import { copyGroups, originGroup } from "./story-stats.js";
import type { SectionProps } from "./types.js";

type Column = "title" | "outlet" | "language" | "published" | "origin" | "copy";

const COLUMNS: readonly [Column, string][] = [
  ["title", "Headline"],
  ["outlet", "Outlet"],
  ["language", "Language"],
  ["published", "Published"],
  ["origin", "Origin"],
  ["copy", "Copy group"],
];

export function ArticlesTable({ dossier, open }: SectionProps) {
  const [sort, setSort] = useState<{ by: Column; desc: boolean }>({ by: "published", desc: false });
  const [text, setText] = useState("");
  const [language, setLanguage] = useState("");
  const copies = useMemo(() => copyGroups(dossier.articles), [dossier]);
  const live = !usePageMode().static;
  const value = (a: DossierArticle, c: Column): string => {
    if (c === "title") return a.title ?? "";
    if (c === "outlet") return articleLabel(a);
    if (c === "language") return a.language ?? "";
    if (c === "published") return a.published.value ?? "";
    if (c === "origin") return originGroup(a);
    const g = copies.get(a.id);
    return g === undefined ? "" : String(g).padStart(4, "0");
  };
  const languages = [...new Set(dossier.articles.map((a) => a.language ?? "unknown"))].sort();
  const needle = text.trim().toLocaleLowerCase();
  const rows = dossier.articles
    .filter((a) => !language || (a.language ?? "unknown") === language)
    .filter(
      (a) =>
        !needle ||
        COLUMNS.some(([c]) => value(a, c).toLocaleLowerCase().includes(needle)) ||
        a.agencies.some((g) => g.toLocaleLowerCase().includes(needle)),
    )
    .sort((a, b) => {
      const x = value(a, sort.by);
      const y = value(b, sort.by);
      // Empty values (undated, no copy group) go last whichever way the column sorts.
      if (!x !== !y) return x ? -1 : 1;
      return (sort.desc ? -1 : 1) * x.localeCompare(y);
    });
  // A 50-article story's full table would push every other section a screen further down.
  const { shown, button } = useShowMore(rows, 20);
  const header = ([c, label]: [Column, string]) => {
    const active = sort.by === c;
    if (!live) return html`<th scope="col" key=${c}>${label}</th>`;
    return html`<th scope="col" key=${c} aria-sort=${active ? (sort.desc ? "descending" : "ascending") : "none"}>
      <button type="button" class="sort" onClick=${() => setSort({ by: c, desc: active ? !sort.desc : false })}>
        ${label}${active ? (sort.desc ? " ▼" : " ▲") : ""}
      </button>
    </th>`;
  };
  return html`<section id="sec-articles" tabindex="-1" aria-labelledby="h-articles">
    <h2 id="h-articles">Articles</h2>
    ${
      live &&
      html`<div class="filters table-filters">
      <label>Filter <input type="search" name="article-filter" value=${text}
        onInput=${(e: Event) => setText((e.currentTarget as HTMLInputElement).value)} /></label>
      <label>Language
        <select name="article-language" onChange=${(e: Event) => setLanguage((e.currentTarget as HTMLSelectElement).value)}>
          <option value="">any</option>
          ${languages.map((l) => html`<option value=${l} key=${l}>${l}</option>`)}
        </select></label>
      <span class="muted" aria-live="polite">${rows.length} of ${dossier.articles.length} articles</span>
    </div>`
    }
    <div class="scroll-x"><table class="articles">
      <thead><tr>${COLUMNS.map(header)}<th scope="col">Original</th></tr></thead>
      <tbody>
        ${shown.map((a) => {
          const href = safeHref(a.url);
          const copy = copies.get(a.id);
          return html`<tr key=${a.id}>
            <th scope="row">
              <${SourceButton} class="headline" article=${a.id} onClick=${() => open({ article: a.id, label: a.title ?? articleLabel(a) })}>
                ${a.title ?? "(no headline)"}
              <//>
            </th>
            <td>${articleLabel(a)}</td>
            <td>${a.language ?? "?"}</td>
            <td>${a.published.value ?? "unknown"}${a.published.basis === "inferred" ? html` <span class="badge" title="inferred from the text">inferred</span>` : ""}</td>
            <td>${originGroup(a)}${a.agencies.length > 0 && html`<div class="muted">credits ${a.agencies.join(", ")}</div>`}</td>
            <td>${copy === undefined ? html`<span class="muted">—</span>` : `copy ${copy}`}</td>
            <td>${href ? html`<a href=${href} rel="noopener noreferrer nofollow" target="_blank">original</a>` : html`<span class="muted">—</span>`}</td>
          </tr>`;
        })}
      </tbody>
    </table></div>
    ${button}
  </section>`;
}
