/**
 * @module
 * Merges what cleaning read into the article's metadata. Container metadata wins; then, for the
 * outlet: the dateline, a logo, a stamp's section label or the outlet's credit of itself, and a
 * linked address last.
 */
import type { ArticleMeta } from "../../core/doc/document.js";
import { agencyNamed } from "../../lang/base/agencies.js";
import { looksLikeOutletName, OUTLETS, outletNamed, outletOfUrl } from "../../lang/base/outlets.js";
import { readBodyCredits } from "./cited.js";
import type { Findings } from "./classify.js";
import { emptyCredits, mergeCredits } from "./credits.js";
import type { Dateline } from "./dateline.js";
import type { Header } from "./header.js";

export interface Read {
  readonly text: string;
  readonly found: Findings;
  readonly header: Header;
  readonly dateline: Dateline | null;
  /** Interface chrome cleaning removed (prompts, menus, banners): outlets name themselves there. */
  readonly chrome?: readonly string[];
}

// Outlets a page's interface names are its own ("kumparan Hadir di WhatsApp Channel", "Please
// consider supporting SCMP's journalism"); credits, sources and republished notes are left out of
// `chrome` because they name other outlets. Directory names of three letters or more only.
const OUTLET_NAMES = [...new Set(OUTLETS.flatMap((o) => [o.name, ...o.aliases]))]
  .filter((n) => n.length >= 3 && !agencyNamed(n))
  .sort((a, b) => b.length - a.length);
const OUTLET_IN_TEXT = new RegExp(
  `(?<![\\p{L}\\d.])(${OUTLET_NAMES.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})(?![\\p{L}\\d])`,
  "gu",
);

function chromeOutlet(chrome: readonly string[]): string | null {
  const counts = new Map<string, number>();
  for (const line of chrome) {
    // A caption or a credit names whoever took the photo or wrote the copy.
    if (/\b(?:foto|photo|sumber|source|via|dok|credit)\b|\([^()]*\)\s*$/iu.test(line)) continue;
    for (const m of line.matchAll(OUTLET_IN_TEXT)) {
      const name = outletNamed(m[1]!)?.name;
      if (name) counts.set(name, (counts.get(name) ?? 0) + 1);
    }
  }
  let best: string | null = null;
  let most = 0;
  for (const [name, n] of counts) if (n > most) [best, most] = [name, n];
  if (best) return best;
  // A prompt naming the site by its web name: "Baca berita menarik lainnya di Gatranews.id".
  for (const line of chrome) {
    if (!/\b(?:di|at|on|ke)\s+\S+\.\S/iu.test(line)) continue;
    const host = WEB_NAME.exec(line)?.[1];
    if (host && !PLATFORM.test(host)) return outletNamed(host)?.name ?? host;
  }
  return null;
}

/** A web name after "di"/"at"/"on"/"ke" in a prompt. */
const WEB_NAME = /\b(?:di|at|on|ke)\s+((?:www\.)?[\p{L}\d-]+\.(?:com|co\.id|id|net|tv|co))\b/iu;
/** Platforms prompts send readers to, which are not the outlet. */
const PLATFORM =
  /^(?:www\.)?(?:google|facebook|twitter|x|instagram|youtube|whatsapp|tiktok|telegram|t|linkedin|line|apple|play\.google)\./iu;

/**
 * The outlet speaking of itself in its own report: "kata dia kepada detikcom", "Pantauan Permatanews
 * di lokasi", "dikonfirmasi Kompas.com". Only names shaped like an outlet's count.
 */
const SELF_MENTION =
  /\b(?:kepada|pantauan|dihubungi|dikonfirmasi|ditemui|diwawancarai|wawancara dengan)\s+([\p{L}][\p{L}\d.-]*(?:\.com|\.co\.id|\.id|\.co)?)/giu;

function selfMention(text: string): string | null {
  for (const m of text.matchAll(SELF_MENTION)) {
    const name = m[1]!.replace(/[.]$/, "");
    if (agencyNamed(name)) continue;
    const known = outletNamed(name);
    if (known) return known.name;
    if (looksLikeOutletName(name) && !/^\p{Lu}\p{Ll}+$/u.test(name.replace(/news$/i, ""))) return name;
    if (/^\p{Lu}[\p{L}]*(?:news|pos|post|times|tv|online)$/iu.test(name)) return name;
  }
  return null;
}

export function mergeMeta(m: ArticleMeta, { text, found, header, dateline, chrome = [] }: Read): ArticleMeta {
  const credits = emptyCredits();
  for (const c of found.credits) mergeCredits(credits, c);
  const body = readBodyCredits(text);
  const agencies = [
    ...new Set([...credits.agencies, ...(dateline?.agency ? [dateline.agency] : []), ...body.agencies]),
  ];
  const cited = [...new Set([...credits.sources, ...body.cited])].filter((c) => !agencies.includes(c));
  const outlet =
    m.outlet ??
    dateline?.outlet?.name ??
    dateline?.outletText ??
    (m.url ? outletOfUrl(m.url)?.name : undefined) ??
    found.outlets.map((o) => outletNamed(o)?.name ?? o)[0] ??
    header.outlet ??
    selfMention(text) ??
    chromeOutlet(chrome) ??
    null;
  // The most precise stamp wins: a page may print the day alone above "Posted … 10:00 PM".
  const stamps = found.stamps.length > 0 ? found.stamps : found.laterStamps;
  const stamp = stamps.find((s) => s.includes("T")) ?? stamps[0];
  return Object.freeze({
    ...m,
    title: m.title ?? header.title,
    outlet,
    published: m.published.value
      ? m.published
      : stamp
        ? { value: stamp, basis: "stated" as const }
        : dateline?.date
          ? { value: dateline.date, basis: "stated" as const }
          : m.published,
    authors: m.authors.length ? m.authors : credits.authors,
    editors: m.editors.length ? m.editors : credits.editors,
    contributors: m.contributors.length ? m.contributors : credits.contributors,
    agencies: m.agencies.length ? m.agencies : agencies,
    citedSources: m.citedSources.length ? m.citedSources : cited,
    dateline: m.dateline ?? dateline?.place ?? null,
  });
}
