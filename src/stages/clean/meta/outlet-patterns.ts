/**
 * @module
 * Patterns that find outlet names in a page, shared by the rule-based reader (metadata.ts) and the
 * learned ranker's candidate generator (outlet-candidates.ts).
 */
import { agencyNamed } from "../../../lang/base/agencies.js";
import { OUTLETS } from "../../../lang/base/outlets.js";

// Directory names of three letters or more, wire services left out (they are credits, not the page's
// own name); longest first so "Kompas TV" wins over "Kompas".
const OUTLET_NAMES = [...new Set(OUTLETS.flatMap((o) => [o.name, ...o.aliases]))]
  .filter((n) => n.length >= 3 && !agencyNamed(n))
  .sort((a, b) => b.length - a.length);

/** A directory outlet's name standing alone in a text. */
export const OUTLET_IN_TEXT = new RegExp(
  `(?<![\\p{L}\\d.])(${OUTLET_NAMES.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})(?![\\p{L}\\d])`,
  "gu",
);

/**
 * The outlet speaking of itself in its own report: "kata dia kepada detikcom", "Pantauan Permatanews
 * di lokasi", "dikonfirmasi Kompas.com".
 */
export const SELF_MENTION =
  /\b(?:kepada|pantauan|dihubungi|dikonfirmasi|ditemui|diwawancarai|wawancara dengan)\s+([\p{L}][\p{L}\d.-]*(?:\.com|\.co\.id|\.id|\.co)?)/giu;

/**
 * The outlet asking readers to follow, subscribe to or support it: "Follow The Valley Courier on
 * Facebook", "Subscribe to the Daily Record", "consider supporting SCMP's journalism", "Ikuti
 * Radar Malang di Google News". The name is checked for an outlet's shape by the caller.
 */
export const SELF_PROMPT =
  /\b(?:[Ff]ollow|[Ss]ubscribe to|[Ss]upporting|[Ss]upport|[Ii]kuti|[Ll]angganan|[Bb]erlangganan)\s+((?:[Tt]he\s+)?\p{Lu}[\p{L}\d.&'’-]*(?:\s+\p{Lu}[\p{L}\d.&'’-]*){0,3}?)(?:['’]s)?\s+(?:on|di|journalism|jurnalisme|for|untuk|news|berita)\b/gu;
