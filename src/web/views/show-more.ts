/**
 * @module
 * Long lists (forty claims, thirty speakers) would bury the sections below them: show the first
 * few and a button that reveals the rest. The static page, where no button works, shows them all.
 */
import { html } from "htm/preact";
import { useState } from "preact/hooks";
import { usePageMode } from "./page-mode.js";

export function useShowMore<T>(items: readonly T[], first: number) {
  const [all, setAll] = useState(false);
  if (usePageMode().static) return { shown: items, button: null };
  const shown = all ? items : items.slice(0, first);
  const button =
    items.length > first
      ? html`<button type="button" class="more" aria-expanded=${all} onClick=${() => setAll(!all)}>
          ${all ? "Show fewer" : `Show all ${items.length}`}
        </button>`
      : null;
  return { shown, button };
}
