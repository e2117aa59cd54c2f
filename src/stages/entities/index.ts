/**
 * @module
 * The entities stage: assigns the `mentions` layer. Finders propose candidates per sentence —
 * listed names (known names, the outlet and agency directory, countries, cities, airports), the
 * trained tagger, people after a title or before an appositive role, names built on a head noun,
 * places after a place cue — and the
 * numbered refiners in `refine/` settle them: trim what the tagger wrapped around a name, drop
 * capitalised common words and nationality adjectives, read what a listed country is doing (a
 * modifier: no entity; acting: an organisation; after a preposition: a place), keep the longest
 * of overlapping spans, keep offices and branches out of organisations, make lists of places all
 * places, keep a bracketed short form inside its long name and apply it later, join a lone
 * surname to its full name, attach titles as roles. Each mention carries the canonical name it
 * resolves to in its article; one type per entity is voted across the story in consolidate.
 */
import { layer, withLayer } from "../../core/doc/document.js";
import type { Mention, Token } from "../../core/doc/layers/index.js";
import { compareSpans } from "../../core/doc/span.js";
import type { Stage } from "../../core/pipeline/stage.js";
import type { Candidate, FindContext, SentenceView } from "./candidate.js";
import { findContextFor } from "./context.js";
import { findAppositive } from "./find/appositive.js";
import { findHeaded } from "./find/headed.js";
import { findListed } from "./find/listed.js";
import { findPlaced } from "./find/placed.js";
import { findTagged } from "./find/tagged.js";
import { findTitled } from "./find/titled.js";
import { trimTagged } from "./refine/01-trim-tagged.js";
import { dropCommon } from "./refine/02-drop-common.js";
import { settleCountryRoles } from "./refine/02b-country-roles.js";
import { stripBranches } from "./refine/02c-branches.js";
import { settleOverlaps } from "./refine/03-overlaps.js";
import { settleLists } from "./refine/03b-lists.js";
import { defineAcronyms } from "./refine/04-acronyms.js";
import { resolveShortForms } from "./refine/05-short-forms.js";
import { attachRoles } from "./refine/06-roles.js";
import type { RefineEnv, Refiner } from "./refine/env.js";

const FINDERS = [findListed, findTagged, findTitled, findAppositive, findHeaded, findPlaced];
const REFINERS: readonly Refiner[] = [
  trimTagged,
  dropCommon,
  settleCountryRoles,
  settleOverlaps,
  stripBranches,
  settleLists,
  defineAcronyms,
  resolveShortForms,
  attachRoles,
];

export const entitiesStage: Stage = {
  name: "entities",
  version: "1.0.0",
  requires: ["sentences", "tokens"],
  assigns: ["mentions"],
  run(doc, ctx) {
    const language = doc.meta.language;
    const fctx = findContextFor(ctx.packs, ctx.packs.get(language), language);
    const views = sentenceViews(layer(doc, "sentences"), layer(doc, "tokens"));
    const lowerSeen = new Set<string>();
    for (const v of views) {
      v.words.forEach((w, i) => {
        if (w === v.lower[i]) lowerSeen.add(w);
      });
    }
    const env: RefineEnv = { views, ctx: fctx, lowerSeen };
    let candidates: Candidate[] = views.flatMap((v) => FINDERS.flatMap((find) => find(v, fctx)));
    for (const refine of REFINERS) candidates = refine(candidates, env);
    const mentions = candidates
      .map((c) => toMention(c, views, doc.text))
      .filter((m): m is Mention => m !== null)
      .sort(compareSpans);
    return withLayer(doc, "mentions", mentions);
  },
};

/** Exposed for the speed bench and tests that look at candidates. */
export function findCandidates(views: readonly SentenceView[], fctx: FindContext): Candidate[] {
  return views.flatMap((v) => FINDERS.flatMap((find) => find(v, fctx)));
}

function sentenceViews(
  sentences: readonly { start: number; end: number }[],
  tokens: readonly Token[],
): SentenceView[] {
  const views: SentenceView[] = [];
  let t = 0;
  sentences.forEach((s, index) => {
    while (t < tokens.length && tokens[t]!.start < s.start) t++;
    const from = t;
    while (t < tokens.length && tokens[t]!.end <= s.end) t++;
    const toks = tokens.slice(from, t);
    const words = toks.map((x) => x.text);
    views.push({ index, tokens: toks, words, lower: words.map((w) => w.toLowerCase()) });
  });
  return views;
}

function toMention(c: Candidate, views: readonly SentenceView[], text: string): Mention | null {
  const toks = views[c.sentence]!.tokens;
  const start = toks[c.i]!.start;
  let end = toks[c.j - 1]!.end;
  // "Putin's" is a mention of "Putin": the possessive stays outside the span.
  const possessive = /['’]s?$/.exec(text.slice(start, end));
  if (possessive && end - possessive[0].length > start) end -= possessive[0].length;
  const canonical = c.canonical.replace(/['’]s?$/, "");
  if (!canonical) return null;
  return {
    start,
    end,
    text: text.slice(start, end),
    rule: `entities/${c.rule}`,
    type: c.type,
    canonical,
    ...(c.role ? { role: c.role } : {}),
    score: Math.min(1, c.weight / 6),
  };
}
