/**
 * @module
 * Contradictions: statements of the same fact or event that disagree on where (place), how many
 * (number, same unit) or when (date). A pair qualifies when the two sentences were aligned as one
 * claim, or when they share an event concept and are similar enough. A value counts as disputed
 * only when neither article states the other's value anywhere (an outlet that mentions both
 * "Rusia" and "Vladivostok" is not disputing either). Hedged and background statements weigh
 * less than assertions; a lede asserts. Only a handful per story are reported, strongest first.
 */
import type { ClaimCandidate } from "../../core/doc/layers/claims.js";
import type { Contradiction, Evidence } from "../../core/dossier.js";
import { packFor } from "../../lang/registry.js";
import { parseQuantity, sameAmount } from "../claims/quantities.js";
import type { ClaimItem } from "./align/items.js";
import type { SimilarityModel } from "./align/similarity.js";
import { byKey } from "./claims.js";

/** Unaligned pairs that share an event need at least this similarity (places) … */
const EVENT_PAIR = 0.18;
/** … and this much to dispute a number. */
const NUMBER_PAIR = 0.3;
/** Weight a statement must have to stand as one side of a dispute. */
const MIN_WEIGHT = 0.5;
/** At most this many contradictions per story. */
const MAX_REPORTED = 4;

interface Conflict {
  readonly slot: "place" | "number" | "date";
  /** Groups conflicts that can merge: the unit for numbers, the slot otherwise. */
  readonly kind: string;
  readonly a: { value: string; item: ClaimItem };
  readonly b: { value: string; item: ClaimItem };
  readonly sim: number;
}

export function findContradictions(
  items: readonly ClaimItem[],
  model: SimilarityModel,
  groups: readonly number[][],
  texts: ReadonlyMap<string, string>,
): Contradiction[] {
  const groupOf = new Map<number, number>();
  groups.forEach((g, n) => {
    for (const i of g) groupOf.set(i, n);
  });
  const lowerText = new Map([...texts].map(([k, t]) => [k, t.toLowerCase()]));
  const amountsByArticle = new Map<string, { lo: number; hi: number; unit: string }[]>();
  const datesByArticle = new Map<string, Set<string>>();
  for (const it of items) {
    const qs = it.claim.slots.quantities.map(parseQuantity).filter((q) => q !== null);
    amountsByArticle.set(it.article, [...(amountsByArticle.get(it.article) ?? []), ...qs]);
    const ds = datesByArticle.get(it.article) ?? new Set<string>();
    for (const d of it.claim.slots.dates) ds.add(d);
    datesByArticle.set(it.article, ds);
  }
  const conflicts: Conflict[] = [];
  for (let i = 0; i < items.length; i++) {
    for (const j of model.partners(i)) {
      const x = items[i]!;
      const y = items[j]!;
      if (x.article === y.article) continue;
      if (weight(x.claim) < MIN_WEIGHT || weight(y.claim) < MIN_WEIGHT) continue;
      const sim = model.sim(i, j);
      const aligned = groupOf.get(i) === groupOf.get(j);
      const event = sharesEvent(x, y);
      if (!aligned && !(event && Math.max(sim, model.simWithoutPlaces(i, j)) >= EVENT_PAIR)) continue;
      if (!datesCompatible(x.claim, y.claim)) continue;
      if (event && (aligned || model.simWithoutPlaces(i, j) >= EVENT_PAIR)) {
        x.claim.slots.places.forEach((p, pi) => {
          y.claim.slots.places.forEach((q, qi) => {
            const px = [p, x.claim.placeSurfaces?.[pi] ?? p];
            const qy = [q, y.claim.placeSurfaces?.[qi] ?? q];
            if (distinctPlaces(px, qy, lowerText.get(x.article)!, lowerText.get(y.article)!)) {
              conflicts.push({
                slot: "place",
                kind: "place",
                a: { value: p, item: x },
                b: { value: q, item: y },
                sim,
              });
            }
          });
        });
      }
      for (const qa of aligned || sim >= NUMBER_PAIR ? x.claim.slots.quantities.map(parseQuantity) : []) {
        for (const qb of y.claim.slots.quantities.map(parseQuantity)) {
          if (!qa || !qb || qa.unit !== qb.unit || sameAmount(qa, qb)) continue;
          const statedInY = amountsByArticle
            .get(y.article)!
            .some((q) => q.unit === qa.unit && sameAmount(q, qa));
          const statedInX = amountsByArticle
            .get(x.article)!
            .some((q) => q.unit === qb.unit && sameAmount(q, qb));
          if (statedInX || statedInY) continue;
          conflicts.push({
            slot: qa.unit === "#clock" ? "date" : "number",
            kind: `number ${qa.unit}`,
            a: { value: showAmount(qa), item: x },
            b: { value: showAmount(qb), item: y },
            sim,
          });
        }
      }
      if (aligned && event) {
        for (const da of dayDates(x.claim)) {
          for (const db of dayDates(y.claim)) {
            if (da === db || datesByArticle.get(y.article)!.has(da) || datesByArticle.get(x.article)!.has(db))
              continue;
            conflicts.push({
              slot: "date",
              kind: "date",
              a: { value: da, item: x },
              b: { value: db, item: y },
              sim,
            });
          }
        }
      }
    }
  }
  return merge(conflicts)
    .sort((a, b) => b.strength - a.strength)
    .slice(0, MAX_REPORTED)
    .map((c) => c.contradiction);
}

/** Assertions weigh 1, reported speech 0.8 (in a lede: 1), hedged or background statements 0.3. */
export function weight(c: ClaimCandidate): number {
  if (c.hedged || c.background) return 0.3;
  if (c.lede) return 1;
  return c.attributed ? 0.8 : 1;
}

/** Whether both statements name one event concept (the pack lists which concepts are events). */
function sharesEvent(a: ClaimItem, b: ClaimItem): boolean {
  const events = new Set([...eventKeys(a.language), ...eventKeys(b.language)]);
  const ea = new Set(a.claim.slots.keywords.filter((k) => events.has(k)));
  return b.claim.slots.keywords.some((k) => ea.has(k));
}

function eventKeys(language: string | null): string[] {
  return (packFor(language).claims.events ?? []).map((e) => `#${e}`);
}

/** Statements dated to different days are about different events, not a disputed slot. */
function datesCompatible(a: ClaimCandidate, b: ClaimCandidate): boolean {
  const da = dayDates(a);
  const db = dayDates(b);
  if (da.length === 0 || db.length === 0) return true;
  return da.some((d) => db.includes(d));
}

function dayDates(c: ClaimCandidate): string[] {
  return c.slots.dates.filter((d) => /^\d{4}-\d{2}-\d{2}/.test(d)).map((d) => d.slice(0, 10));
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

function showAmount(q: { lo: number; hi: number; unit: string }): string {
  if (q.unit === "#clock") return `${clock(q.lo)}${q.hi !== q.lo ? `–${clock(q.hi)}` : ""} clock`;
  return `${q.lo === q.hi ? q.lo : `${q.lo}–${q.hi}`} ${q.unit.replace(/^#/, "")}`;
}

function clock(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
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
    const hit = groups.find(
      (g) =>
        g[0]!.kind === c.kind &&
        g.some((d) => [d.a.value, d.b.value].map(norm).some((v) => vals.includes(v))),
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

/** Shown amounts ("4.023 km", "4 km") that agree are one value. */
function sameValue(a: string, b: string): boolean {
  if (a === b) return true;
  const qa = parseQuantity(a.replace("–", "-").replace(/ (\S+)$/, " #$1"));
  const qb = parseQuantity(b.replace("–", "-").replace(/ (\S+)$/, " #$1"));
  return !!qa && !!qb && qa.unit === qb.unit && sameAmount(qa, qb);
}

function norm(s: string): string {
  return s.toLowerCase().replace(/\s+/g, " ").trim();
}
