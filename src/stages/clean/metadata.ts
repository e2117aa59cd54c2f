/**
 * @module
 * Merges what cleaning read into the article's metadata. Container metadata wins; then, for the
 * outlet: the dateline, a logo, a stamp's section label or the outlet's credit of itself, and a
 * linked address last.
 */
import type { ArticleMeta } from "../../core/doc/document.js";
import { outletNamed, outletOfUrl } from "../../lang/base/outlets.js";
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
}

export function mergeMeta(m: ArticleMeta, { text, found, header, dateline }: Read): ArticleMeta {
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
    null;
  // The most precise stamp wins: a page may print the day alone above "Posted … 10:00 PM".
  const stamp = found.stamps.find((s) => s.includes("T")) ?? found.stamps[0];
  return Object.freeze({
    ...m,
    title: m.title ?? header.title,
    outlet,
    published: m.published.value
      ? m.published
      : stamp
        ? { value: stamp, basis: "stated" as const }
        : m.published,
    authors: m.authors.length ? m.authors : credits.authors,
    editors: m.editors.length ? m.editors : credits.editors,
    contributors: m.contributors.length ? m.contributors : credits.contributors,
    agencies: m.agencies.length ? m.agencies : agencies,
    citedSources: m.citedSources.length ? m.citedSources : cited,
    dateline: m.dateline ?? dateline?.place ?? null,
  });
}
