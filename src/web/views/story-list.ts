/**
 * @module
 * The story list: newest first, with word search and filters for language, outlet and date
 * range. Filters live in the form state and are sent to /api/stories on submit or change.
 */
import { html } from "htm/preact";
import { useEffect, useMemo, useState } from "preact/hooks";
import type { StoryRecord } from "../../core/records.js";
import { listStories, type StoryQuery } from "../api.js";
import { isUsableHeadline } from "../title.js";
import { searchHref } from "./search-page.js";

export function StoryList() {
  const [query, setQuery] = useState<StoryQuery>({});
  const [draft, setDraft] = useState<StoryQuery>({});
  const [all, setAll] = useState<StoryRecord[]>([]);
  const [result, setResult] = useState<{ total: number; stories: StoryRecord[] } | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    listStories({})
      .then((r) => setAll(r.stories))
      .catch(() => {});
  }, []);
  useEffect(() => {
    setError(null);
    listStories(query)
      .then(setResult)
      .catch((e: Error) => setError(e.message));
  }, [query]);

  const languages = useMemo(() => [...new Set(all.flatMap((s) => s.languages))].sort(), [all]);
  const outlets = useMemo(() => [...new Set(all.flatMap((s) => s.outlets))].sort(), [all]);
  const field = (k: keyof StoryQuery) => (e: Event) =>
    setDraft({ ...draft, [k]: (e.currentTarget as HTMLInputElement).value || undefined });
  const pick = (k: keyof StoryQuery) => (e: Event) => {
    const next = { ...draft, [k]: (e.currentTarget as HTMLSelectElement).value || undefined };
    setDraft(next);
    setQuery(next);
  };

  return html`
    <h1>Stories</h1>
    <form
      class="filters"
      role="search"
      onSubmit=${(e: Event) => {
        e.preventDefault();
        setQuery(draft);
      }}
    >
      <label>Search <input type="search" name="q" value=${draft.q ?? ""} onInput=${field("q")} /></label>
      <label
        >Language
        <select name="language" onChange=${pick("language")}>
          <option value="">any</option>
          ${languages.map((l) => html`<option value=${l} selected=${draft.language === l}>${l}</option>`)}
        </select></label
      >
      <label
        >Outlet
        <select name="outlet" onChange=${pick("outlet")}>
          <option value="">any</option>
          ${outlets.map((o) => html`<option value=${o} selected=${draft.outlet === o}>${o}</option>`)}
        </select></label
      >
      <label>From <input type="date" name="from" value=${draft.from ?? ""} onChange=${pick("from")} /></label>
      <label>To <input type="date" name="to" value=${draft.to ?? ""} onChange=${pick("to")} /></label>
      <button type="submit">Search</button>
    </form>
    ${error && html`<p class="error" role="alert">${error}</p>`}
    ${
      result &&
      html`<p class="muted" aria-live="polite">${result.total} ${result.total === 1 ? "story" : "stories"}${
        query.q
          ? html` · <a href=${searchHref(query.q, query.language)}>search articles for “${query.q}”</a>`
          : ""
      }</p>
      <ol class="stories">
        ${result.stories.map(
          (s) => html`<li class="story-card">
            <a href=${`#/story/${encodeURIComponent(s.id)}`}>${isUsableHeadline(s.title) ? s.title : "Untitled story"}</a>
            <div class="meta">
              <span>${s.articleCount} article${s.articleCount === 1 ? "" : "s"}</span>
              <span>${s.outlets.join(", ")}</span>
              <span>${s.languages.join(", ")}</span>
              <span>${dateRange(s.firstPublished, s.lastPublished)}</span>
            </div>
          </li>`,
        )}
      </ol>`
    }
  `;
}

function dateRange(first: string | null, last: string | null): string {
  const a = first?.slice(0, 10);
  const b = last?.slice(0, 10);
  if (!a && !b) return "date unknown";
  return a === b || !b ? (a ?? "") : `${a ?? "?"} – ${b}`;
}
