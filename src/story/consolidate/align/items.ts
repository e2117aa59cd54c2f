/**
 * @module
 * The statements alignment compares, flattened into one indexed list: each claim candidate of
 * each article once as a whole ("main"), and once more per amount it states. A sentence often
 * states several facts ("the death toll from the 5.6 magnitude quake rose to 268"); its amount
 * facets let it support the toll and the magnitude each in its own claim, aligned by the number
 * and its unit, which read the same in every language; and once per event it dates to one day
 * (an event facet), so every sentence that says when the event happened supports that fact.
 */
import { layer } from "../../../core/doc/document.js";
import type { ClaimCandidate } from "../../../core/doc/layers/claims.js";
import { defaultPacks } from "../../../lang/registry.js";
import type { Story } from "../story.js";

export interface ClaimItem {
  readonly index: number;
  /** The article's dossier key ("a1"). */
  readonly article: string;
  /** The article's order in the story. */
  readonly articleIndex: number;
  readonly language: string | null;
  /** The article's stated publication time (ISO), or null when not stated. */
  readonly published: string | null;
  readonly claim: ClaimCandidate;
  /** -1 for the whole statement or an event facet, else the index of the amount in `claim.slots.quantities`. */
  readonly facet: number;
  /** For an event facet: the event concept and the day it is dated to (`ev:erupt@2023-12-03`). */
  readonly event?: { readonly concept: string; readonly day: string };
}

/** The pack's event keys (`#meet`), per language, built once: this runs for every statement. */
const packEvents = new Map<string | null, ReadonlySet<string>>();

function packEventKeys(language: string | null): ReadonlySet<string> {
  let keys = packEvents.get(language);
  if (!keys) {
    keys = new Set((defaultPacks.get(language).claims.events ?? []).map((e) => `#${e}`));
    packEvents.set(language, keys);
  }
  return keys;
}

/** The event concepts of a statement: news-event ids of the lexicon and the pack's event keys. */
export function eventsOf(claim: ClaimCandidate, language: string | null): string[] {
  const pack = packEventKeys(language);
  return [
    ...new Set([
      ...(claim.concepts ?? []).filter((c) => c.startsWith("ev:")),
      ...claim.slots.keywords.filter((k) => pack.has(k)),
    ]),
  ];
}

export function claimItems(story: Story): ClaimItem[] {
  const out: ClaimItem[] = [];
  story.articles.forEach(({ key, doc }, articleIndex) => {
    const base = {
      article: key,
      articleIndex,
      language: doc.meta.language,
      published: doc.meta.published.basis === "stated" ? doc.meta.published.value : null,
    };
    for (const claim of layer(doc, "claims")) {
      out.push({ ...base, index: out.length, claim, facet: -1 });
      claim.slots.quantities.forEach((_, k) => {
        out.push({ ...base, index: out.length, claim, facet: k });
      });
      // "Marapi erupted on Sunday" is stated by every sentence that dates the eruption, whatever
      // else the sentence says: one facet per event concept and day lets them all meet.
      const days = [
        ...new Set(claim.slots.dates.filter((d) => /^\d{4}-\d{2}-\d{2}/.test(d)).map((d) => d.slice(0, 10))),
      ];
      if (days.length === 1 && (claim.modality ?? "asserted") !== "planned") {
        for (const concept of eventsOf(claim, doc.meta.language).filter((e) => e.startsWith("ev:"))) {
          out.push({ ...base, index: out.length, claim, facet: -1, event: { concept, day: days[0]! } });
        }
      }
    }
  });
  return out;
}
