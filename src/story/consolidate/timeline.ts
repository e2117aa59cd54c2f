/**
 * @module
 * The story timeline: dated events with the articles that report them and their evidence. A
 * candidate event is a sentence clause that carries a resolved date (day, month or year; never a
 * duration or a week) and at least one actor: an entity mention when the entities stage ran, else
 * a capitalised word inside the sentence, so the timeline degrades gracefully without mentions.
 * The date is the event's own (a background "pertama kali bertemu pada April 2019" keeps 2019-04),
 * never the publication date. Candidates with the same date and overlapping actors or event words
 * are one entry backed by every article that tells them, across languages too (the same day and a
 * shared actor). Nothing is dated after the latest publication date of the story unless the text
 * says it is ahead (then `scheduled: true`).
 *
 * Entries are events, never debris: a byline, a dateline or a bare date ("JAKARTA, 13 September
 * 2023.") says nothing happened, and a date right after "sejak" / "since" ("… kali pertama sejak
 * 2019") is what the sentence measures from, not its event. When an outlet schedules an event for
 * a day near the one more articles report it on, the reported day stands and the schedule joins it
 * as evidence, so one outlet's slip is not a second row; the contradictions stage shows disputes.
 */
import { layer } from "../../core/doc/document.js";
import type { DateMention } from "../../core/doc/layers/dates.js";
import type { Contradiction, Evidence, TimelineEntry } from "../../core/dossier.js";
import { defaultPacks } from "../../lang/registry.js";
import type { EntityIndex, Story } from "./story.js";

interface Candidate {
  readonly date: string;
  readonly what: string;
  readonly article: string;
  readonly evidence: Evidence;
  readonly actors: ReadonlySet<string>;
  readonly words: ReadonlySet<string>;
  readonly scheduled: boolean;
  /** The article's language: the same event told in two languages shares actors, not words. */
  readonly lang: string;
}

/** Longest description kept, in characters: the clause around the date, not the whole sentence. */
const MAX_WHAT = 160;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'-]*/gu;

/** The day, month or year a dated mention names; null for weeks, durations and sets. */
function eventDate(d: DateMention): string | null {
  if (d.kind !== "date") return null;
  // A clock time or a part of the day ("2023-09-12TAF") dates its event to the day.
  if (d.precision === "minute" || d.precision === "day") return d.value.slice(0, 10);
  return d.precision === "month" || d.precision === "year" ? d.value : null;
}

/** Lower-case words of three letters or more: what a clause says beyond names, dates and numbers. */
// Not after a dot or slash: "KOMPAS.com" is a name, not a word of the clause.
const PLAIN_WORD = /(?<![\p{L}\p{N}./@])\p{Ll}[\p{Ll}'-]{2,}/gu;

/**
 * True when the sentence tells something beyond its dates and names: a plain word that is not one
 * of the language's date prepositions once the dates are taken out ("Kim tiba di Khasan pada
 * Selasa" has "tiba"). A dateline, a byline or a bare date ("JAKARTA, Kamis (14/9/2023).") has none.
 */
function tellsSomething(
  text: string,
  sStart: number,
  sEnd: number,
  dates: readonly DateMention[],
  lang: string,
): boolean {
  let rest = "";
  let at = sStart;
  for (const d of dates) {
    if (d.end <= sStart || d.start >= sEnd) continue;
    rest += text.slice(at, Math.max(at, d.start));
    at = Math.max(at, d.end);
  }
  rest += text.slice(at, sEnd);
  const glue = new Set(defaultPacks.get(lang).dates?.prepositions ?? []);
  return (rest.match(PLAIN_WORD) ?? []).some((w) => !glue.has(w));
}

const sinceCache = new Map<string, RegExp>();

/**
 * True when the date comes right after "sejak" / "since" ("… kali pertama sejak tahun 2019"): the
 * sentence measures from it, its event is another. A since-clause with its own event ("sejak Korea
 * Utara menutup perbatasannya pada Januari 2020") keeps that event's date.
 */
function afterSince(text: string, sStart: number, d: DateMention, lang: string): boolean {
  let re = sinceCache.get(lang);
  if (!re) {
    const words = defaultPacks.get(lang).dates?.sinceWords ?? [];
    const alt = words.length > 0 ? words.join("|") : "(?!)";
    re = new RegExp(`(?:^|[^\\p{L}])(?:${alt})\\s+$`, "iu");
    sinceCache.set(lang, re);
  }
  return re.test(text.slice(Math.max(sStart, d.start - 20), d.start));
}

/**
 * The clause holding `[start, end)` inside the sentence, widened clause by clause until it says
 * something besides the date (at least six words), then cut to MAX_WHAT characters.
 */
function clauseAround(text: string, sStart: number, sEnd: number, start: number, end: number): string {
  const sentence = text.slice(sStart, sEnd);
  if (sentence.length <= MAX_WHAT) return tidy(sentence);
  const at = start - sStart;
  const to = end - sStart;
  const cuts = [0, ...[...sentence.matchAll(/[,;:]\s|\s[-–—]\s/g)].map((m) => m.index! + 1), sentence.length];
  let i = 0;
  while (i + 1 < cuts.length && cuts[i + 1]! <= at) i += 1;
  let j = cuts.findIndex((c) => c >= to);
  const words = (): number =>
    (sentence.slice(cuts[i]!, at) + sentence.slice(to, cuts[j]!)).match(WORD)?.length ?? 0;
  // Forward first (what follows the date usually says what happened), then back within the limit.
  while (words() < 6) {
    if (j + 1 < cuts.length) j += 1;
    else if (i > 0 && cuts[j]! - cuts[i - 1]! <= MAX_WHAT) i -= 1;
    else break;
  }
  let out = sentence.slice(cuts[i]!, cuts[j]!);
  if (out.length > MAX_WHAT) out = `${out.slice(0, MAX_WHAT).replace(/\s+\S*$/, "")} …`;
  return tidy(out);
}

function tidy(s: string): string {
  return s
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^[,;:–—-]\s*/, "")
    .replace(/[,;:–—-]$/, "");
}

/** Lower-cased content words of four letters or more: the event's vocabulary for merging. */
function contentWords(s: string): Set<string> {
  return new Set((s.match(WORD) ?? []).map((w) => w.toLowerCase()).filter((w) => w.length >= 4));
}

/** Content words of the clause that are neither an actor's name nor part of the date. */
function eventWords(what: string, actors: ReadonlySet<string>, dateText: string): Set<string> {
  const skip = new Set([...actors].flatMap((a) => a.split(/\s+/)).concat([...contentWords(dateText)]));
  return new Set([...contentWords(what)].filter((w) => !skip.has(w)));
}

/** Actors of a sentence: story entities of its mentions, else its capitalised words (not the first). */
function actorsOf(
  key: string,
  text: string,
  sStart: number,
  sEnd: number,
  mentions: readonly { start: number; end: number; canonical: string; type: string }[],
  dates: readonly DateMention[],
  entities: EntityIndex,
): Set<string> {
  const inside = mentions.filter((m) => m.start >= sStart && m.end <= sEnd && m.type !== "other");
  if (inside.length > 0)
    return new Set(inside.map((m) => entities.at(key, m.start, m.end)?.id ?? m.canonical.toLowerCase()));
  const out = new Set<string>();
  const sentence = text.slice(sStart, sEnd);
  for (const m of sentence.matchAll(WORD)) {
    const at = sStart + m.index!;
    if (m.index === 0 || !/^\p{Lu}/u.test(m[0]) || m[0].length < 2) continue;
    if (dates.some((d) => d.start <= at && at < d.end)) continue;
    out.add(m[0].toLowerCase());
  }
  return out;
}

/** The latest publication day of the story (stated or a lower bound), or null when none is known. */
function latestPublication(story: Story): string | null {
  let latest: string | null = null;
  for (const { doc } of story.articles) {
    const p = doc.meta.published;
    for (const v of [p.value, p.notBefore]) {
      const day = v?.slice(0, 10);
      if (day && /^\d{4}-\d{2}-\d{2}$/.test(day) && (!latest || day > latest)) latest = day;
    }
  }
  return latest;
}

/** Entries this many days or more before the story's first article are its background history. */
const BACKGROUND_DAYS = 30;

/** The day the story's coverage starts: its earliest stated publication day, or null. */
function earliestPublication(story: Story): string | null {
  let earliest: string | null = null;
  for (const { doc } of story.articles) {
    const day = doc.meta.published.basis === "stated" ? doc.meta.published.value?.slice(0, 10) : undefined;
    if (day && /^\d{4}-\d{2}-\d{2}$/.test(day) && (!earliest || day < earliest)) earliest = day;
  }
  return earliest;
}

/** Whether a timeline date lies well before the coverage began (any precision: "2019", "2020-01"). */
function isBackground(date: string, coverageStart: string | null): boolean {
  if (!coverageStart) return false;
  const cutoff = new Date(Date.parse(coverageStart) - BACKGROUND_DAYS * 86_400_000)
    .toISOString()
    .slice(0, 10);
  // A year or month dates the whole period: it is background only when all of it lies before the cutoff.
  const end = /^\d{4}$/.test(date)
    ? `${date}-12-31`
    : /^\d{4}-\d{2}$/.test(date)
      ? `${date}-31`
      : date.slice(0, 10);
  return end < cutoff;
}

function candidatesOf(story: Story, entities: EntityIndex, latest: string | null): Candidate[] {
  const out: Candidate[] = [];
  for (const { key, doc } of story.articles) {
    const dates = layer(doc, "dates");
    if (dates.length === 0) continue;
    const sentences = layer(doc, "sentences");
    const spans = sentences.length > 0 ? sentences : [{ start: 0, end: doc.text.length }];
    const mentions = layer(doc, "mentions");
    for (const d of dates) {
      const date = eventDate(d);
      // The day a report came out is not the day its news happened.
      if (!date || d.dates === "report") continue;
      const s = spans.find((x) => x.start <= d.start && d.end <= x.end);
      if (!s) continue;
      // "Putin tiba … Senin (11/09) untuk menghadiri forum yang berlangsung hingga Rabu (13/09)":
      // the end of a span dates the sentence's event only when nothing else in it does.
      if (
        d.bound === "end" &&
        dates.some((o) => o !== d && o.start >= s.start && o.end <= s.end && eventDate(o))
      )
        continue;
      const lang = doc.meta.language ?? "und";
      if (afterSince(doc.text, s.start, d, lang)) continue;
      if (!tellsSomething(doc.text, s.start, s.end, dates, lang)) continue;
      const actors = actorsOf(key, doc.text, s.start, s.end, mentions, dates, entities);
      if (actors.size === 0) continue;
      const scheduled = d.future === true;
      // Past the story's newest article, only what the text itself puts ahead may stand.
      if (latest && date > latest && !scheduled) continue;
      const what = clauseAround(doc.text, s.start, s.end, d.start, d.end);
      if (what.split(" ").length < 3) continue;
      out.push({
        date,
        what,
        article: key,
        evidence: { article: key, start: s.start, end: s.end, text: doc.text.slice(s.start, s.end) },
        actors,
        words: eventWords(what, actors, d.text),
        scheduled,
        lang,
      });
    }
  }
  return out;
}

function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let n = 0;
  for (const x of a) if (b.has(x)) n += 1;
  return n;
}

/**
 * Same date, and two shared actors, or one shared actor and a shared event word, or three shared
 * event words. Actors found in most of the story's candidates (its protagonists) do not count:
 * they say nothing about which event a sentence tells. Event words leave out actor names.
 */
function sameEvent(a: Candidate, b: Candidate, common: ReadonlySet<string>): boolean {
  return a.date === b.date && alike(a, b, common);
}

/**
 * Whether two candidates tell the same thing, whatever their dates. Across languages no event word
 * can be shared, so one shared actor on a day (not a month or year) is enough; protagonists count
 * there, since entities are what the two languages have in common.
 */
function alike(a: Candidate, b: Candidate, common: ReadonlySet<string>): boolean {
  let actors = 0;
  for (const x of a.actors) if (b.actors.has(x) && !common.has(x)) actors += 1;
  const words = overlap(a.words, b.words);
  if (actors >= 2 || (actors > 0 && words >= 1) || words >= 3) return true;
  const day = a.date.length === 10 && b.date.length === 10;
  return a.lang !== b.lang && day && overlap(a.actors, b.actors) > 0;
}

/** Days between two ISO days. */
function dayGap(a: string, b: string): number {
  return Math.abs(Date.parse(`${a}T00:00Z`) - Date.parse(`${b}T00:00Z`)) / 86400000;
}

/** Farthest apart two outlets' days for one event can be and still be a slip, not two events. */
const MAX_SLIP_DAYS = 3;

/**
 * Folds a scheduled group into one that tells the same event on a nearby day from other articles
 * and is backed by more of them: an outlet that announced the wrong day (or a day that moved) is
 * evidence of the event, not a second "scheduled" row. Past events on different days stay apart:
 * "Kim left on Sunday" and "Kim arrived on Tuesday" share their actors and are still two events.
 */
function foldSlips(groups: Candidate[][], common: ReadonlySet<string>): Candidate[][] {
  const articlesOf = (g: readonly Candidate[]) => new Set(g.map((c) => c.article));
  const sorted = [...groups].sort((a, b) => articlesOf(b).size - articlesOf(a).size);
  const kept: Candidate[][] = [];
  for (const g of sorted) {
    const mine = articlesOf(g);
    const host = kept.find((k) => {
      const date = k[0]!.date;
      const theirs = articlesOf(k);
      return (
        g.every((c) => c.scheduled) &&
        theirs.size > mine.size &&
        date.length === 10 &&
        g[0]!.date.length === 10 &&
        date !== g[0]!.date &&
        dayGap(date, g[0]!.date) <= MAX_SLIP_DAYS &&
        [...mine].every((a) => !theirs.has(a)) &&
        g.some((c) => k.some((x) => alike(x, c, common)))
      );
    });
    if (host) host.push(...g.map((c) => ({ ...c, date: host[0]!.date })));
    else kept.push(g);
  }
  return kept;
}

/** Whether two evidence spans are one sentence of one article (or overlap in it). */
function sameSpan(a: Evidence, b: Evidence): boolean {
  return a.article === b.article && a.start < b.end && b.start < a.end;
}

/**
 * Folds the rows of one event that outlets date differently into one row. Two signals must agree
 * before rows fold: the claims stage found a date contradiction whose sides are told by these
 * rows' sentences (its learned same-event score, the disputed slot set aside), and the rows tell
 * alike things within a few days. The row of the day more articles give stands, cited only to the
 * articles that give that day, and lists the other days as disputed; the sentences that give the
 * other days leave the timeline (the contradiction shows them), so no row cites an article for a
 * day it does not state. When each day has as many articles, nothing says which stands: both rows
 * stay, each marked with the other's day. Rows that fold nothing stay as they are.
 */
function foldDisputedDates(
  groups: Candidate[][],
  contradictions: readonly Contradiction[],
  common: ReadonlySet<string>,
): { groups: Candidate[][]; disputed: ReadonlyMap<Candidate, ReadonlySet<string>> } {
  // Marks sit on the candidates, so they follow them into whatever their groups become.
  const disputed = new Map<Candidate, Set<string>>();
  const mark = (g: readonly Candidate[], days: readonly string[]) => {
    for (const x of g) {
      const set = disputed.get(x) ?? new Set<string>();
      for (const d of days) if (d !== x.date) set.add(d);
      disputed.set(x, set);
    }
  };
  let kept = groups;
  for (const c of contradictions) {
    if (c.slot !== "date") continue;
    // For each side, the group of its day whose sentences tell it, and those sentences.
    const sides = c.values.flatMap((v) => {
      const told = (g: readonly Candidate[]) =>
        g.filter((x) => v.evidence.some((e) => sameSpan(e, x.evidence)));
      const group = kept.find((g) => g[0]!.date === v.value && told(g).length > 0);
      return group ? [{ day: v.value, group, told: told(group) }] : [];
    });
    if (sides.length < 2 || new Set(sides.map((s) => s.group)).size < sides.length) continue;
    const articles = (g: readonly Candidate[]) => new Set(g.map((x) => x.article)).size;
    sides.sort((a, b) => articles(b.group) - articles(a.group) || (a.day < b.day ? -1 : 1));
    const [host, ...others] = sides;
    const near = others.every(
      (o) =>
        dayGap(o.day, host!.day) <= MAX_SLIP_DAYS &&
        o.told.some((x) => host!.told.some((y) => alike(x, y, common))),
    );
    if (!near) continue;
    const days = sides.map((s) => s.day);
    // As many articles on each side: nothing says which day stands, so both rows stay, each marked.
    if (others.some((o) => articles(o.group) === articles(host!.group))) {
      for (const s of sides) mark(s.group, days);
      continue;
    }
    mark(host!.group, days);
    const dropped = new Set(others.flatMap((o) => o.told));
    kept = kept.map((g) => g.filter((x) => !dropped.has(x))).filter((g) => g.length > 0);
  }
  return { groups: kept, disputed };
}

/** The other days a group's candidates are marked with, as the entry's `disputedDates`. */
function disputedDates(
  g: readonly Candidate[],
  disputed: ReadonlyMap<Candidate, ReadonlySet<string>>,
): { disputedDates?: string[] } {
  const days = new Set(g.flatMap((x) => [...(disputed.get(x) ?? [])]));
  return days.size > 0 ? { disputedDates: [...days].sort() } : {};
}

/** Actors in at least 40% of the candidates, once there are enough candidates to tell. */
function protagonists(candidates: readonly Candidate[]): Set<string> {
  const out = new Set<string>();
  if (candidates.length < 5) return out;
  const counts = new Map<string, number>();
  for (const c of candidates) for (const a of c.actors) counts.set(a, (counts.get(a) ?? 0) + 1);
  for (const [a, n] of counts) if (n >= 0.4 * candidates.length) out.add(a);
  return out;
}

/**
 * The story's timeline. `contradictions` (the claims stage's) lets rows of one event that outlets
 * date differently fold into one row marked disputed, instead of standing as two events.
 */
export function buildTimeline(
  story: Story,
  entities: EntityIndex,
  contradictions: readonly Contradiction[] = [],
): TimelineEntry[] {
  const latest = latestPublication(story);
  const groups: Candidate[][] = [];
  const candidates = candidatesOf(story, entities, latest);
  const common = protagonists(candidates);
  for (const c of candidates) {
    // One sentence gives one event per date, even when it names the date twice.
    const dup = groups.find((g) =>
      g.some((x) => x.date === c.date && x.evidence.start === c.evidence.start && x.article === c.article),
    );
    if (dup) continue;
    const group = groups.find((g) => g.some((x) => sameEvent(x, c, common)));
    if (group) group.push(c);
    else groups.push([c]);
  }
  const coverageStart = earliestPublication(story);
  const folded = foldDisputedDates(foldSlips(groups, common), contradictions, common);
  const entries = folded.groups.map((g): TimelineEntry => {
    const articles = [...new Set(g.map((c) => c.article))];
    const what = [...g].sort((a, b) => a.what.length - b.what.length)[0]!.what;
    const scheduled = g.every((c) => c.scheduled);
    return {
      date: g[0]!.date,
      what,
      articles,
      evidence: g.map((c) => c.evidence),
      ...(scheduled ? { scheduled: true } : {}),
      ...disputedDates(g, folded.disputed),
      ...(isBackground(g[0]!.date, coverageStart) ? { background: true } : {}),
    };
  });
  return entries.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
