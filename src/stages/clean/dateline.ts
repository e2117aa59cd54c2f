/**
 * @module
 * Datelines at the start of a story's first paragraph, read by one small grammar:
 * `PART [, PART] [(CREDIT)] DASH` or `PLACE:`. A part is a place ("SEOUL", "Jakarta",
 * "South Korea", "Calif."), an outlet ("KOMPAS.TV", "Liputan6.com", "IDN Times") or an agency
 * ("AP", "ANTARA"). Examples: "SEOUL, KOMPAS.TV -", "Liputan6.com, Jakarta -", "Jakarta (ANTARA) -",
 * "WOODSIDE, Calif. (AP) —", "LONDON, Sept 12 (Reuters) -", "Bangkok, May 15 (EFE).-", "ADANA, Turkey —", "Suara.com -",
 * "Moskow:". A place is told from an outlet's name by the directory, the gazetteer, and whether the
 * story names it as a location elsewhere ("di Demak", "in Lumajang").
 */
import { agencyNamed } from "../../lang/base/agencies.js";
import { looksLikeOutletName, type OutletEntry, outletNamed } from "../../lang/base/outlets.js";
import { wordCount } from "./lines.js";
import { isKnownCountry, isKnownPlace, namedAsPlaceIn } from "./places.js";
import { parseStamp } from "./stamp.js";

export interface Dateline {
  readonly place: string | null;
  readonly outlet: OutletEntry | null;
  /** An outlet name the directory does not know, as printed ("Arahkata"). */
  readonly outletText: string | null;
  readonly agency: string | null;
  /** Length of the dateline prefix, separator included. */
  readonly length: number;
  /** The day the dateline prints with its year ("JAKARTA, 5 Oktober 2023 -"), ISO 8601; else absent. */
  readonly date?: string;
}

/** The day beside a dateline's place: "Sept 12", "12 September 2023", "5/5". */
const DAY =
  "(?:[\\p{L}.]+\\s+\\d{1,2}(?:,?\\s+\\d{4})?|\\d{1,2}\\s+[\\p{L}.]+(?:\\s+\\d{4})?|\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?)";
const WORD = "[\\p{Lu}\\d](?:[\\p{L}\\d'’.&-]*[\\p{L}\\d.’'])?";
/** Outlets print their web name in lower case too: "jpnn.com", "duta.co". */
const DOMAIN = "[\\p{Ll}][\\p{L}\\d-]*\\.(?:com|co\\.id|co|id|tv|net|org)";
const PART = `(?:${DOMAIN}|${WORD}(?:\\s${WORD}){0,3})`;
// A comma may stand before the dash ("Palembang,—").
const HEAD = new RegExp(
  `^(${PART})(?:\\s*[,|]\\s*(${PART}|${DAY}))?\\s*(?:\\(([^()]{2,30})\\)\\.?)?\\s*,?\\s*(?:[-–—]+|\\|)\\s*(?=[\\p{Lu}\\d"“‘']|$)`,
  "u",
);
/**
 * A bracketed place, then the day: "[PEKANBARU, RIAU], Rabu, 29 Oktober 2025, WIB —". The day
 * with its year is the story's date.
 */
const BRACKETED = /^\[([^\]\n]{2,40})\]\s*,?\s*([^—–\n]{0,60}?)\s*,?\s*[-–—]+\s*(?=[\p{Lu}\d"“‘'])/u;
/** The Kontan form: "KONTAN.CO.ID - JAKARTA. Badan Pusat Statistik …". */
const OUTLET_PLACE = /^(\S+)\s*[-–—]\s*(\p{Lu}[\p{L}]{2,}(?:\s\p{Lu}[\p{L}]{2,})?)\.\s+(?=\p{Lu})/u;
/** A place and the day alone on a line: "Kuala Lumpur, August 15", "Jakarta, 5 Oktober". */
const PLACE_DAY =
  /^(\p{Lu}[\p{L}]+(?:\s\p{Lu}[\p{L}]+){0,2}),\s*(?:[\p{L}.]+\s+\d{1,2}|\d{1,2}\s+[\p{L}.]+)\s*$/u;
/** The TASS form: "MOSCOW, October 5. /TASS/.", "JAKARTA, 5 Oktober /ANTARA/ -". */
const SLASHED = new RegExp(
  `^(${PART})(?:,\\s*(?:[\\p{L}.]+\\s+\\d{1,2}|\\d{1,2}\\s+[\\p{L}.]+))?\\s*[.,]?\\s*/\\s*([^/\\n]{2,30}?)\\s*/\\s*[.:,–—-]*\\s*(?=[\\p{Lu}\\d"“‘'])`,
  "u",
);
/** "Moskow:", "BANDA ACEH:", "KOTA BHARU, JAN 5:". */
const COLON = /^(\p{Lu}[\p{L}]+(?:\s\p{Lu}[\p{L}]+)?)(?:,\s*[\p{L}.]+\s+\d{1,2})?:\s+(?=\p{Lu})/u;
const MONTH_DAY = new RegExp(`^${DAY}$`, "u");
/** A place and its region closed by a full stop: "Lumajang, East Java. The eruption …". */
const PLACE_STOP =
  /^(\p{Lu}[\p{L}]+(?:\s\p{Lu}[\p{L}]+){0,2}),\s*(\p{Lu}[\p{L}]+(?:\s\p{Lu}[\p{L}]+){0,2})\.\s+(?=\p{Lu})/u;
/** A place alone on its line, maybe with its region: "Seoul, South Korea". */
const PLACE_ALONE =
  /^(\p{Lu}[\p{L}]+(?:\s\p{Lu}[\p{L}]+){0,2})(?:,\s*(\p{Lu}[\p{L}.]+(?:\s\p{Lu}[\p{L}.]+){0,2}))?$/u;
/** A place and the outlet's web name alone on a line: "Pematang Siantar, MISTAR.ID". */
const PLACE_WEB =
  /^(\p{Lu}[\p{L}]+(?:\s\p{Lu}[\p{L}]+){0,2})\s*[,|]\s*((?:www\.)?[\p{L}\d-]+\.(?:com|co\.id|id|co|net|tv|org|COM|CO\.ID|ID|CO|NET|TV|ORG))$/u;
const WEBLIKE = /\.(?:com|tv|id|co|net|org)\b/i;

type Kind = "outlet" | "agency" | "place" | "unknown";

interface Part {
  readonly text: string;
  readonly kind: Kind;
  readonly outlet: OutletEntry | null;
  readonly agency: string | null;
}

/** `raw` is the whole article, consulted to tell a place from an outlet's name. */
/** "(CNN) —", "(AP) —": a credit alone opening the story. */
const CREDIT_ONLY = /^\(([^()]{2,30})\)\s*[-–—]+\s*(?=[\p{Lu}\d"“‘'])/u;

export function readDateline(line: string, raw = ""): Dateline | null {
  const bracketed = BRACKETED.exec(line);
  if (bracketed) {
    const [place] = bracketed[1]!.split(/\s*,\s*/u);
    const date = bracketed[2] ? parseStamp(bracketed[2]) : null;
    if (place && (bracketed[2] === "" || date) && /^\p{Lu}/u.test(place))
      return {
        place: titleCase(place),
        outlet: null,
        outletText: null,
        agency: null,
        length: bracketed[0].length,
        ...(date ? { date } : {}),
      };
  }
  const only = CREDIT_ONLY.exec(line);
  if (only) {
    const agency = agencyNamed(only[1]!);
    const outlet = agency ? null : outletNamed(only[1]!);
    if (agency || outlet) return { place: null, outlet, outletText: null, agency, length: only[0].length };
  }
  const slashed = SLASHED.exec(line);
  if (slashed) {
    const agency = agencyNamed(slashed[2]!);
    const outlet = agency ? null : outletNamed(slashed[2]!);
    if (agency || outlet) {
      const place = part(slashed[1]!, raw);
      return {
        place: place.kind === "place" || isCaps(place.text) ? titleCase(place.text) : null,
        outlet,
        outletText: null,
        agency,
        length: slashed[0].length,
      };
    }
  }
  const o = OUTLET_PLACE.exec(line);
  if (o) {
    const source = part(o[1]!, raw);
    // In capitals the place needs no proof ("KONTAN.CO.ID - JAKARTA."); in Title Case the story
    // must know it as a place ("Tribratanews.polri.go.id - Semarang.").
    const placeOk = isCaps(o[2]!) || looksLikePlace(o[2]!, raw);
    if ((source.kind === "outlet" || source.kind === "agency") && placeOk)
      return {
        place: titleCase(o[2]!),
        outlet: source.outlet,
        outletText: source.outlet || source.agency ? null : source.text,
        agency: source.agency,
        length: o[0].length,
      };
  }
  // A web name may close with a full stop before the place: "MAKLUMATNEWS.com. Palembang,—" reads
  // as "MAKLUMATNEWS.com, Palembang,—" (the same length, so offsets hold).
  const m = HEAD.exec(line.replace(/^(\S+\.(?:com|co\.id|id|co|net))\.\s/iu, "$1, "));
  if (m && m[0].length <= 70) return fromHead(m, raw);
  const c = COLON.exec(line);
  if (c && (looksLikePlace(c[1]!, raw) || looksLikePlace(titleCase(c[1]!), raw)))
    return { place: titleCase(c[1]!), outlet: null, outletText: null, agency: null, length: c[0].length };
  const d = PLACE_DAY.exec(line);
  if (d && looksLikePlace(d[1]!, raw))
    return { place: d[1]!, outlet: null, outletText: null, agency: null, length: d[0].length };
  const stop = PLACE_STOP.exec(line);
  if (stop && looksLikePlace(stop[1]!, raw))
    return {
      place: `${stop[1]!}, ${stop[2]!}`,
      outlet: null,
      outletText: null,
      agency: null,
      length: stop[0].length,
    };
  return null;
}

/**
 * A dateline printed alone on the line above the first paragraph: any form `readDateline` reads
 * that fills the line, or a place with its region ("Seoul, South Korea") the text names as a place.
 * `placed` says the line stands right above a lead that opens without a dateline: then a name
 * beside the outlet's web address is the place without further proof.
 */
export function readDatelineLine(line: string, raw: string, placed = false): Dateline | null {
  const read = readDateline(line, raw);
  if (read) return read.length >= line.length - 1 ? read : null;
  const w = PLACE_WEB.exec(line);
  // `placed`: the line stands where a dateline stands, right above a lead without one.
  if (w && (placed || looksLikePlace(w[1]!, raw))) {
    const outlet = outletNamed(w[2]!);
    return { place: w[1]!, outlet, outletText: outlet ? null : w[2]!, agency: null, length: line.length };
  }
  const p = PLACE_ALONE.exec(line);
  if (!p || !looksLikePlace(p[1]!, raw)) return null;
  return { place: line, outlet: null, outletText: null, agency: null, length: line.length };
}

function fromHead(m: RegExpExecArray, raw: string): Dateline | null {
  const first = part(m[1]!, raw);
  const second = m[2] && !MONTH_DAY.test(m[2]) ? part(m[2], raw) : null;
  let credit = m[3] ? part(m[3], raw) : null;
  const length = m[0].length;
  // "TOMOHON.RELASIPUBLIK.COM –": a regional desk's place, then the outlet's address.
  const sub = !second && !credit ? placeSubdomain(m[1]!, raw) : null;
  if (sub) {
    const outlet = outletNamed(sub.outlet);
    return { place: sub.place, outlet, outletText: outlet ? null : sub.outlet, agency: null, length };
  }
  // "Jakarta (VNA) -": a wire the directory does not know, printed as an acronym.
  if (credit && credit.kind === "unknown" && /^\p{Lu}{2,6}$/u.test(credit.text))
    credit = { ...credit, kind: "agency", agency: credit.text };
  if (credit && credit.kind !== "outlet" && credit.kind !== "agency") return null;
  const source =
    [credit, first, second].find((p) => p && (p.kind === "outlet" || p.kind === "agency")) ?? null;
  // "MATA INDONESIA, JAKARTA –": a name of the country's before a place is the outlet's own.
  if (!source && second?.kind === "place" && first.kind === "unknown" && isNationalTitle(first.text))
    return {
      place: titleCase(second.text),
      outlet: null,
      outletText: titleCase(first.text),
      agency: null,
      length,
    };
  const places = [first, second].filter((p): p is Part => !!p && p !== source);
  const capsFirst = isCaps(first.text);
  let place: string | null = null;
  if (places.length > 0) {
    const [lead, region] = places;
    // A lone unknown word is a place only when printed in capitals or seen as a place elsewhere.
    // Beside the outlet's or a wire's name, the other part is the place: "SmartNews, Tapanuli –".
    const besideSource = !!source && !region && lead!.kind === "unknown" && /^\p{Lu}/u.test(lead!.text);
    if (lead!.kind === "place" || besideSource || (capsFirst && lead === first && (source || region))) {
      place = titleCase(lead!.text) + (region ? `, ${region.text}` : "");
    }
  }
  let outletText: string | null = null;
  // "Jakarta, VIVA –": beside a known place, an unknown name in capitals is the outlet's own;
  // unless the story names it in Title Case as well ("SERANG, BANTEN –" over "Polda Banten"): an
  // outlet rarely names itself in its own report, a region often does.
  if (!source && second && first.kind === "place" && second.kind === "unknown" && isCaps(second.text)) {
    const region = titleCase(second.text);
    const rest = raw.slice(raw.indexOf(m[0]) + m[0].length);
    if (new RegExp(`\\b${region.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`, "u").test(rest))
      return {
        place: `${titleCase(first.text)}, ${region}`,
        outlet: null,
        outletText: null,
        agency: null,
        length,
      };
    return { place: titleCase(first.text), outlet: null, outletText: second.text, agency: null, length };
  }
  if (!source && !place) {
    // "ARAHKATA - …": a capitalised name that is not a place is the outlet's own; so is a short
    // name in Title Case the text never calls a place ("Lancang Kuning – Dua anggota …").
    // The dash stands apart from the name: "Petersen-Cook has …" is a surname, not a dateline.
    const titled =
      /\s[-–—]|[-–—]\s/u.test(m[0]) &&
      first.kind === "unknown" &&
      wordCount(first.text) <= 3 &&
      first.text.split(/\s+/).every((w) => /^\p{Lu}/u.test(w));
    if (second || !(capsFirst || titled)) return null;
    outletText = titleCase(first.text);
  }
  const date = m[2] && MONTH_DAY.test(m[2]) && /\d{4}/.test(m[2]) ? parseStamp(m[2]) : null;
  return {
    place,
    outlet: source?.outlet ?? null,
    outletText: source && !source.outlet && !source.agency ? source.text : outletText,
    agency: source?.agency ?? null,
    length: m[0].length,
    ...(date ? { date } : {}),
  };
}

function part(text: string, raw: string): Part {
  // A wire's regional desk: "Antaranews Jatim", "ANTARA Jateng".
  const desk = /^(\S+)\s+\p{Lu}[\p{L}]+$/u.exec(text);
  const agency = agencyNamed(text) ?? (desk && !outletNamed(text) ? agencyNamed(desk[1]!) : null);
  const outlet = outletNamed(text);
  if (outlet) return { text, kind: "outlet", outlet, agency };
  if (agency) return { text, kind: "agency", outlet: null, agency };
  if (WEBLIKE.test(text) || looksLikeOutletName(text))
    return { text, kind: "outlet", outlet: null, agency: null };
  if (looksLikePlace(titleCase(text), raw) || looksLikePlace(text, raw))
    return { text, kind: "place", outlet: null, agency: null };
  return { text, kind: "unknown", outlet: null, agency: null };
}

function looksLikePlace(name: string, raw: string): boolean {
  return isKnownPlace(name) || namedAsPlaceIn(name, raw);
}

/**
 * A name of two or more words with a country among them ("Mata Indonesia", "Media Indonesia",
 * "Malaysia Kini") names something of that country, an outlet or a body, not a place beside it;
 * a country's own name ("South Korea", "Papua Nugini") is the country.
 */
function isNationalTitle(name: string): boolean {
  const words = titleCase(name).split(/\s+/u);
  return words.length >= 2 && !isKnownCountry(titleCase(name)) && words.some((w) => isKnownCountry(w));
}

/**
 * A web name whose first label is a place the story names: "TOMOHON.RELASIPUBLIK.COM",
 * "sumut.inews.id". Regional desks print their place before the outlet's address.
 */
function placeSubdomain(text: string, raw: string): { place: string; outlet: string } | null {
  const m = /^([\p{L}]{3,})\.([\p{L}\d-]+\.(?:com|co\.id|id|co|net|tv|org))$/iu.exec(text);
  if (!m || /^(?:www|amp|news|berita|web|m|mobile|en|id)$/iu.test(m[1]!)) return null;
  const place = titleCase(m[1]!.toUpperCase());
  const esc = place.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  // The label in capitals on the page is the stamp itself; the story must name the place too.
  const named = new RegExp(`\\b${esc}\\b`, "u").test(raw.replace(text, "")) || isKnownPlace(place);
  return named ? { place, outlet: m[2]! } : null;
}

function isCaps(s: string): boolean {
  return s === s.toUpperCase() && /\p{Lu}{3}/u.test(s);
}

function titleCase(s: string): string {
  if (!isCaps(s)) return s;
  return s
    .toLowerCase()
    .replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}
