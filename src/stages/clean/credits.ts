/**
 * @module
 * Credit lines: bylines with labels ("Penulis : A Editor : B", "Sumber: AP"), agency tails
 * ("kp/rs (AP, AFP, Reuters)", "(bbn)", "(ant)"), and contributor notes ("--Dengan asistensi dari
 * X."). A credited name that is a wire service becomes an agency, not an author.
 */
import { agencyByCode, agencyNamed } from "../../lang/base/agencies.js";
import { looksLikeOutletName, outletNamed } from "../../lang/base/outlets.js";
import { cues, derived } from "./cues.js";
import { parseStamp } from "./stamp.js";

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
  // A byline set as a table row: "Penulis | : | Sintia N |".
  line = line
    .replace(/^[|•·\s]+/u, "")
    .replace(/\s*\|\s*:\s*\|\s*/gu, ": ")
    .replace(/\s*\|\s*$/u, "");
  // Cheap test first: every byline has a label and a colon within its first few words.
  const colon = line.indexOf(":");
  if (colon < 0 || colon > 30) return null;
  const labels = [...line.matchAll(cues().creditLabel)];
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
      // "Penulis: Ahmad Fauzi/Kabar Garut": the paper the writer files for is no second writer.
      else if (names.length > 1 && looksLikeOutletName(name) && !cues().sourceLabels.has(label)) continue;
      else if (cues().editorLabels.has(label)) pushUnique(credits.editors, normaliseName(name));
      else if (cues().sourceLabels.has(label)) pushUnique(credits.sources, name);
      else pushUnique(credits.authors, normaliseName(name));
    }
  });
  return credits;
}

/** "Reporter Budi Santoso", "Editor Sari Hardiyanto": a credit label and a name, without the colon. */
export function readBareLabelLine(line: string): Credits | null {
  const words = line.trim().split(/\s+/);
  let label = "";
  let rest = "";
  for (const n of [1, 2]) {
    const l = words.slice(0, n).join(" ").toLowerCase();
    if (cues().editorLabels.has(l) || cues().authorLabels.has(l)) {
      label = l;
      rest = words.slice(n).join(" ");
      break;
    }
  }
  if (!label || label === "by" || label === "oleh" || !/^\p{Lu}/u.test(rest)) return null;
  const editor = cues().editorLabels.has(label);
  const names = splitNames(rest);
  if (names.length === 0 || !names.every((n) => looksLikeName(n) || agencyNamed(n))) return null;
  const credits = emptyCredits();
  for (const name of names) {
    const agency = agencyNamed(name);
    if (agency) pushUnique(credits.agencies, agency);
    else pushUnique(editor ? credits.editors : credits.authors, normaliseName(name));
  }
  return credits;
}

const AFFILIATION =
  /\b(?:press|news|times|post|journal|herald|tribune|daily|gazette|staff|writer|correspondent|reporter|desk)\b/iu;

/** English "By Jane Doe and John Roe" / "By Jane Doe, Reuters" / "(By Jane Doe)" lines. */
export function readByLine(line: string): Credits | null {
  const inner = line
    .trim()
    .replace(/^[-–—|•\s]+/u, "")
    .replace(/^\((.*)\)\.?$/u, "$1");
  // "Oleh" is Indonesian for "by": a short line opening with it is a byline too.
  // "Story by …", "Words by …", "Ditulis oleh …": the same byline with a noun or verb before it.
  const m =
    /^(?:(?:story|words|text|article|ditulis|dilaporkan|laporan)\s+)?(?:by|oleh)\s+(?:by\s+)?(.{3,80}?)\.?$/i.exec(
      inner,
    );
  if (!m) return null;
  let value = m[1]!;
  // "By Jane Doe, Fri., Sept. 28, 2018", "By Jane Doe | 12 Mei 2023": the date after the name is
  // the stamp's, not a second writer.
  for (const sep of value.matchAll(/\s*(?:,|\||\s[-–—]|\son\b)\s*/gu)) {
    const rest = value.slice(sep.index! + sep[0].length);
    if (sep.index! > 0 && /\d/.test(rest) && parseStamp(rest) !== null) {
      value = value.slice(0, sep.index);
      break;
    }
  }
  // "Justin Phillips / American Press": the writer, then the outlet or desk they write for.
  const aff = /\s+\/\s+([^/]{2,40})$/u.exec(value);
  if (aff && !agencyNamed(aff[1]!) && (looksLikeOutletName(aff[1]!) || AFFILIATION.test(aff[1]!)))
    value = value.slice(0, aff.index);
  const names = splitNames(value);
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

/**
 * The outlet a "By" line names after the writer: "By Justin Phillips / American Press" → "American
 * Press". A desk or a job ("/ Staff Writer") or a wire is not the page's outlet.
 */
export function bylineOutlet(line: string): string | null {
  const m = /^[-–—|•\s(]*(?:by|oleh)\s.{3,60}?\s+\/\s+([^/]{2,40}?)\)?\.?$/iu.exec(line.trim());
  if (!m) return null;
  const name = m[1]!.trim();
  // Beside a byline a masthead needs no media word: "The Columbian", "The Oregonian".
  const masthead = looksLikeOutletName(name) || /^The\s+\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?$/u.test(name);
  if (agencyNamed(name) || !masthead || /\b(?:staff|writer|desk|correspondent)\b/iu.test(name)) return null;
  return outletNamed(name)?.name ?? name;
}

/** "(Reporting by A; Additional reporting by B; Editing by C)": wire credits with their roles. */
export function readCreditVerbs(line: string): Credits | null {
  if (!cues().creditVerb.test(line)) return null;
  const credits = emptyCredits();
  const body = line.trim().replace(/^\(|\)?\.?$/g, "");
  for (const part of body.split(/\s*;\s*/)) {
    const verb = [...cues().creditVerbRoles.keys()]
      .sort((a, b) => b.length - a.length)
      .find((v) => part.toLowerCase().startsWith(`${v} `));
    if (!verb) continue;
    const role = cues().creditVerbRoles.get(verb)!;
    const names = splitNames(part.slice(verb.length))
      .map(normaliseName)
      .filter((n) => looksLikeName(n) || agencyNamed(n));
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

const NAME_RE = /^\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|bin|binti|de|van|von|al|el|da|dos)){0,4}$/u;
/** A personal name as bylines print it: one to five capitalised words. */
export const looksLikeName = (s: string): boolean => NAME_RE.test(s.trim()) && !/\.(?:com|id|tv)\b/i.test(s);

/** The role a job title gives ("Court Correspondent" → author, "Editor" → editor), or null. */
export function roleOfTitle(text: string): "author" | "editor" | null {
  const key = text.trim().toLowerCase().replace(/[:.]$/, "").replace(/\s+/g, " ");
  const known = cues().roleTitles.get(key);
  if (known) return known;
  // A rank before a listed role is still that role: "Managing Editor", "Senior Correspondent".
  const words = text.trim().split(/\s+/u);
  if (words.length < 2 || words.length > 3 || !words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w))) return null;
  return cues().roleTitles.get(words.at(-1)!.toLowerCase()) ?? null;
}

/** "Jane Doe | Reporter", "Jane Doe, Staff Writer", "Editor - John Roe": a name beside its job title. */
export function readRoleLine(line: string): Credits | null {
  const parts = line
    .trim()
    .replace(/^[|•\s]+|[|•\s]+$/gu, "")
    .split(/\s*(?:\||,|\s[-–—]\s)\s*/u)
    .filter(Boolean);
  if (parts.length < 2 || parts.length > 4) return null;
  const credits = emptyCredits();
  let role: "author" | "editor" | null = null;
  const names: string[] = [];
  for (const part of parts) {
    const r = roleOfTitle(part);
    // "Bassam Radi, Managing Editor": a name signed with a job title of several words is the
    // writer's; the bare role ("Jane Doe | Editor") credits the editing.
    if (r && !role)
      role = r === "editor" && names.length > 0 && part.trim().split(/\s+/u).length > 1 ? "author" : r;
    else if (looksLikeName(part)) names.push(part);
    else return null;
  }
  if (!role || names.length === 0) return null;
  for (const n of names) pushUnique(role === "editor" ? credits.editors : credits.authors, normaliseName(n));
  return credits;
}

/**
 * Tribun-style credit groups at the foot of a story: "(Tribunnews.com, Widya) (TribunJateng.com,
 * Rezanda Akbar D) (Kompas.com)": each group an outlet, optionally with the reporter's name.
 */
export function readCreditGroups(line: string): Credits | null {
  return readCreditGroupsWithOutlets(line)?.credits ?? null;
}

/** {@link readCreditGroups}, with the outlets the groups name ("Tribunnews.com", "The Jakarta Post"). */
export function readCreditGroupsWithOutlets(line: string): { credits: Credits; outlets: string[] } | null {
  const text = line.trim();
  if (!/^(?:\([^()]{2,80}\)\s*)+$/u.test(text)) return null;
  const credits = emptyCredits();
  const outlets: string[] = [];
  for (const g of text.matchAll(/\(([^()]+)\)/gu)) {
    const [head, ...rest] = g[1]!.split(/\s*,\s*/u);
    const agency = agencyNamed(head!);
    const outlet =
      agency ?? outletNamed(head!) ?? (/\.(?:com|co\.id|id|tv|net|org)$/i.test(head!) ? head : null);
    if (!outlet) return null;
    if (agency) pushUnique(credits.agencies, agency);
    else outlets.push(outletNamed(head!)?.name ?? head!);
    for (const name of rest) {
      if (!looksLikeName(name)) return null;
      pushUnique(credits.authors, normaliseName(name));
    }
  }
  return { credits, outlets };
}

/**
 * A line that only credits the wire the story came from: "This is reported by AFP.", "Source:
 * Reuters/AP", "Sumber AFP", "Dilansir dari Antara." Inside a sentence about one fact ("according to
 * a Reuters report") the same names are cited sources, which cited.ts reads from the body.
 */
export function readWireLine(line: string): Credits | null {
  const m = cues().wireLine.exec(line.trim());
  if (!m) return null;
  const items = m[1]!.split(/\s*(?:,|\/|;|&|\band\b|\bdan\b)\s*/u).filter(Boolean);
  const agencies = items.map((i) => agencyNamed(i.replace(/^the\s+/i, "")));
  if (agencies.length === 0 || agencies.some((a) => a === null)) return null;
  const credits = emptyCredits();
  for (const a of agencies) pushUnique(credits.agencies, a!);
  return credits;
}

/** Editors' initials or a wire's name closing a body paragraph: "… kata dia. (un)", "(ant/rs)", "(*)", "(AP)". */
const CLOSING_PAREN = /\s?\(([^()]{1,40})\)\s*$/u;
const INITIALS = /^(?:\*|[A-Za-z][a-z]{0,4}(?:\s*\/\s*[A-Za-z]?[a-z]{0,4})*)$/u;
/** Desks and papers a copy passed through, one word each: "(Genta/kompas)", "(Surya/TribunJatim)". */
const DESK_CODES = /^\p{Lu}[\p{L}.]{0,14}(?:\s*\/\s*[\p{L}.]{1,15})+$/u;
/**
 * A full name of two to four words in parentheses after the story's last sentence, maybe closed by
 * a full stop ("(Aris munandar)."), maybe after the desk or paper it wrote for ("(Surya/Rifki
 * Edgar)"). Writers sign in a hurry: words after the first may be in lower case.
 */
const PAREN_AUTHOR =
  /[.!?"”’]\s*\((?:([\p{L}\d.-]{1,15})\s*\/\s*)?(\p{Lu}[\p{Ll}.'’-]+(?:\s+\p{L}[\p{Ll}.'’-]*){1,3})\)\.?\s*$/u;

/** A signed name: capitalised as a name once its first letters are, and no function word in it. */
function signedName(text: string): string | null {
  const words = text.split(/\s+/u);
  if (words.some((w) => cues().functionWords.has(w.toLowerCase()))) return null;
  const name = words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(" ");
  return looksLikeName(name) && !ORGANISATION.test(name) && !agencyNamed(name) ? name : null;
}
/** Words that make a capitalised name an organisation or a place, not a writer. */
const ORGANISATION =
  /\b(?:universitas|university|institut|institute|pt|cv|dinas|polres|polda|polsek|kementerian|ministry|bank|badan|dewan|partai|party|kabupaten|kota|provinsi|desa|kecamatan|news|media|tv|pos|post|times|foto|photo|dok|ilustrasi|sumber|source)\b/iu;

/** An author signing off at the end of the story: "… others injured. — Patricia Lourdes Viray". */
const AUTHOR_TAIL = /[.!?"”]\s*[—–]\s*(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3})\s*$/u;

/**
 * A wire or the outlet signing off after the story's last sentence, maybe after the writer's
 * initials: "… this week. – Reuters", "… on November 6.—AOL, GMA Integrated News".
 */
const SIGN_OFF = /[.!?"”]\s*([—–-]\s*(?:\p{Lu}{2,5},\s*)?([^.!?,—–()]{2,40}?))\s*$/u;

export interface Tail {
  readonly length: number;
  readonly reason: string;
  readonly credits: Credits;
  /** The outlet a sign-off names as the story's own. */
  readonly outlet?: string;
}

/** A credit glued to the end of a paragraph, or null. `last` says whether it is among the story's last. */
export function readTail(paragraph: string, last: boolean): Tail | null {
  const paren = CLOSING_PAREN.exec(paragraph);
  // The writer's full name in parentheses closing the story: "… tutupnya. (Laila Lubis)".
  const signed = last ? PAREN_AUTHOR.exec(paragraph) : null;
  const signer = signed ? signedName(signed[2]!) : null;
  if (signed && signer) {
    const credits = emptyCredits();
    credits.authors.push(normaliseName(signer));
    // A wire before the name is the story's source: "(ant/Budi Santoso)".
    const wire = signed[1] ? (agencyNamed(signed[1]) ?? agencyByCode(signed[1])) : null;
    if (wire) credits.agencies.push(wire);
    return { length: signed[0].length - 1, reason: "byline", credits };
  }
  // Not a paragraph that is only the credit (that line is the cue rules' to judge).
  if (paren && paren.index > 0) {
    const agencies = readAgencyTail(`(${paren[1]})`);
    if (agencies || INITIALS.test(paren[1]!.trim()) || DESK_CODES.test(paren[1]!.trim())) {
      const credits = emptyCredits();
      for (const a of agencies ?? []) pushUnique(credits.agencies, a);
      return { length: paren[0].length, reason: agencies ? "agency-tail" : "editor-initials", credits };
    }
  }
  const signOff = last ? SIGN_OFF.exec(paragraph) : null;
  if (signOff) {
    const name = signOff[2]!.trim();
    const agencies = readAgencyTail(`- ${name}`);
    const credits = emptyCredits();
    if (agencies) {
      for (const a of agencies) pushUnique(credits.agencies, a);
      return { length: signOff[1]!.length, reason: "agency-tail", credits };
    }
    if (outletNamed(name) || looksLikeOutletName(name))
      return {
        length: signOff[1]!.length,
        reason: "outlet-tail",
        credits,
        outlet: outletNamed(name)?.name ?? name,
      };
  }
  const author = last ? AUTHOR_TAIL.exec(paragraph) : null;
  if (author && looksLikeName(author[1]!)) {
    const credits = emptyCredits();
    credits.authors.push(normaliseName(author[1]!));
    const length = author[0].length - (author[0].search(/[—–]/u) ?? 0);
    return { length, reason: "byline", credits };
  }
  return null;
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

const bareAgencies = derived(
  (c) =>
    new RegExp(
      `^[-–—\\s]*(${c.agencyList})\\s*(?:contributed(?:\\s+reporting)?(?:\\s+to\\s+this\\s+(?:report|story))?)?\\.?$`,
      "iu",
    ),
);
const TAIL = /^(?:[a-z]{1,4}(?:\/[a-z]{1,4})*\s*)?\(([^()]{1,80})\)\s*$/iu;

/** "kp/rs (AP, AFP, Reuters)", "(bbn)", "(Reuters)": agencies, or null when it is not such a tail. */
export function readAgencyTail(line: string): string[] | null {
  // A wire's name alone at the foot of the story: "- REUTERS", "AP/AFP", "The Associated Press
  // contributed to this report."
  const bare = bareAgencies().exec(line.trim());
  if (bare) {
    const found = bare[1]!
      .split(/\s*[,/;&]\s*|\s+(?:and|dan)\s+/)
      .map((a) => agencyNamed(a.replace(/^the\s+/i, "")));
    // A two-letter name alone ("AA", "AP") is as likely a button; it counts beside a dash or another wire.
    const ambiguous = found.length === 1 && bare[1]!.trim().length <= 2 && !/^[-–—]/u.test(line.trim());
    if (found.length > 0 && found.every((a) => a !== null) && !ambiguous)
      return [...new Set(found as string[])];
  }
  const m = TAIL.exec(line.trim());
  if (!m) return null;
  const items = m[1]!.split(/\s*[,/;]\s*|\s+(?:and|dan)\s+/).filter(Boolean);
  const agencies = items.map((item) => agencyNamed(item) ?? agencyByCode(item));
  // "(ant/rs)": an agency code followed by the editors' initials.
  const initials = (item: string, i: number): boolean => agencies[i] === null && /^[a-z]{1,4}$/.test(item);
  if (agencies.some((a, i) => a === null && !initials(items[i]!, i))) return null;
  const found = agencies.filter((a): a is string => a !== null);
  return found.length > 0 ? [...new Set(found)] : null;
}

/** "--Dengan asistensi dari Eduard Gismatullin." → ["Eduard Gismatullin"]. */
export function readContributors(line: string): string[] | null {
  const m = cues().contributor.exec(line.trim());
  if (!m) return null;
  return splitNames(m[1]!).map(normaliseName);
}

function splitNames(value: string): string[] {
  return value
    .replace(/\s*(?:->|→|»|>)+\s*$/u, "")
    .split(/\s*(?:,|;|\/|&|\band\b|\bdan\b)\s*/u)
    .flatMap((s) => {
      // "Stefanno Sulaiman for Reuters": the name, and the wire it wrote for.
      const m = /^(.+?)\s+(?:for|untuk)\s+(.+)$/u.exec(s.trim());
      return m && agencyNamed(m[2]!) ? [m[1]!, m[2]!] : [s];
    })
    .map((s) => s.trim())
    .filter((s) => s.length > 1);
}

/** "Hans Itta - Bali Tribune", "Deni Wahyono - detikSumbagsel": a reporter's name beside the outlet's. */
export function readNameOutletLine(line: string): { credits: Credits; outlet: string } | null {
  const parts = line.trim().split(/\s+[-–—|]\s+|\s*\|\s*/u);
  if (parts.length !== 2) return null;
  const [name, outlet] = parts as [string, string];
  if (!looksLikeName(name) || name.split(/\s+/).length < 2 || !looksLikeOutletName(outlet)) return null;
  if (looksLikeOutletName(name) || agencyNamed(name)) return null;
  const credits = emptyCredits();
  credits.authors.push(normaliseName(name));
  return { credits, outlet: outletNamed(outlet)?.name ?? outlet };
}

/**
 * "Akhyar Zein | Kamis, 11/02/2021 16:59 WIB": a writer's name of two to four words beside the
 * publication stamp. The name, or null.
 */
export function readNameStampLine(line: string): string | null {
  const m = /^(\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3})\s*[|–—-]\s*(.{6,60})$/u.exec(line.trim());
  if (!m || !looksLikeName(m[1]!) || agencyNamed(m[1]!) || looksLikeOutletName(m[1]!)) return null;
  // "By …" lines are read by readByLine; a place or an office is no writer.
  if (/^(?:by|oleh)\s/iu.test(m[1]!) || ORGANISATION.test(m[1]!)) return null;
  if (!/\d/.test(m[2]!) || parseStamp(m[2]!) === null) return null;
  return normaliseName(m[1]!);
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
