/**
 * @module
 * What a listed country is doing where the tagger, trained on news annotation, does not read it
 * as a place (other listed places stay places):
 * - a modifier of the noun before it ("tentara Jepang", "warga Palestina", "Presiden Sudan",
 *   "dolar AS"): still the country, kept as a place (idner-news-2k marks none there, so the bench
 *   counts these against us; a reader looking for the country's mentions needs them);
 * - an actor ("Israel menyerang …", "dengan Suriah", "China will present"): the state acting, so
 *   an organisation; a clause-opening country before a verb of acting or saying is one even
 *   when the tagger reads a place;
 * - after a place preposition ("di Jepang", "untuk Tiongkok", "from Japan"): a place, as listed;
 * - after an organisation's short name ("PKB Indonesia"): the end of that organisation's name.
 * Any listed place below a country right after a title or a party branch ("Gubernur DKI
 * Jakarta", "DPD Bali") names the office: no entity.
 * Other countries the tagger itself tags as places stay places.
 */
import type { EntityType } from "../../../core/doc/layers/mentions.js";
import { isAllCaps, isCapitalised, tidy } from "../../../core/text/names.js";
import {
  type Candidate,
  type FindContext,
  opensSentence,
  phraseAt,
  type SentenceView,
} from "../candidate.js";
import { sentenceTags } from "../find/tagged.js";
import { sliceText } from "../find/titled.js";
import type { Refiner } from "./env.js";

/** The rule of a country kept where it qualifies a noun; benches whose corpus leaves these out skip it. */
export const QUALIFIER_RULE = "country-qualifier";

const LISTED_PLACE = new Set(["gazetteer-country", "gazetteer-city", "known"]);

export const settleCountryRoles: Refiner = (candidates, env) => {
  const joined = joinToOrganisations(candidates, env);
  return joined.flatMap((c) => {
    if (c.type !== "place" || !LISTED_PLACE.has(c.rule)) return [c];
    const view = env.views[c.sentence]!;
    const tagged = taggedType(sentenceTags(view, env.ctx), c.i, c.j);
    // "(AS)" after "Amerika Serikat": a short form takes its long name's reading.
    if (view.words[c.i - 1] === "(") return [c];
    const country = c.rule === "gazetteer-country" || env.ctx.countries.has(c.canonical);
    // "Gubernur DKI Jakarta", "DPD Bali": a place below a country that qualifies a title or a
    // party branch names the office, no entity. A country there ("Presiden Sudan") is still the
    // country: it falls through to the qualifier reading below.
    if (tagged === "O" && !country && env.ctx.modifiersFollow && officeBefore(view, c.i, env.ctx)) return [];
    // "China will present …", "Rusia menolak …": a country opening a clause before a verb of
    // acting or saying is the state acting, whatever the tagger read.
    if (tagged === "place")
      return country && actsAt(view, c, env.ctx) ? [{ ...c, type: "organization" }] : [c];
    // "tentara Jepang", "Presiden Korea Selatan": in Indonesian the country's own name qualifies
    // the noun, and it still names the country — a reader asking which articles mention South
    // Korea wants these. idner-news-2k leaves them unannotated; the dossier keeps them, as places.
    if (country && modifierPosition(view, c.i, env.ctx, candidates)) return [{ ...c, rule: QUALIFIER_RULE }];
    let before = c.i - 1;
    while (before > 0 && env.ctx.determiners.has(view.lower[before]!)) before--;
    if (!country || env.ctx.placePrepositions.has(view.lower[before] ?? "")) return [c];
    // Where modifiers precede their noun (English: "a Fiji Indian"), only a clause-opening country
    // before a verb is surely acting.
    if (!env.ctx.modifiersFollow && !actsAt(view, c, env.ctx)) return [c];
    return [{ ...c, type: "organization" }];
  });
};

/**
 * "PKB Indonesia": a country right after an organisation's short name, with no name after it,
 * is the end of that organisation's name; the organisation takes it in.
 */
function joinToOrganisations(candidates: readonly Candidate[], env: Parameters<Refiner>[1]): Candidate[] {
  const absorbed = new Set<Candidate>();
  const out = candidates.map((org) => {
    if (org.type !== "organization" || org.listed || org.j - org.i !== 1) return org;
    const view = env.views[org.sentence]!;
    if (!isAllCaps(view.words[org.i]!)) return org;
    const country = candidates.find(
      (c) =>
        c.sentence === org.sentence &&
        c.i === org.j &&
        c.type === "place" &&
        (c.rule === "gazetteer-country" || env.ctx.countries.has(c.canonical)),
    );
    if (!country || isCapitalised(view.words[country.j] ?? "")) return org;
    absorbed.add(country);
    return { ...org, j: country.j, canonical: tidy(sliceText(view, org.i, country.j)) };
  });
  return out.filter((c) => !absorbed.has(c));
}

/** True when a title ("Gubernur") or a branch office ("DPD") ends right before token `i`. */
function officeBefore(view: SentenceView, i: number, ctx: FindContext): boolean {
  for (let s = Math.max(0, i - 4); s < i; s++) {
    if (s + phraseAt(ctx.titles, view.lower, s) === i || s + phraseAt(ctx.branchOffices, view.lower, s) === i)
      return true;
  }
  return false;
}

/** True when the name opens a clause and a verb of acting or saying follows it. */
function actsAt(view: SentenceView, c: Candidate, ctx: FindContext): boolean {
  let i = c.i;
  while (i > 0 && ctx.determiners.has(view.lower[i - 1]!)) i--;
  const opens = opensSentence(view, i) || view.words[i - 1] === ",";
  const next = view.lower[c.j] ?? "";
  return opens && (ctx.actorVerbs.has(next) || ctx.speechCues.has(next));
}

/** The one type the tagger gives tokens `[i, j)`, "O" when it tags none, null when mixed. */
function taggedType(tags: readonly string[], i: number, j: number): EntityType | "O" | null {
  let type: string | null = null;
  for (let k = i; k < j; k++) {
    const t = tags[k] === "O" ? "O" : tags[k]!.slice(2);
    if (type !== null && t !== type) return null;
    type = t;
  }
  return type as EntityType | "O" | null;
}

/**
 * True when the word before token `i` is a noun or title the name qualifies: a lower-case word
 * that is no preposition or conjunction, or a capitalised word no finder reads as a name. Only in
 * languages whose modifiers follow their noun (Indonesian); English puts them before it.
 */
function modifierPosition(
  view: SentenceView,
  i: number,
  ctx: FindContext,
  candidates: readonly Candidate[],
): boolean {
  if (!ctx.modifiersFollow || opensSentence(view, i)) return false;
  const prev = view.words[i - 1]!;
  const lower = view.lower[i - 1]!;
  if (ctx.locatives.has(lower) || ctx.placePrepositions.has(lower) || ctx.clauseLinks.has(lower))
    return false;
  if (/^\p{Ll}/u.test(prev)) return true;
  // A capitalised word that no finder takes for a name is a title or a noun capitalised as the
  // sentence's first word ("Presiden Sudan …", "Warga Palestina …").
  return (
    isCapitalised(prev) && !candidates.some((c) => c.sentence === view.index && c.i <= i - 1 && i - 1 < c.j)
  );
}
