/**
 * @module
 * Datelines at the start of a story's first paragraph, read by one small grammar:
 * `PART [, PART] [(CREDIT)] DASH` or `PLACE:`. A part is a place ("SEOUL", "Jakarta",
 * "South Korea", "Calif."), an outlet ("KOMPAS.TV", "Liputan6.com", "IDN Times") or an agency
 * ("AP", "ANTARA"). Examples: "SEOUL, KOMPAS.TV -", "Liputan6.com, Jakarta -", "Jakarta (ANTARA) -",
 * "WOODSIDE, Calif. (AP) —", "LONDON, Sept 12 (Reuters) -", "ADANA, Turkey —", "Suara.com -",
 * "Moskow:". A place is told from an outlet's name by the directory, the gazetteer, and whether the
 * story names it as a location elsewhere ("di Demak", "in Lumajang").
 */
import { agencyNamed } from "../../lang/base/agencies.js";
import { type OutletEntry, outletNamed } from "../../lang/base/outlets.js";
import { isKnownPlace } from "./places.js";

export interface Dateline {
  readonly place: string | null;
  readonly outlet: OutletEntry | null;
  /** An outlet name the directory does not know, as printed ("Arahkata"). */
  readonly outletText: string | null;
  readonly agency: string | null;
  /** Length of the dateline prefix, separator included. */
  readonly length: number;
}

const WORD = "[\\p{Lu}\\d][\\p{L}\\d'’.&-]*";
const PART = `${WORD}(?:\\s${WORD}){0,3}`;
const HEAD = new RegExp(
  `^(${PART})(?:,\\s*(${PART}|[\\p{L}.]+\\s+\\d{1,2}))?\\s*(?:\\(([^()]{2,30})\\))?\\s*[-–—]+\\s*(?=[\\p{Lu}\\d"“‘'])`,
  "u",
);
const COLON = /^(\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?):\s+(?=\p{Lu})/u;
const MONTH_DAY = /^[\p{L}.]+\s+\d{1,2}$/u;
const WEBLIKE = /\.(?:com|tv|id|co|net|org)\b/i;

type Kind = "outlet" | "agency" | "place" | "unknown";

interface Part {
  readonly text: string;
  readonly kind: Kind;
  readonly outlet: OutletEntry | null;
  readonly agency: string | null;
}

/** `raw` is the whole article, consulted to tell a place from an outlet's name. */
export function readDateline(line: string, raw = ""): Dateline | null {
  const m = HEAD.exec(line);
  if (m && m[0].length <= 70) return fromHead(m, raw);
  const c = COLON.exec(line);
  if (c && looksLikePlace(c[1]!, raw))
    return { place: c[1]!, outlet: null, outletText: null, agency: null, length: c[0].length };
  return null;
}

function fromHead(m: RegExpExecArray, raw: string): Dateline | null {
  const first = part(m[1]!, raw);
  const second = m[2] && !MONTH_DAY.test(m[2]) ? part(m[2], raw) : null;
  const credit = m[3] ? part(m[3], raw) : null;
  if (credit && credit.kind !== "outlet" && credit.kind !== "agency") return null;
  const source =
    [credit, first, second].find((p) => p && (p.kind === "outlet" || p.kind === "agency")) ?? null;
  const places = [first, second].filter((p): p is Part => !!p && p !== source);
  const capsFirst = isCaps(first.text);
  let place: string | null = null;
  if (places.length > 0) {
    const [lead, region] = places;
    // A lone unknown word is a place only when printed in capitals or seen as a place elsewhere.
    if (lead!.kind === "place" || (capsFirst && lead === first && (source || region))) {
      place = titleCase(lead!.text) + (region ? `, ${region.text}` : "");
    }
  }
  let outletText: string | null = null;
  if (!source && !place) {
    // "ARAHKATA - …": a capitalised name that is not a place is the outlet's own.
    if (!(capsFirst && !second)) return null;
    outletText = titleCase(first.text);
  }
  return {
    place,
    outlet: source?.outlet ?? null,
    outletText: source && !source.outlet && !source.agency ? source.text : outletText,
    agency: source?.agency ?? null,
    length: m[0].length,
  };
}

function part(text: string, raw: string): Part {
  const agency = agencyNamed(text);
  const outlet = outletNamed(text);
  if (outlet) return { text, kind: "outlet", outlet, agency };
  if (agency) return { text, kind: "agency", outlet: null, agency };
  if (WEBLIKE.test(text)) return { text, kind: "outlet", outlet: null, agency: null };
  if (looksLikePlace(titleCase(text), raw) || looksLikePlace(text, raw))
    return { text, kind: "place", outlet: null, agency: null };
  return { text, kind: "unknown", outlet: null, agency: null };
}

function looksLikePlace(name: string, raw: string): boolean {
  if (isKnownPlace(name)) return true;
  const esc = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`\\b(?:di|ke|dari|in|on|at|from|kota|kabupaten)\\s+${esc}\\b`, "u").test(raw);
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
