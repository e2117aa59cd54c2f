/**
 * @module
 * The source panel: one article's cleaned text with the evidence span highlighted and scrolled
 * into view. The text is split into three text nodes around a <mark>, so nothing in it is ever
 * parsed as markup. Escape closes the panel and focus returns to the page.
 */
import { html } from "htm/preact";
import { useEffect, useRef } from "preact/hooks";
import type { DossierArticle } from "../../core/dossier.js";
import { articleLabel, safeHref } from "../format.js";
import type { Target } from "./types.js";

export function SourcePanel(props: {
  target: Target;
  articles: Map<string, DossierArticle>;
  close: () => void;
}) {
  const { target, articles, close } = props;
  const a = articles.get(target.article);
  const mark = useRef<HTMLElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
    mark.current?.scrollIntoView({ block: "center" });
    const onKey = (e: KeyboardEvent) => e.key === "Escape" && close();
    addEventListener("keydown", onKey);
    return () => removeEventListener("keydown", onKey);
  }, [target, close]);
  if (!a) return null;
  const has = target.start !== undefined && target.end !== undefined && target.end > target.start;
  const start = has ? Math.max(0, target.start ?? 0) : 0;
  const end = has ? Math.min(a.text.length, target.end ?? 0) : 0;
  const href = safeHref(a.url);
  return html`
    <aside class="panel" role="dialog" aria-modal="false" aria-labelledby="panel-title">
      <div class="panel-head">
        <h2 id="panel-title" tabindex="-1" ref=${heading}>${articleLabel(a)}</h2>
        <button type="button" class="close" onClick=${close} aria-label="Close source">×</button>
      </div>
      <p class="panel-title">${a.title ?? ""}</p>
      <p class="muted">
        ${a.published.value ?? "date unknown"} · ${a.language ?? "?"} · origins: ${a.origins.join(", ") || "—"}
        ${href && html` · <a href=${href} rel="noopener noreferrer nofollow" target="_blank">original</a>`}
      </p>
      ${target.label && html`<p class="panel-label">Evidence for: ${target.label}</p>`}
      <div class="article-text">
        ${
          has
            ? html`${a.text.slice(0, start)}<mark ref=${mark} class="evidence">${a.text.slice(start, end)}</mark>${a.text.slice(end)}`
            : a.text
        }
      </div>
    </aside>
  `;
}
