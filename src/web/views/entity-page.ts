/**
 * @module
 * An entity across the archive (`#/entity/<type:name>`): its aliases and type, the stories it
 * appears in (most mentioned first), what it said, and the entities it appears with, each of
 * which links to its own page.
 */
import { html } from "htm/preact";
import { useEffect, useState } from "preact/hooks";
import { type EntityProfile, getEntity } from "../api.js";
import { unquoted } from "./quotes.js";

export const entityHref = (key: string): string => `#/entity/${encodeURIComponent(key)}`;

export function EntityPage({ id }: { id: string }) {
  const [entity, setEntity] = useState<EntityProfile | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    getEntity(id)
      .then((e) => {
        setEntity(e);
        document.title = `${e.name} · kabar`;
      })
      .catch((e: Error) => setError(e.message));
  }, [id]);
  if (error) return html`<p class="error" role="alert">${error}</p><a href="#/">← all stories</a>`;
  if (!entity) return html`<p class="muted" aria-busy="true">Loading…</p>`;
  const titles = new Map(entity.stories.map((s) => [s.id, s.title]));
  return html`<div class="entity-page">
    <nav class="crumbs"><a href="#/">← all stories</a></nav>
    <h1>${entity.name}</h1>
    <p class="muted">
      <span class="badge">${entity.type}</span>
      ${entity.aliases.length > 0 ? ` also written ${entity.aliases.join(", ")}` : " no other spellings"}
      · ${entity.stories.length} stor${entity.stories.length === 1 ? "y" : "ies"}
    </p>
    <section id="sec-entity-stories" aria-labelledby="h-entity-stories">
      <h2 id="h-entity-stories">Stories</h2>
      <ol class="stories">
        ${entity.stories.map(
          (s) => html`<li class="story-card" key=${s.id}>
            <a href=${`#/story/${encodeURIComponent(s.id)}`}>${s.title ?? "Untitled story"}</a>
            <div class="meta"><span>${s.mentions} mention${s.mentions === 1 ? "" : "s"}</span>
              <span>${s.articles} article${s.articles === 1 ? "" : "s"}</span></div>
          </li>`,
        )}
      </ol>
    </section>
    <section id="sec-entity-quotes" aria-labelledby="h-entity-quotes">
      <h2 id="h-entity-quotes">Quotes</h2>
      ${entity.quotes.length === 0 && html`<p class="muted">No quotes attributed.</p>`}
      <ul class="entity-quotes">
        ${entity.quotes.map(
          (q, i) => html`<li key=${i}>
            <span class=${`quote-text ${q.direct ? "direct" : "reported"}`}>${q.direct ? `“${unquoted(q.text)}”` : q.text}</span>
            <span class="muted"> — ${q.outlet ?? q.article}${q.direct ? "" : " (reported)"}, in
              <a href=${`#/story/${encodeURIComponent(q.story)}`}>${titles.get(q.story) ?? "a story"}</a></span>
          </li>`,
        )}
      </ul>
    </section>
    <section id="sec-entity-related" aria-labelledby="h-entity-related">
      <h2 id="h-entity-related">Appears with</h2>
      ${entity.related.length === 0 && html`<p class="muted">No other entities in the same articles.</p>`}
      <ul class="related">
        ${entity.related.map(
          (r) => html`<li key=${r.key}><a href=${entityHref(r.key)}>${r.name}</a>
            <span class="muted"> ${r.type} · ${r.stories} stor${r.stories === 1 ? "y" : "ies"}, ${r.mentions} mentions</span></li>`,
        )}
      </ul>
    </section>
  </div>`;
}
