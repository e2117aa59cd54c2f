/**
 * @module
 * Datelines at the start of a story's first paragraph: "SEOUL, KOMPAS.TV - …", "JAKARTA,
 * KOMPAS.com — …", "WASHINGTON (AP) — …", "LONDON, Sept 12 (Reuters) - …", "Moskow: …". Gives the
 * place, the outlet or agency it names, and how many characters of the line it covers.
 */
import { agencyNamed } from "../../lang/base/agencies.js";
import { type OutletEntry, outletNamed } from "../../lang/base/outlets.js";

export interface Dateline {
  readonly place: string;
  readonly outlet: OutletEntry | null;
  readonly agency: string | null;
  /** Length of the dateline prefix, separator included. */
  readonly length: number;
}

const PLACE_CAPS = "\\p{Lu}[\\p{Lu}'’.-]+(?:\\s+\\p{Lu}[\\p{Lu}'’.-]+){0,3}";
/** "SEOUL, KOMPAS.TV - " */
const CAPS_OUTLET = new RegExp(
  `^(${PLACE_CAPS}),\\s*([\\p{L}\\d.]+(?:\\s[\\p{L}\\d.]+)?)\\s*[-–—]+\\s+`,
  "u",
);
/** "WASHINGTON (AP) — " and "LONDON, Sept 12 (Reuters) - " */
const CAPS_AGENCY = new RegExp(
  `^(${PLACE_CAPS})(?:,\\s*[\\p{L}.]+(?:\\s+[\\p{L}.]+)?(?:\\s+\\d{1,2})?)?\\s*\\(([^)]{2,30})\\)\\s*[-–—]+\\s+`,
  "u",
);
/** "Moskow: " / "Jakarta: " — a capitalised place name and a colon, then a capitalised sentence. */
const TITLE_COLON = /^(\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+){0,2}):\s+(?=\p{Lu})/u;
/** "JAKARTA - " / "SEOUL — " without an outlet. */
const CAPS_DASH = new RegExp(`^(${PLACE_CAPS})\\s*[-–—]+\\s+(?=\\p{Lu})`, "u");

export function readDateline(line: string): Dateline | null {
  let m = CAPS_AGENCY.exec(line);
  if (m) {
    const agency = agencyNamed(m[2]!);
    const outlet = outletNamed(m[2]!);
    if (agency || outlet) return { place: titleCase(m[1]!), outlet, agency, length: m[0].length };
  }
  m = CAPS_OUTLET.exec(line);
  if (m && isCapsPlace(m[1]!)) {
    const outlet = outletNamed(m[2]!);
    const agency = agencyNamed(m[2]!);
    if (outlet || agency || /\.(?:com|tv|id|co)\b/i.test(m[2]!)) {
      return { place: titleCase(m[1]!), outlet, agency, length: m[0].length };
    }
  }
  m = CAPS_DASH.exec(line);
  if (m && isCapsPlace(m[1]!))
    return { place: titleCase(m[1]!), outlet: null, agency: null, length: m[0].length };
  m = TITLE_COLON.exec(line);
  // Only short place-like names: a person's name followed by a colon introduces speech instead.
  if (m && m[1]!.split(" ").length <= 2)
    return { place: m[1]!, outlet: null, agency: null, length: m[0].length };
  return null;
}

function isCapsPlace(s: string): boolean {
  return s === s.toUpperCase() && s.length >= 3;
}

function titleCase(s: string): string {
  return s
    .toLowerCase()
    .replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}
