/**
 * @module
 * Contradictions: statements of the same fact or event that disagree on where (place), how many
 * or what time (amounts, see contradiction-amounts.ts: compared by what they measure, at one
 * moment of the story, beyond their stated approximation) or which day (date); and accusations
 * met by denials, as their own kind (`dispute`). Places and days are compared over candidate pairs
 * that share an event and that the alignment model finds to state one fact once the disputed slot
 * is set aside. A value counts as disputed only when neither article states the other's value
 * anywhere (an outlet that mentions both "Rusia" and "Vladivostok" is not disputing either).
 * Hedged and background statements weigh less than assertions; a lede asserts. Only a handful
 * per story are reported, strongest first.
 */
import type { ClaimCandidate } from "../../core/doc/layers/claims.js";
import type { Contradiction, Evidence } from "../../core/dossier.js";
import { parseQuantity, sameAmount } from "../../core/text/quantities.js";
import { gazetteers } from "../../lang/base/gazetteers.js";
import { defaultPacks } from "../../lang/registry.js";
import { pairFeatures } from "./align/features.js";
import type { Frame } from "./align/frames.js";
import type { ScoredPairs } from "./align/index.js";
import type { ClaimItem } from "./align/items.js";
import { type AlignModel, alignModel, probability } from "./align/model.js";
import { byKey } from "./claims.js";
import { amountConflicts } from "./contradiction-amounts.js";

/** Probability the model gives two statements of being one fact, once the disputed slot is set aside. */
export const SAME_EVENT = 0.5;
/** Concept overlap two statements need to dispute a place (or to be an accusation and its denial). */
const SAME_WORDS = 0.3;
/** At most this many contradictions per story. */
const MAX_REPORTED = 5;

interface Conflict {
  readonly slot: "place" | "number" | "date" | "dispute";
  /** Groups conflicts that can merge: the unit for numbers, the slot otherwise. */
  readonly kind: string;
  readonly a: { value: string; item: ClaimItem };
  readonly b: { value: string; item: ClaimItem };
  readonly sim: number;
}

const NO_PLACES: ReadonlySet<string> = new Set();

/** The pair's features as if neither statement named a place. */
function placesAside(scored: ScoredPairs, i: number, j: number) {
  const { items, frames, weights } = scored;
  return pairFeatures(
    { ...frames[i]!, places: NO_PLACES },
    { ...frames[j]!, places: NO_PLACES },
    items[i]!.language === items[j]!.language,
    weights,
  );
}

/**
 * Statements of the same event by the same actors on compatible days, both told as fact, that
 * disagree on a place, an amount or a day; and accusations met by denials. A value is disputed
 * only when neither article states the other's value anywhere (an outlet that names both
 * "Rusia" and "Vladivostok" is not disputing either, since one holds the other).
 */
export function findContradictions(
  scored: ScoredPairs,
  texts: ReadonlyMap<string, string>,
  model: AlignModel = alignModel(),
): Contradiction[] {
  const { items, frames, pairs, scorer } = scored;
  const lowerText = new Map([...texts].map(([k, t]) => [k, t.toLowerCase()]));
  const datesByArticle = new Map<string, Set<string>>();
  items.forEach((it, i) => {
    const ds = datesByArticle.get(it.article) ?? new Set<string>();
    for (const d of frames[i]!.days) ds.add(d);
    datesByArticle.set(it.article, ds);
  });
  // A day far from the story's own days is a misread date ("Thursday" resolved to another year).
  const allDays = frames
    .flatMap((f) => (f.facet === "main" ? f.days : []))
    .map(dayNumber)
    .sort((a, b) => a - b);
  const middle = allDays[Math.floor(allDays.length / 2)] ?? 0;
  const inWindow = (d: string) => Math.abs(dayNumber(d) - middle) <= STORY_DAYS;
  const conflicts: Conflict[] = [];
  for (const [i, j] of pairs) {
    const x = items[i]!;
    const y = items[j]!;
    const fx = frames[i]!;
    const fy = frames[j]!;
    if (fx.facet !== "main" || fy.facet !== "main") continue;
    if (!disputes(fx, fy) && !(factual(fx) && factual(fy) && shareAny(fx.events, fy.events))) continue;
    // Amounts are compared apart (below): a pair here can only dispute a place or a day, so one
    // without two places or two days needs no scoring (most pairs of a big story).
    const placeOrDay =
      (fx.locatives.size > 0 && fy.locatives.size > 0) || (fx.days.length > 0 && fy.days.length > 0);
    if (!disputes(fx, fy) && !placeOrDay) continue;
    const f = scorer.features(i, j);
    if (disputes(fx, fy) && (f.actors > 0 || f.concepts > SAME_WORDS)) {
      const [acc, den] = names(fx, ACCUSE) ? [x, y] : [y, x];
      conflicts.push({
        slot: "dispute",
        kind: "dispute",
        a: { value: "accused", item: acc },
        b: { value: "denied", item: den },
        sim: f.concepts,
      });
      continue;
    }
    if (!factual(fx) || !factual(fy) || !f.sharedEvent) continue;
    // The same actors, or no actor named on one side ("the two leaders", an earthquake).
    if (f.actors === 0 && fx.actors.size > 0 && fy.actors.size > 0) continue;
    // How likely the two state one fact once the slot in dispute is set aside.
    const sameEvent = probability(model, { ...f, otherAmount: 0, otherDay: 0, planVsFact: 0 });
    // For a dispute over the place, the place is what is set aside: would the two state one fact
    // if they named the same place? The features are read again without either side's places
    // (two places never overlap, so they only dilute every overlap) and the place feature set.
    const samePlaceAside = probability(model, {
      ...placesAside(scored, i, j),
      mutualBest: f.mutualBest,
      otherAmount: 0,
      otherDay: 0,
      planVsFact: 0,
      places: 1,
    });
    if (sameEvent < SAME_EVENT && samePlaceAside < SAME_EVENT) continue;
    if (f.otherDay === 0) {
      // Places: only where each says the event happened, and never one the other article names.
      if (
        samePlaceAside >= SAME_EVENT &&
        // Saying much the same beyond the event itself: "Relatives prayed at the airport in
        // Surabaya" and "Basarnas said in Jakarta" both name the rescue, and are not one fact.
        f.concepts > SAME_WORDS &&
        fx.locatives.size > 0 &&
        fy.locatives.size > 0 &&
        !shareAny(new Set(fx.locatives.keys()), new Set(fy.locatives.keys()))
      ) {
        for (const px of fx.locatives.values()) {
          for (const qy of fy.locatives.values()) {
            if (
              sameGrain(px, x.language, qy, y.language) &&
              (isKnownPlace(px) || isKnownPlace(qy)) &&
              !sameSpelling(px, qy) &&
              distinctPlaces([px], [qy], lowerText.get(x.article)!, lowerText.get(y.article)!)
            ) {
              conflicts.push({
                slot: "place",
                kind: "place",
                a: { value: px, item: x },
                b: { value: qy, item: y },
                sim: samePlaceAside,
              });
            }
          }
        }
      }
    } else if (sameEvent >= SAME_EVENT) {
      for (const da of fx.days) {
        for (const db of fy.days) {
          if (da === db || datesByArticle.get(y.article)!.has(da) || datesByArticle.get(x.article)!.has(db))
            continue;
          if (!inWindow(da) || !inWindow(db)) continue;
          conflicts.push({
            slot: "date",
            kind: "date",
            a: { value: da, item: x },
            b: { value: db, item: y },
            sim: sameEvent,
          });
        }
      }
    }
  }
  const related = (i: number, j: number): number =>
    probability(model, {
      ...scorer.features(i, j),
      otherAmount: 0,
      otherDay: 0,
      planVsFact: 0,
      nearCount: 0,
    });
  conflicts.push(...amountConflicts(items, frames, factual, related));
  return merge(conflicts)
    .sort((a, b) => b.strength - a.strength)
    .slice(0, MAX_REPORTED)
    .map((c) => c.contradiction);
}

/** Days either side of the story's middle day within which a stated day can belong to it. */
const STORY_DAYS = 45;

function dayNumber(d: string): number {
  return Math.floor(Date.parse(d.slice(0, 10)) / 86_400_000);
}

/** Words that make a place a wide area: "Bandung Raya", "Greater Jakarta". */
const WIDE = /(?:^|\s)(?:raya|greater|metro|metropolitan|area|kawasan|wilayah|daerah|sekitar)(?:$|\s)/i;

let cityNames: Set<string> | undefined;

/** A city or a country of the gazetteers, by its exact name: a place that can be told from another. */
function isKnownPlace(place: string): boolean {
  cityNames ??= new Set(gazetteers().cities.map((c) => c.name.toLowerCase()));
  return !WIDE.test(place) && (cityNames.has(place.toLowerCase()) || isCountry(place));
}

/** One name in two spellings ("Tangerang", "Tanggerang"): the first words differ by at most two edits. */
function sameSpelling(a: string, b: string): boolean {
  const first = (s: string) => s.toLowerCase().split(/\s+/)[0] ?? "";
  const [x, y] = [first(a), first(b)];
  if (x.length < 4 || y.length < 4) return x === y;
  return editDistance(x, y) <= 2;
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++)
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length]!;
}

/** An accusation and a denial, by the pack's concept table or the bilingual lexicon's event ids. */
const ACCUSE = ["#accuse", "ev:accuse"];
const DENY = ["#deny", "ev:deny"];

const names = (f: Frame, ids: readonly string[]): boolean => ids.some((id) => f.events.has(id));

/**
 * Two places can only dispute each other at the same grain: a country or a named region
 * ("Kabupaten Tanah Datar", "West Sumatra province") may hold the other place, and with no place
 * hierarchy at hand that is no contradiction. Two countries, or two places that are neither, can.
 */
function sameGrain(a: string, langA: string | null, b: string, langB: string | null): boolean {
  const coarse = (place: string, lang: string | null): boolean => {
    const regions = regionWords(lang);
    return (
      place
        .toLowerCase()
        .split(/\s+/)
        .some((w) => regions.has(w)) || isCountry(place)
    );
  };
  const [ca, cb] = [coarse(a, langA), coarse(b, langB)];
  if (ca !== cb) return false;
  return !ca || (isCountry(a) && isCountry(b));
}

const regionsByLanguage = new Map<string | null, ReadonlySet<string>>();

function regionWords(lang: string | null): ReadonlySet<string> {
  let words = regionsByLanguage.get(lang);
  if (!words) {
    words = new Set((defaultPacks.get(lang).claims.regionWords ?? []).map((w) => w.toLowerCase()));
    regionsByLanguage.set(lang, words);
  }
  return words;
}

let countryNames: Set<string> | undefined;

function isCountry(place: string): boolean {
  countryNames ??= new Set(
    gazetteers().countries.flatMap((c) => [c.name, ...c.names].map((n) => n.toLowerCase())),
  );
  return countryNames.has(place.toLowerCase());
}

function shareAny(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const k of a) if (b.has(k)) return true;
  return false;
}

/** One side accuses, the other denies. */
function disputes(a: Frame, b: Frame): boolean {
  return (names(a, ACCUSE) && names(b, DENY)) || (names(a, DENY) && names(b, ACCUSE));
}

function factual(f: Frame): boolean {
  return f.modality === "asserted" || f.modality === "attributed";
}

/** Assertions weigh 1, reported speech 0.8 (in a lede: 1), hedged or background statements 0.3. */
export function weight(c: ClaimCandidate): number {
  if (c.hedged || c.background) return 0.3;
  if (c.lede) return 1;
  return c.attributed ? 0.8 : 1;
}

/**
 * Two places are in dispute when neither article names any word of the other's place: an article
 * that also names "Rusia", "Chiang Rai" or "Tham Luang" is not disputing a place inside them.
 */
function distinctPlaces(
  pForms: readonly string[],
  qForms: readonly string[],
  textOfP: string,
  textOfQ: string,
): boolean {
  const lp = pForms.join(" ").toLowerCase();
  const lq = qForms.join(" ").toLowerCase();
  for (const a of pForms) {
    for (const b of qForms) {
      const [la, lb] = [a.toLowerCase(), b.toLowerCase()];
      if (la === lb || la.includes(lb) || lb.includes(la)) return false;
    }
  }
  const named = (place: string, text: string): boolean =>
    (place.match(/[\p{L}\p{N}]+/gu) ?? []).some(
      (w) => w.length >= 3 && new RegExp(`(^|[^\\p{L}])${escapeRegExp(w)}($|[^\\p{L}])`, "u").test(text),
    );
  return !named(lq, textOfP) && !named(lp, textOfQ);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

interface Merged {
  readonly strength: number;
  readonly contradiction: Contradiction;
}

/** Joins conflicts of one kind that share a value into one contradiction with all its values. */
function merge(conflicts: readonly Conflict[]): Merged[] {
  const groups: Conflict[][] = [];
  for (const c of conflicts) {
    const vals = [c.a.value, c.b.value].map(norm);
    // One contradiction per pair of values: chaining every conflict that shares a value made
    // unreadable lists of unrelated counts.
    const hit = groups.find(
      (g) => g[0]!.kind === c.kind && [g[0]!.a.value, g[0]!.b.value].map(norm).every((v) => vals.includes(v)),
    );
    if (hit) hit.push(c);
    else groups.push([c]);
  }
  return groups.map((g) => {
    const values = new Map<
      string,
      { value: string; articles: Set<string>; evidence: Map<string, Evidence>; weight: Map<string, number> }
    >();
    for (const c of g) {
      for (const side of [c.a, c.b]) {
        const k = [...values.keys()].find((v) => sameValue(v, norm(side.value))) ?? norm(side.value);
        const v = values.get(k) ?? {
          value: side.value,
          articles: new Set(),
          evidence: new Map(),
          weight: new Map(),
        };
        const { claim, article } = side.item;
        v.articles.add(article);
        v.evidence.set(`${article}:${claim.start}`, {
          article,
          start: claim.start,
          end: claim.end,
          text: claim.text,
        });
        v.weight.set(article, Math.max(v.weight.get(article) ?? 0, weight(claim)));
        values.set(k, v);
      }
    }
    const ranked = [...values.values()]
      .map((v) => ({ ...v, total: [...v.weight.values()].reduce((s, w) => s + w, 0) }))
      .sort((a, b) => b.total - a.total);
    const maxSim = Math.max(...g.map((c) => c.sim));
    const strength = (ranked[1]?.total ?? 0) + 0.5 * maxSim;
    const first = ranked[0]!;
    const topic = [...first.evidence.values()].sort((a, b) => a.text.length - b.text.length)[0]!.text;
    return {
      strength,
      contradiction: {
        topic: topic.length > 160 ? `${topic.slice(0, 157)}…` : topic,
        slot: g[0]!.slot,
        values: ranked.map((v) => ({
          value: v.value,
          articles: [...v.articles].sort(byKey),
          evidence: [...v.evidence.values()],
        })),
      },
    };
  });
}

/** Shown amounts ("4.023 km", "4 km") that agree are one value; clock times only when equal. */
function sameValue(a: string, b: string): boolean {
  if (a === b) return true;
  // Clock times and counts of people or things are one value only when equal (01.45 is not 01.50, 138 adults not 137).
  if (!/ (km|magnitude)$/.test(a) || !/ (km|magnitude)$/.test(b)) return false;
  const qa = parseQuantity(a.replace("–", "-").replace(/ (\S+)$/, " #$1"));
  const qb = parseQuantity(b.replace("–", "-").replace(/ (\S+)$/, " #$1"));
  return !!qa && !!qb && qa.unit === qb.unit && sameAmount(qa, qb);
}

function norm(s: string): string {
  return s.toLowerCase().replace(/\s+/g, " ").trim();
}
