/**
 * @module
 * A story's title, taken from the story itself: the most central headline of its articles (the
 * one sharing most words with the others, so an outlier's angle or an early pre-event headline
 * loses to what most outlets ran), else a "who — what — where" line built from its best-supported
 * claim. Never a dateline ("JAKARTA, September 10") and never an id.
 */
import type { Dossier } from "../core/dossier.js";
import { dayOf } from "./views/story-stats.js";

/** "JAKARTA, 10 September" or "CITY (Reuters) -": a dateline, not a headline. */
const DATELINE =
  /^\s*[\p{Lu}][\p{Lu}\p{M} .'-]{1,40}(,|\s[-–—])\s*(\(?[\p{L}.]+\)?\s*)?(\d{1,2}\s+\p{L}+|\p{L}+\s+\d{1,2})?\s*[,.\-–—]?\s*(\d{4})?\s*$/u;
const ID_LIKE = /^(story\s+)?s-[0-9a-f]{8,}$/i;
const MONTHS =
  /^(januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember|january|february|march|may|june|july|august|october|december)$/i;

export function isUsableHeadline(title: string | null | undefined): title is string {
  if (!title) return false;
  const t = title.trim();
  if (t.length < 12 || ID_LIKE.test(t) || DATELINE.test(t)) return false;
  // A headline has words that are not place names in capitals or dates.
  const words = t.match(/\p{L}{3,}/gu) ?? [];
  const content = words.filter((w) => !MONTHS.test(w) && w !== w.toLocaleUpperCase());
  return content.length >= 2;
}

const wordsOf = (s: string): Set<string> =>
  new Set((s.toLocaleLowerCase().match(/[\p{L}\p{N}]{3,}/gu) ?? []).filter((w) => !/^\d+$/.test(w)));

/** The headline sharing most words with the other headlines (ties: the first given). */
export function centralHeadline(titles: readonly string[]): string | undefined {
  const usable = titles.filter(isUsableHeadline);
  if (usable.length <= 1) return usable[0];
  const sets = usable.map(wordsOf);
  let best = 0;
  let bestScore = -1;
  sets.forEach((a, i) => {
    let score = 0;
    sets.forEach((b, j) => {
      if (i === j || a.size === 0 || b.size === 0) return;
      let shared = 0;
      for (const w of a) if (b.has(w)) shared += 1;
      score += shared / Math.sqrt(a.size * b.size);
    });
    if (score > bestScore) {
      bestScore = score;
      best = i;
    }
  });
  return usable[best];
}

/** "who — what — where" from the best-supported claim, its actors and places from the entities. */
function claimLine(dossier: Dossier): string | undefined {
  const claim = [...dossier.claims].sort(
    (a, b) => b.origins.length - a.origins.length || b.articles.length - a.articles.length,
  )[0];
  if (!claim) return undefined;
  const what = claim.what.replace(/\s+/g, " ").trim();
  const ranked = [...dossier.entities].sort((a, b) => b.mentions.length - a.mentions.length);
  const who = ranked.find((e) => e.type === "person" || e.type === "organization");
  const where = ranked.find((e) => e.type === "place");
  const has = (name: string | undefined) =>
    !!name && what.toLocaleLowerCase().includes(name.toLocaleLowerCase());
  const parts = [has(who?.name) ? undefined : who?.name, what.length > 90 ? `${what.slice(0, 88)}…` : what];
  if (where && !has(where.name)) parts.push(where.name);
  return parts.filter(Boolean).join(" — ");
}

/**
 * Headlines ordered by how close their article's day is to the median day of the story's articles
 * (where most of its coverage sits, and unmoved by one early or late piece), so that on a tie (two
 * headlines, or equally central ones) the coverage of the event beats a pre-event "X is expected
 * to meet Y" piece or a late follow-up.
 */
function byClosenessToPeak(dossier: Dossier): string[] {
  const days = dossier.articles
    .map(dayOf)
    .filter((d): d is string => !!d)
    .sort();
  const peak = days[Math.floor(days.length / 2)];
  const distance = (a: Dossier["articles"][number]): number => {
    const day = dayOf(a);
    return day && peak ? Math.abs(Date.parse(day) - Date.parse(peak)) : Number.MAX_SAFE_INTEGER;
  };
  return dossier.articles
    .filter((a) => a.title)
    .map((a) => ({ title: a.title as string, d: distance(a) }))
    .sort((x, y) => x.d - y.d)
    .map((x) => x.title);
}

export function storyTitle(dossier: Dossier, stored?: string | null): string {
  const central = centralHeadline(byClosenessToPeak(dossier));
  if (central) return central;
  if (isUsableHeadline(stored)) return stored;
  return claimLine(dossier) ?? "Untitled story";
}
