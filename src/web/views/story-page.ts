/**
 * @module
 * A story page: the cited summary, coverage (outlets, origins, languages, articles per day), the
 * articles table, the timeline of the story's own days (background collapsed), who said what, the
 * claims × outlets matrix with each claim's corroboration, contradictions side by side, entities,
 * the map of places, and the source panel that shows any clicked evidence highlighted in its
 * article.
 */
import { html } from "htm/preact";
import { useEffect, useMemo, useState } from "preact/hooks";
import type { Dossier } from "../../core/dossier.js";
import type { StoryRecord } from "../../core/records.js";
import { getDossier, getStory } from "../api.js";
import { byId } from "../format.js";
import { storyTitle } from "../title.js";
import { type PageMode, PageModeContext } from "./page-mode.js";
import { PlacesMap } from "./places-map.js";
import { SourcePanel } from "./source-panel.js";
import { STORY_SECTIONS, StorySections } from "./story-sections.js";
import { TimelineChart } from "./timeline-chart.js";
import type { Target } from "./types.js";

let opener: HTMLElement | null = null;

/** The live page: buttons open the source panel and the timeline has its chart. */
const LIVE: PageMode = { static: false, TimelineChart };

export function StoryPage({ id }: { id: string }) {
  const [story, setStory] = useState<StoryRecord | null>(null);
  const [dossier, setDossier] = useState<Dossier | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [target, setTarget] = useState<Target | null>(null);

  useEffect(() => {
    Promise.all([getStory(id), getDossier(id)])
      .then(([s, d]) => {
        setStory(s);
        setDossier(d);
        document.title = `${storyTitle(d, s.title)} · kabar`;
      })
      .catch((e: Error) => setError(e.message));
  }, [id]);
  const articles = useMemo(() => byId(dossier?.articles ?? []), [dossier]);

  if (error) return html`<p class="error" role="alert">${error}</p><a href="#/">← all stories</a>`;
  if (!dossier || !story) return html`<p class="muted" aria-busy="true">Loading…</p>`;
  // Focus goes to the panel on open and back to whatever opened it on close.
  const open = (t: Target) => {
    opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setTarget(t);
  };
  const close = () => {
    setTarget(null);
    opener?.focus();
  };
  const props = { dossier, articles, open };
  return html`<${PageModeContext.Provider} value=${LIVE}>
    <div class=${`story ${target ? "with-panel" : ""}`}>
      <div class="sections">
        <nav class="crumbs"><a href="#/">← all stories</a></nav>
        <h1>${storyTitle(dossier, story.title)}</h1>
        <p class="muted">
          ${dossier.articles.length} articles · ${story.outlets.join(", ")} · ${story.languages.join(", ")}
        </p>
        <nav class="toc" aria-label="Sections">
          ${[...STORY_SECTIONS, ["map", "Map"]].map(
            ([k, v]) =>
              html`<a href=${`#/story/${encodeURIComponent(id)}`} onClick=${jump(k ?? "")}>${v}</a>`,
          )}
        </nav>
        <${StorySections} ...${props} />
        <${PlacesMap} ...${props} />
      </div>
      ${target && html`<${SourcePanel} target=${target} articles=${articles} close=${close} />`}
    </div>
  <//>`;
}

/** In-page jumps without touching the hash, which is the router's. */
const jump = (section: string) => (e: Event) => {
  e.preventDefault();
  const el = document.getElementById(`sec-${section}`);
  el?.scrollIntoView({ block: "start" });
  el?.focus({ preventScroll: true });
};
