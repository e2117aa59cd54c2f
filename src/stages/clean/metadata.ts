/**
 * @module
 * Merges what cleaning read into the article's metadata. Container metadata wins; then, for the
 * outlet: the rules (the dateline, an address the outlet directory knows, a logo, a stamp's section
 * label or the outlet's credit of itself, a linked address last), and where they find none, the
 * learned reader of meta/outlet.ts, which weighs every name the page prints. Authors: the bylines
 * the rules read, else what the learned reader of meta/authors.ts finds.
 */
import type { ArticleMeta, Removal } from "../../core/doc/document.js";
import { agencyNamed } from "../../lang/base/agencies.js";
import { looksLikeOutletName, outletNamed, outletOfUrl } from "../../lang/base/outlets.js";
import { readBodyCredits } from "./cited.js";
import type { Findings } from "./classify.js";
import { emptyCredits, mergeCredits } from "./credits.js";
import type { Dateline } from "./dateline.js";
import type { Header } from "./header.js";
import { readAuthors } from "./meta/authors.js";
import { readOutlet } from "./meta/outlet.js";
import { OUTLET_IN_TEXT, SELF_MENTION, SELF_PROMPT } from "./meta/outlet-patterns.js";

export interface Read {
  readonly text: string;
  readonly found: Findings;
  readonly header: Header;
  readonly dateline: Dateline | null;
  /** Interface chrome cleaning removed (prompts, menus, banners): outlets name themselves there. */
  readonly chrome?: readonly string[];
  /** The page text and what cleaning cut from it: the learned outlet reader reads the whole page. */
  readonly raw?: string;
  readonly removed?: readonly Removal[];
  /** Receives the reason of the outlet decision (for `--debug`). */
  readonly explain?: (reason: string) => void;
}

// Outlets a page's interface names are its own ("kumparan Hadir di WhatsApp Channel", "Please
// consider supporting SCMP's journalism"); credits, sources and republished notes are left out of
// `chrome` because they name other outlets.
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
  // A prompt to follow or support the outlet, by a name the directory does not know.
  for (const line of chrome) {
    for (const m of line.matchAll(SELF_PROMPT)) {
      const name = m[1]!.trim().replace(/^the\s+/u, "");
      if (looksLikeOutletName(name) && !PLATFORM.test(name) && !agencyNamed(name)) return name;
    }
  }
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

export function mergeMeta(m: ArticleMeta, read: Read): ArticleMeta {
  const { text, found, header, dateline, chrome = [] } = read;
  const credits = emptyCredits();
  for (const c of found.credits) mergeCredits(credits, c);
  const body = readBodyCredits(text);
  const agencies = [
    ...new Set([...credits.agencies, ...(dateline?.agency ? [dateline.agency] : []), ...body.agencies]),
  ];
  const cited = [...new Set([...credits.sources, ...body.cited])].filter((c) => !agencies.includes(c));
  const ruleOutlet =
    dateline?.outlet?.name ??
    dateline?.outletText ??
    (m.url ? outletOfUrl(m.url)?.name : undefined) ??
    found.outlets.map((o) => outletNamed(o)?.name ?? o)[0] ??
    header.outlet ??
    selfMention(text) ??
    chromeOutlet(chrome) ??
    null;
  const authors = m.authors.length ? m.authors : credits.authors;
  // Container metadata wins; otherwise the learned reader has the last word (the shipped model
  // keeps the rules' pick where there is one and fills in where there is none).
  let outlet = m.outlet;
  if (outlet === null && read.raw !== undefined) {
    const decision = readOutlet({
      raw: read.raw,
      text,
      removed: read.removed ?? [],
      rulePick: ruleOutlet,
      agencies,
      authors,
      dateline: m.dateline ?? dateline?.place ?? null,
    });
    read.explain?.(decision.reason);
    outlet = decision.outlet;
  } else outlet ??= ruleOutlet;
  // Where the rules read no byline, the learned author reader may find one.
  let finalAuthors = authors;
  if (m.authors.length === 0 && read.raw !== undefined) {
    const decision = readAuthors({
      raw: read.raw,
      text,
      removed: read.removed ?? [],
      title: m.title ?? header.title,
      ruleAuthors: authors,
    });
    if (decision.authors !== authors) read.explain?.(decision.reason);
    finalAuthors = [...decision.authors];
  }
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
    authors: finalAuthors,
    editors: m.editors.length ? m.editors : credits.editors,
    contributors: m.contributors.length ? m.contributors : credits.contributors,
    agencies: m.agencies.length ? m.agencies : agencies,
    citedSources: m.citedSources.length ? m.citedSources : cited,
    dateline: m.dateline ?? dateline?.place ?? null,
  });
}
