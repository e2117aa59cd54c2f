/**
 * @module
 * Datelines at the start of a story's first paragraph: "SEOUL, KOMPAS.TV - …", "JAKARTA,
 * KOMPAS.com — …", "WASHINGTON (AP) — …", "WOODSIDE, Calif. (AP) —", "LONDON, Sept 12 (Reuters)
 * -", "Moskow: …", and outlet-only openers ("TRIBUN-VIDEO.COM - …"). Gives the place, the outlet or
 * agency it names, and how many characters of the line it covers.
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

const CAPS = "\\p{Lu}[\\p{Lu}'’.-]+(?:\\s+\\p{Lu}[\\p{Lu}'’.-]+){0,3}";
const DASH = "\\s*[-–—]+\\s*(?=[\\p{Lu}\"“‘'])";
/** "SEOUL, KOMPAS.TV - " */
const CAPS_OUTLET = new RegExp(`^(${CAPS}),\\s*([\\p{L}\\d.-]+(?:\\s[\\p{L}\\d.]+)?)${DASH}`, "u");
/** "WASHINGTON (AP) — ", "WOODSIDE, Calif. (AP) —", "LONDON, Sept 12 (Reuters) - " */
const CAPS_AGENCY = new RegExp(
  `^(${CAPS})(,\\s*[\\p{L}.]+(?:\\s+[\\p{L}.]+)?(?:\\s+\\d{1,2})?)?\\s*\\(([^)]{2,30})\\)${DASH}`,
  "u",
);
/** "JAKARTA - ", "TRIBUN-VIDEO.COM - " */
const CAPS_DASH = new RegExp(`^(${CAPS})${DASH}`, "u");
/** "Moskow: " — a capitalised name and a colon, then a capitalised sentence. */
const TITLE_COLON = /^(\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?):\s+(?=\p{Lu})/u;
const MONTH_DAY = /^,\s*[\p{L}.]+\s+\d{1,2}$/u;
const WEBLIKE = /\.(?:com|tv|id|co|net|org)\b/i;

/** `raw` is the whole article, consulted to tell a place from an outlet name. */
export function readDateline(line: string, raw = ""): Dateline | null {
  let m = CAPS_AGENCY.exec(line);
  if (m) {
    const agency = agencyNamed(m[3]!);
    const outlet = outletNamed(m[3]!);
    if (agency || outlet) {
      const region = m[2] && !MONTH_DAY.test(m[2]) ? m[2].replace(/^,\s*/, ", ") : "";
      return { place: titleCase(m[1]!) + region, outlet, outletText: null, agency, length: m[0].length };
    }
  }
  m = CAPS_OUTLET.exec(line);
  if (m && isCaps(m[1]!)) {
    const outlet = outletNamed(m[2]!);
    const agency = agencyNamed(m[2]!);
    if (outlet || agency || WEBLIKE.test(m[2]!) || isCaps(m[2]!)) {
      return {
        place: titleCase(m[1]!),
        outlet,
        outletText: outlet ? null : m[2]!,
        agency,
        length: m[0].length,
      };
    }
  }
  m = CAPS_DASH.exec(line);
  if (m && isCaps(m[1]!)) {
    const word = m[1]!;
    const outlet = outletNamed(word);
    // A lone capitalised word before the dash is a place or the outlet's own name.
    if (!outlet && !WEBLIKE.test(word) && looksLikePlace(titleCase(word), raw)) {
      return { place: titleCase(word), outlet: null, outletText: null, agency: null, length: m[0].length };
    }
    return {
      place: null,
      outlet,
      outletText: outlet ? null : titleCase(word),
      agency: null,
      length: m[0].length,
    };
  }
  m = TITLE_COLON.exec(line);
  if (m && isKnownPlace(m[1]!))
    return { place: m[1]!, outlet: null, outletText: null, agency: null, length: m[0].length };
  return null;
}

function looksLikePlace(name: string, raw: string): boolean {
  if (isKnownPlace(name)) return true;
  // The story names it as a location elsewhere: "di Demak", "in Lumajang".
  const esc = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`\\b(?:di|ke|dari|in|at|from|kota|kabupaten)\\s+${esc}\\b`, "iu").test(raw);
}

function isCaps(s: string): boolean {
  return s === s.toUpperCase() && s.length >= 3;
}

function titleCase(s: string): string {
  return s
    .toLowerCase()
    .replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}
