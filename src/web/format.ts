/**
 * @module
 * Small display helpers shared by the views: article labels, safe links, dates and a stable
 * colour per origin (so the same wire agency has the same colour everywhere on the page).
 */
import type { DossierArticle } from "../core/dossier.js";

/** The outlet, else the site's host name, else the file name: never a long path. */
export function articleLabel(a: DossierArticle | undefined): string {
  if (!a) return "?";
  if (a.outlet) return a.outlet;
  const href = safeHref(a.url);
  if (href) return new URL(href).hostname.replace(/^www\./, "");
  return a.source.split(/[\\/]/).pop() || a.id;
}

/** Only http(s) URLs become links: an article's URL is untrusted (`javascript:` must not run). */
export function safeHref(url: string | null): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    return u.protocol === "http:" || u.protocol === "https:" ? u.href : undefined;
  } catch {
    return undefined;
  }
}

/** A date of any precision (2023, 2023-09, 2023-09-12…) as a UTC timestamp in ms, or NaN. */
export function dateValue(date: string): number {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(date);
  if (!m) return Number.NaN;
  return Date.UTC(Number(m[1]), Number(m[2] ?? "1") - 1, Number(m[3] ?? "1"));
}

export function originColor(origin: string): string {
  let h = 0;
  for (const ch of origin) h = (h * 31 + (ch.codePointAt(0) ?? 0)) % 360;
  return `hsl(${h} 65% 42%)`;
}

export const byId = (articles: readonly DossierArticle[]): Map<string, DossierArticle> =>
  new Map(articles.map((a) => [a.id, a]));
