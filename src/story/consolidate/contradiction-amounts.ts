/**
 * @module
 * Disagreements over amounts: two articles giving different values for the same measured thing at
 * the same moment of the story. "The same thing" is read from the frame, not from similar words:
 * a clock time of the same event (the fire broke out, the plane took off), a count of the same
 * kind of thing (children on board, prison cells) with the same outcome (dead, injured) and the
 * same severity (lightly vs seriously injured), a magnitude of the quake, an age of the same
 * person. "The same moment" matters for running figures (tolls, injured, foreigners among the
 * dead): each article is placed at the death toll it reports, and two articles at different tolls
 * are reporting updates, not disputing each other. Values within their stated approximation, or
 * on the right side of a bound ("at least 151"), agree (see contradiction-values.ts).
 *
 * Statements are bucketed by what they measure and then by value, so the work grows with the
 * number of distinct values, never with the pairs of statements.
 */
import { particularKind, sameKindOfPeople } from "../../stages/claims/slots.js";
import type { Amount, Frame } from "./align/frames.js";
import type { ClaimItem } from "./align/items.js";
import { wordingPatterns } from "./amount-wording.js";
import {
  agree,
  type Bound,
  boundOf,
  positionOf,
  type Reading,
  showClock,
  zoneOf,
} from "./contradiction-values.js";

export interface AmountConflict {
  readonly slot: "number" | "date";
  readonly kind: string;
  readonly a: { value: string; item: ClaimItem };
  readonly b: { value: string; item: ClaimItem };
  readonly sim: number;
}

/** Measures of one thing that do not run up as a story unfolds. */
const MEASURES: ReadonlySet<string> = new Set([
  "#magnitude",
  "#km",
  "#clock",
  "#hour",
  "#minute",
  "#age",
  "#depth",
  "#height",
]);

/** Spans of time ("four months ago", "nine days after"): said of many different intervals. */
const DURATIONS: ReadonlySet<string> = new Set(["#hour", "#minute", "#day", "#week", "#month", "#year"]);

/** Events a sentence names about its own telling: they time the report, not what happened. */
const TELLING: ReadonlySet<string> = new Set([
  "ev:say",
  "ev:report",
  "ev:confirm",
  "ev:announce",
  "ev:identify",
  "ev:investigate",
]);

/** Outcomes whose counts run up as a story unfolds: a count of them is a snapshot. */
const RUNNING: ReadonlySet<string> = new Set([
  "ev:die",
  "ev:injure",
  "ev:missing",
  "ev:evacuate",
  "ev:find",
  "ev:rescue",
  "ev:hospitalize",
  "ev:damage",
  "ev:identify",
  "ev:increase",
  "ev:decrease",
]);

/** Counts further apart than this factor are of different things. */
const MAX_RATIO = 4;

/** Alignment probability two counts' statements need, their values set aside. */
const SAME_FACT = 0.5;
/** Clock times and measures name no kind of thing, so their statements must be closer. */
const SAME_FACT_MEASURE = 0.6;

/** Clock times at least this far apart may be one moment in two time zones. */
const ZONE_MINUTES = 50;

/** Statements further apart than this in publication are never one moment of a running figure. */
const UPDATE_HOURS = 30;
/** Readings compared per value, at most: a value stated a thousand times needs no more witnesses. */
const PER_VALUE = 12;

interface AmountReading extends Reading {
  readonly index: number;
  readonly item: ClaimItem;
  readonly frame: Frame;
  readonly amount: Amount;
  /** What is measured: the event a clock time times, or the kind of thing a count counts. */
  readonly what: string;
  readonly running: boolean;
  /** The events a clock time or a measure may be of (see timedEvents). */
  readonly events: readonly string[];
  /** The larger count of people its sentence counts it within ("138 adults" of "155 orang"), or null. */
  readonly whole: number | null;
}

/**
 * The amount disagreements among a story's statements. `factual` picks the statements told as
 * fact (asserted or attributed); hedged, planned, negated and background ones never dispute.
 */
export function amountConflicts(
  items: readonly ClaimItem[],
  frames: readonly Frame[],
  factual: (f: Frame) => boolean,
  related: (i: number, j: number) => number = () => 1,
): AmountConflict[] {
  const anchors = tollAnchors(items, frames);
  const stated = new Map<string, Set<string>>();
  const buckets = new Map<string, AmountReading[]>();
  items.forEach((item, i) => {
    const frame = frames[i]!;
    if (frame.facet !== "main") return;
    for (const amount of unambiguous(frame.amounts, item.claim.text)) {
      // A count of the rest or of some of a group ("72 lainnya", "19 of them") is a part.
      if (wordingPatterns().mentions("parts", clauseAfter(item.claim.text, amount).slice(0, 30))) continue;
      const what = measured(amount, frame, item.claim.text);
      if (!what) continue;
      const said = stated.get(item.article) ?? new Set<string>();
      said.add(`${amount.unit}|${kindOf(what)}|${amount.lo}-${amount.hi}`);
      stated.set(item.article, said);
      if (!factual(frame)) continue;
      const bound: Bound = boundOf(item.claim.text, amount);
      const running =
        !MEASURES.has(amount.unit) &&
        ((amount.role !== null && RUNNING.has(amount.role)) ||
          item.claim.update === true ||
          // A count of those still in some state ("28 yang masih terjebak") runs down as the day goes.
          wordingPatterns().mentions(
            "still",
            `${wordsBefore(item.claim.text, amount)} ${clauseAfter(item.claim.text, amount)}`,
          ));
      const whole = wholeOf(amount, frame.amounts);
      const events = timedEvents(amount, frame);
      const r: AmountReading = {
        ...amount,
        bound,
        index: i,
        item,
        frame,
        amount,
        what,
        running,
        whole,
        events,
      };
      const key = `${amount.unit}|${kindOf(what)}`;
      buckets.set(key, [...(buckets.get(key) ?? []), r]);
    }
  });
  const out: AmountConflict[] = [];
  for (const [key, readings] of buckets) {
    const byValue = new Map<string, AmountReading[]>();
    for (const r of readings) {
      const v = `${r.lo}-${r.hi}`;
      const list = byValue.get(v) ?? [];
      if (list.length < PER_VALUE) list.push(r);
      byValue.set(v, list);
    }
    const values = [...byValue.values()];
    for (let p = 0; p < values.length; p++) {
      for (let q = p + 1; q < values.length; q++) {
        const hit = firstConflict(values[p]!, values[q]!, anchors, stated, related);
        if (hit) {
          const [x, y] = hit;
          out.push({
            slot: x.unit === "#clock" ? "date" : "number",
            kind: `amount ${key}`,
            a: { value: show(x), item: x.item },
            b: { value: show(y), item: y.item },
            sim: 1,
          });
        }
      }
    }
  }
  return out;
}

/** The first pair of readings, one of each value, that cannot both be true of one moment. */
function firstConflict(
  as: readonly AmountReading[],
  bs: readonly AmountReading[],
  anchors: ReadonlyMap<string, number>,
  stated: ReadonlyMap<string, ReadonlySet<string>>,
  related: (i: number, j: number) => number,
): [AmountReading, AmountReading] | null {
  for (const x of as) {
    for (const y of bs) {
      if (x.item.article === y.item.article || agree(x, y)) continue;
      if (!sameSubject(x, y) || !sameMoment(x, y, anchors)) continue;
      if (!sameRole(x, y)) continue;
      // A part against its whole ("155 orang, terdiri atas 138 penumpang dewasa" against "155 passengers").
      if ((x.whole !== null && y.hi >= x.whole) || (y.whole !== null && x.hi >= y.whole)) continue;
      // Counts an order of magnitude apart count different things (a block's 122 inmates, a
      // prison built for 1,225): outlets that disagree about one count are rarely that far apart.
      if (!MEASURES.has(x.unit) && Math.max(x.lo, y.lo) > MAX_RATIO * Math.max(1, Math.min(x.lo, y.lo)))
        continue;
      // Different words about one event: only statements the alignment model finds close enough
      // to state one fact, once the values in dispute are set aside, disagree.
      if (related(x.index, y.index) < (x.what.includes("|") ? SAME_FACT : SAME_FACT_MEASURE)) continue;
      // An article that states both values of the thing somewhere is not disputing either.
      const mentions = (article: string, r: AmountReading) =>
        stated.get(article)?.has(`${r.unit}|${kindOf(r.what)}|${r.lo}-${r.hi}`) === true;
      if (mentions(x.item.article, y) || mentions(y.item.article, x)) continue;
      return [x, y];
    }
  }
  return null;
}

/**
 * What an amount measures, or null when the statement does not say clearly enough to compare it:
 * a clock time times the event its role names, else the one event of its sentence; a count of
 * people counts its noun's kind, or, in no particular noun, the outcome it counts (the dead);
 * a count of things counts its unit. Severity words split the injured.
 */
function measured(q: Amount, f: Frame, text: string): string | null {
  // Clock times and measures: the events they may time are matched pairwise (see sameSubject).
  // A clock time in a sentence of several events ("closed the trail after the 14.53 eruption")
  // times one of them, and which one is not known: only its role, or a sentence of one event, says.
  if (q.unit === "#clock") return timedEvents(q, f).length === 1 ? "event" : null;
  if (q.unit === "#age") return f.actors.size > 0 ? "person" : null;
  if (q.unit === "#magnitude") return q.role;
  if (DURATIONS.has(q.unit)) return null;
  if (MEASURES.has(q.unit)) {
    // A distance or a height is of one event only on one day: ash columns of different eruptions differ.
    return f.days.length > 0 && timedEvents(q, f).length > 0 ? "event" : null;
  }
  // A unit the quantity reader could not name ("149 includ") says nothing comparable.
  if (!q.unit.startsWith("#")) return null;
  const kind = q.unit === "#person" ? particularKind(q.noun) : q.unit;
  const role = q.role && !TELLING.has(q.role) ? q.role : null;
  if (!kind && !role) return null;
  const severity = role === "ev:injure" || kind ? severityOf(text, q) : "";
  return `${kind ?? "*"}|${severity}|${role ?? "-"}`;
}

/** The events a clock time or a measure may be of: its role, else every event of its sentence. */
function timedEvents(q: Amount, f: Frame): string[] {
  if (q.role && !TELLING.has(q.role)) return [q.role];
  return [...f.events].filter((e) => e.startsWith("ev:") && !TELLING.has(e));
}

/** The measured thing without its role: roles are matched pairwise (see sameRole). */
function kindOf(what: string): string {
  return what.replace(/\|[^|]*$/, "");
}

/**
 * Two counts of one kind count the same outcome: the same role, or a role on one side only when
 * the kind is particular ("70 pendaki" on the mountain, "75 climbers trapped").
 */
function sameRole(x: AmountReading, y: AmountReading): boolean {
  if (!x.what.includes("|")) return true;
  const rx = x.what.slice(x.what.lastIndexOf("|") + 1);
  const ry = y.what.slice(y.what.lastIndexOf("|") + 1);
  if (rx === ry) return true;
  if (x.what.startsWith("*|")) return false;
  // A particular kind counted with different verbs, or one verb and none ("400 firefighters
  // deployed", "500 firefighters battled"; "70 pendaki" on the summit, "75 climbers trapped"), is
  // one count, unless a verb is an outcome that splits it: "181 passengers" on board are not the
  // "179 passengers" who died.
  return !RUNNING.has(rx) && !RUNNING.has(ry);
}

/** The clause after the count ("72 orang mengalami luka ringan, …"), or the sentence when the number is not found. */
function clauseAfter(text: string, q: Amount): string {
  const at = positionOf(text, q);
  if (at < 0) return text;
  const rest = text.slice(at, at + 70);
  const stop = wordingPatterns().clauseBreak.exec(rest.slice(1));
  return stop ? rest.slice(0, stop.index + 1) : rest;
}

/** The few words before the count. */
function wordsBefore(text: string, q: Amount): string {
  const at = positionOf(text, q);
  return at < 0 ? "" : text.slice(Math.max(0, at - 25), at);
}

/** Severity words after a count of the injured: "72 luka ringan" is not "80 injured". */
function severityOf(text: string, q: Amount): string {
  const after = clauseAfter(text, q);
  const { mentions } = wordingPatterns();
  return (["light", "serious"] as const).filter((s) => mentions(s, after)).join("+");
}

/** An age belongs to one person; everything else is measured of the story's one event. */
function sameSubject(x: AmountReading, y: AmountReading): boolean {
  // An age is of a person both statements name, and of no one else they name: one statement's
  // actors all in the other's ("Jeju Air's captain, 45" and "Jeju Air's chief, 60" share only the airline).
  if (x.unit === "#age") {
    const [small, big] = x.frame.actors.size <= y.frame.actors.size ? [x, y] : [y, x];
    return small.frame.actors.size > 0 && [...small.frame.actors].every((a) => big.frame.actors.has(a));
  }
  if (x.what === "event") {
    if (!x.events.some((e) => y.events.includes(e))) return false;
    // Clock times an hour or more apart in different or unnamed zones may be one moment
    // converted ("09.03 KST", "07.03 WIB"): only times in one named zone compare that far apart.
    if (x.unit === "#clock" && Math.abs(x.lo - y.lo) >= ZONE_MINUTES) {
      const zx = zoneOf(x.item.claim.text, x);
      if (zx === "local" || zx !== zoneOf(y.item.claim.text, y)) return false;
    }
  }
  // Two days named and none shared: different days, different moments.
  if (
    x.frame.days.length > 0 &&
    y.frame.days.length > 0 &&
    !x.frame.days.some((d) => y.frame.days.includes(d))
  )
    return false;
  // Both name places and share none: a count in Sukabumi is not a count in Cianjur.
  if (
    x.frame.places.size > 0 &&
    y.frame.places.size > 0 &&
    ![...x.frame.places].some((p) => y.frame.places.has(p))
  )
    return false;
  return sameKindOfPeople(x.amount.noun, y.amount.noun);
}

/**
 * Whether two readings of a running figure are of one moment: both articles report the same
 * death toll (the story's clock), or, where one reports none, both statements are dated to one
 * day, published within a day of each other and neither is worded as an update.
 */
function sameMoment(x: AmountReading, y: AmountReading, anchors: ReadonlyMap<string, number>): boolean {
  if (!x.running && !y.running) return true;
  const [ax, ay] = [anchors.get(x.item.article), anchors.get(y.item.article)];
  if (ax !== undefined && ay !== undefined) return ax === ay;
  if (x.item.claim.update || y.item.claim.update) return false;
  const sameDay = x.frame.days.some((d) => y.frame.days.includes(d));
  const px = x.item.published ? Date.parse(x.item.published) : Number.NaN;
  const py = y.item.published ? Date.parse(y.item.published) : Number.NaN;
  return sameDay && Math.abs(px - py) <= UPDATE_HOURS * 3600_000;
}

/**
 * Each article's death toll: the largest count of the dead, in no particular noun ("19 foreigners"
 * among the dead is not the toll), that it states as fact. A lone count of people in a sentence
 * about deaths ("korban jiwa … mencapai empat orang") is a toll too.
 */
function tollAnchors(items: readonly ClaimItem[], frames: readonly Frame[]): Map<string, number> {
  const out = new Map<string, number>();
  items.forEach((item, i) => {
    const f = frames[i]!;
    if (f.facet !== "main" || f.modality === "background" || f.modality === "planned") return;
    const people = f.amounts.filter((q) => q.unit === "#person" && particularKind(q.noun) === null);
    for (const q of people) {
      const dead = q.role === "ev:die" || (q.role === null && people.length === 1 && f.events.has("ev:die"));
      if (dead && q.lo >= 1 && wholeOf(q, f.amounts) === null)
        out.set(item.article, Math.max(out.get(item.article) ?? 0, q.hi));
    }
  });
  return out;
}

/**
 * The amounts of a statement that stand unambiguously for their kind: a sentence listing several
 * counts of one kind ("2,272 houses in Cianjur, 46 in Bogor") names none of them as "the" count,
 * and one with two clock times (broke out at 01.50, put out at 03.30) times two events.
 */
function unambiguous(amounts: readonly Amount[], _text: string): Amount[] {
  const key = (q: Amount) => (q.unit === "#clock" ? q.unit : `${q.unit}|${q.noun ?? ""}|${q.role ?? ""}`);
  const n = new Map<string, number>();
  for (const q of amounts) n.set(key(q), (n.get(key(q)) ?? 0) + 1);
  return amounts.filter((q) => n.get(key(q)) === 1);
}

/**
 * The larger count of people, of no kind or of the same kind, that holds a count of people in its
 * sentence: "155 orang, terdiri atas 138 penumpang dewasa" counts adults within everyone, and
 * "151 deaths, including 22 foreigners" foreigners within the dead. A larger count of another
 * particular kind ("155 passengers - 138 adults, 16 children") holds neither.
 */
function wholeOf(q: Amount, all: readonly Amount[]): number | null {
  if (q.unit !== "#person") return null;
  const holders = all.filter(
    (o) =>
      o !== q &&
      o.unit === "#person" &&
      o.lo > q.hi &&
      (particularKind(o.noun) === null || particularKind(o.noun) === particularKind(q.noun)),
  );
  return holders.length > 0 ? Math.min(...holders.map((o) => o.lo)) : null;
}

function show(r: AmountReading): string {
  const range = (f: (v: number) => string) => (r.lo === r.hi ? f(r.lo) : `${f(r.lo)}–${f(r.hi)}`);
  if (r.unit === "#clock") return `${range(showClock)} clock`;
  return `${range(String)} ${r.unit.replace(/^#/, "")}`;
}
