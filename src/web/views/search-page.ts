/**
 * @module
 * Article search (`#/search?q=…&language=…`): ranked hits with the matching passage, the article's
 * language and outlet, and links to its story. The snippet marks matches with [ and ] (SQLite's
 * snippet()); they become <mark> elements built as nodes, never parsed from the text.
 */
import { html } from "htm/preact";
import { useEffect, useState } from "preact/hooks";
import { type SearchHit, searchArticles } from "../api.js";

export function searchHref(q: string, language?: string): string {
  const p = new URLSearchParams({ q });
  if (language) p.set("language", language);
  return `#/search?${p}`;
}

/** "a [gempa] di [Banten]" → text and marked parts, in order. */
export function snippetParts(snippet: string): { text: string; hit: boolean }[] {
  const parts: { text: string; hit: boolean }[] = [];
  const re = /\[([^[\]]+)\]/g;
  let at = 0;
  for (let m = re.exec(snippet); m; m = re.exec(snippet)) {
    if (m.index > at) parts.push({ text: snippet.slice(at, m.index), hit: false });
    parts.push({ text: m[1] ?? "", hit: true });
    at = m.index + m[0].length;
  }
  if (at < snippet.length) parts.push({ text: snippet.slice(at), hit: false });
  return parts;
}

export function SearchPage({ q, language }: { q: string; language?: string }) {
  const [draft, setDraft] = useState(q);
  const [hits, setHits] = useState<SearchHit[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setHits(null);
    setError(null);
    document.title = `${q ? `${q} · ` : ""}search · kabar`;
    if (!q.trim()) {
      setHits([]);
      return;
    }
    searchArticles(q, language)
      .then((r) => setHits(r.hits))
      .catch((e: Error) => setError(e.message));
  }, [q, language]);
  return html`<div class="search-page">
    <nav class="crumbs"><a href="#/">← all stories</a></nav>
    <h1>Search articles</h1>
    <form class="filters" role="search" onSubmit=${(e: Event) => {
      e.preventDefault();
      location.hash = searchHref(draft, language);
    }}>
      <label>Words <input type="search" name="q" value=${draft}
        onInput=${(e: Event) => setDraft((e.currentTarget as HTMLInputElement).value)} /></label>
      <button type="submit">Search</button>
    </form>
    ${error && html`<p class="error" role="alert">${error}</p>`}
    ${!hits && !error && html`<p class="muted" aria-busy="true">Searching…</p>`}
    ${hits && q.trim() && html`<p class="muted" aria-live="polite">${hits.length === 0 ? "No matches" : `${hits.length} match${hits.length === 1 ? "" : "es"}`}</p>`}
    ${
      hits &&
      html`<ol class="hits">
        ${hits.map(
          (h) => html`<li class="hit" key=${h.article.id}>
            <div class="hit-head">
              ${
                h.article.storyId
                  ? html`<a href=${`#/story/${encodeURIComponent(h.article.storyId)}`}>${h.article.title ?? "(no headline)"}</a>`
                  : html`<span>${h.article.title ?? "(no headline)"}</span>`
              }
              <span class="badge lang" title="language">${h.article.language ?? "?"}</span>
            </div>
            <p class="snippet">${snippetParts(h.snippet).map((p, i) => (p.hit ? html`<mark key=${i}>${p.text}</mark>` : p.text))}</p>
            <div class="meta muted">${h.article.outlet ?? h.article.source} · ${h.article.published?.slice(0, 10) ?? "date unknown"}</div>
          </li>`,
        )}
      </ol>`
    }
  </div>`;
}
