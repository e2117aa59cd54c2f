/**
 * @module
 * Credit lines: bylines with labels ("Penulis : A Editor : B", "Sumber: AP"), agency tails
 * ("kp/rs (AP, AFP, Reuters)", "(bbn)", "(ant)"), and contributor notes ("--Dengan asistensi dari
 * X."). A credited name that is a wire service becomes an agency, not an author.
 */
import { agencyByCode, agencyNamed } from "../../lang/base/agencies.js";
import { CUES } from "./cues.js";

export interface Credits {
  authors: string[];
  editors: string[];
  contributors: string[];
  agencies: string[];
  /** Sources named by "Sumber:" that are not wire services. */
  sources: string[];
}

export const emptyCredits = (): Credits => ({
  authors: [],
  editors: [],
  contributors: [],
  agencies: [],
  sources: [],
});

/** Reads a labelled byline line; null when the line does not start with a credit label. */
export function readBylineLine(line: string): Credits | null {
  // Cheap test first: every byline has a label and a colon within its first few words.
  const colon = line.indexOf(":");
  if (colon < 0 || colon > 30) return null;
  const labels = [...line.matchAll(CUES.creditLabel)];
  if (labels.length === 0 || labels[0]!.index !== 0) return null;
  // A byline is short; a body sentence that happens to start "Sumber: …" goes on and on.
  if (line.split(/\s+/).length > 24) return null;
  const credits = emptyCredits();
  labels.forEach((m, i) => {
    const label = m[1]!.toLowerCase().replace(/\s+/g, " ");
    const valueStart = m.index! + m[0].length;
    const valueEnd = labels[i + 1]?.index ?? line.length;
    const value = line
      .slice(valueStart, valueEnd)
      .trim()
      .replace(/[.;,]$/, "");
    const names = splitNames(value);
    for (const name of names) {
      const agency = agencyNamed(name);
      if (agency) pushUnique(credits.agencies, agency);
      else if (CUES.editorLabels.has(label)) pushUnique(credits.editors, normaliseName(name));
      else if (CUES.sourceLabels.has(label)) pushUnique(credits.sources, name);
      else pushUnique(credits.authors, normaliseName(name));
    }
  });
  return credits;
}

/** English "By Jane Doe and John Roe" / "By Jane Doe, Reuters" lines. */
export function readByLine(line: string): Credits | null {
  const m = /^by\s+(.{3,80})$/i.exec(line.trim());
  if (!m) return null;
  const names = splitNames(m[1]!);
  if (names.length === 0 || !names.every((n) => /^\p{Lu}/u.test(n) && n.split(/\s+/).length <= 5))
    return null;
  const credits = emptyCredits();
  for (const name of names) {
    const agency = agencyNamed(name);
    if (agency) pushUnique(credits.agencies, agency);
    else pushUnique(credits.authors, normaliseName(name));
  }
  return credits;
}

/** "(Reporting by A; Additional reporting by B; Editing by C)": wire credits with their roles. */
export function readCreditVerbs(line: string): Credits | null {
  if (!CUES.creditVerb.test(line)) return null;
  const credits = emptyCredits();
  const body = line.trim().replace(/^\(|\)?\.?$/g, "");
  for (const part of body.split(/\s*;\s*/)) {
    const verb = [...CUES.creditVerbRoles.keys()]
      .sort((a, b) => b.length - a.length)
      .find((v) => part.toLowerCase().startsWith(`${v} `));
    if (!verb) continue;
    const role = CUES.creditVerbRoles.get(verb)!;
    const names = splitNames(part.slice(verb.length)).map(normaliseName);
    const target =
      role === "author" ? credits.authors : role === "editor" ? credits.editors : credits.contributors;
    for (const name of names) {
      const agency = agencyNamed(name);
      if (agency) pushUnique(credits.agencies, agency);
      else pushUnique(target, name);
    }
  }
  return credits.authors.length +
    credits.editors.length +
    credits.contributors.length +
    credits.agencies.length >
    0
    ? credits
    : null;
}

/** "Laporan Wartawan Tribunnews.com, Widya" / "Laporan Kontributor X, Kiki Andriana dari Sumedang". */
const REPORT_LINE =
  /^laporan\s+(?:wartawan|reporter|kontributor|jurnalis)\s+[^,]{2,40},\s*(\p{Lu}[\p{L}.' -]{1,60}?)(?:\s+dari\s+\p{Lu}.*)?$/iu;

export function readReportLine(line: string): Credits | null {
  const m = REPORT_LINE.exec(line.trim());
  if (!m) return null;
  const credits = emptyCredits();
  credits.authors.push(normaliseName(m[1]!));
  return credits;
}

const TAIL = /^(?:[a-z]{1,4}(?:\/[a-z]{1,4})*\s*)?\(([^()]{1,80})\)\s*$/iu;

/** "kp/rs (AP, AFP, Reuters)", "(bbn)", "(Reuters)": agencies, or null when it is not such a tail. */
export function readAgencyTail(line: string): string[] | null {
  const m = TAIL.exec(line.trim());
  if (!m) return null;
  const items = m[1]!.split(/\s*[,/;]\s*|\s+(?:and|dan)\s+/).filter(Boolean);
  const agencies = items.map((item) => agencyNamed(item) ?? agencyByCode(item));
  if (agencies.some((a) => a === null)) return null;
  return [...new Set(agencies as string[])];
}

/** "--Dengan asistensi dari Eduard Gismatullin." → ["Eduard Gismatullin"]. */
export function readContributors(line: string): string[] | null {
  const m = CUES.contributor.exec(line.trim());
  if (!m) return null;
  return splitNames(m[1]!).map(normaliseName);
}

function splitNames(value: string): string[] {
  return value
    .split(/\s*(?:,|;|\/|&|\band\b|\bdan\b)\s*/u)
    .map((s) => s.trim())
    .filter((s) => s.length > 1);
}

/** Names printed as slugs ("Edy-A.-Putra") get their spaces back; whitespace is folded. */
export function normaliseName(name: string): string {
  let out = name
    .trim()
    .replace(/\s+/g, " ")
    .replace(/\s*[|•·,;:–—-]+$/u, "");
  if (!out.includes(" ") && /^\p{Lu}[\p{L}.]*(?:-\p{Lu}[\p{L}.]*){2,}$/u.test(out))
    out = out.replace(/-/g, " ");
  return out;
}

function pushUnique(list: string[], value: string): void {
  if (value && !list.includes(value)) list.push(value);
}

export function mergeCredits(into: Credits, from: Credits): void {
  for (const key of Object.keys(into) as (keyof Credits)[])
    for (const v of from[key]) pushUnique(into[key], v);
}
