/**
 * @module
 * Long lists (forty claims, thirty speakers) would bury the sections below them: show the first
 * few and a button that reveals the rest.
 */
import { html } from "htm/preact";
import { useState } from "preact/hooks";

export function useShowMore<T>(items: readonly T[], first: number) {
  const [all, setAll] = useState(false);
  const shown = all ? items : items.slice(0, first);
  const button =
    items.length > first
      ? html`<button type="button" class="more" aria-expanded=${all} onClick=${() => setAll(!all)}>
          ${all ? "Show fewer" : `Show all ${items.length}`}
        </button>`
      : null;
  return { shown, button };
}
