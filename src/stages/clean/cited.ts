/**
 * @module
 * Credits in the body: wire services an article says it is drawn from ("dilansir dari AP",
 * "mengutip Reuters") are origins; outlets and agencies it only reports from ("lapor RIA",
 * "menurut The Telegraph", "RIA Novosti melaporkan", "according to Reuters") are cited sources.
 */
import { AGENCIES, agencyNamed } from "../../lang/base/agencies.js";
import { OUTLETS, outletNamed } from "../../lang/base/outlets.js";

const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

const agencyNames = [...new Set(AGENCIES.flatMap((a) => a.aliases))].sort((a, b) => b.length - a.length);
// Two-letter outlet aliases ("FT", "AA") are too ambiguous inside running text.
const mediaNames = [...new Set([...agencyNames, ...OUTLETS.flatMap((o) => [o.name, ...o.aliases])])]
  .filter((n) => n.length >= 3)
  .sort((a, b) => b.length - a.length);

const AGENCY = `(${agencyNames.map(esc).join("|")})`;
const MEDIA = `(${mediaNames.map(esc).join("|")})`;
const LOWER_WORDS = "(?:[\\p{Ll}]+\\s+){0,3}?";

const DRAWN_FROM = new RegExp(
  `\\b(?:dilansir(?:\\s+dari)?|dikutip\\s+dari|mengutip|melansir|sebagaimana\\s+dilansir)\\s+${AGENCY}(?![\\p{L}])`,
  "giu",
);
/**
 * The wire a whole report is credited to, closing its first sentence: "…, reports Xinhua news
 * agency.", "…, an official said Saturday, AFP reports."
 */
const REPORTS_AGENCY = new RegExp(
  `,\\s+(?:(?:reports|reported|according\\s+to)\\s+(?:the\\s+)?${AGENCY}\\s+news\\s+agency|(?:the\\s+)?${AGENCY}\\s+reports)\\s*[.]`,
  "gu",
);
const CITED_BEFORE = new RegExp(
  `\\b(?:lapor(?:an)?|melaporkan|dilaporkan|menurut|according\\s+to|reported\\s+by|laman|situs|told)\\s+${LOWER_WORDS}(?:the\\s+)?${MEDIA}(?![\\p{L}])`,
  "giu",
);
const CITED_AFTER = new RegExp(
  `${MEDIA}\\s+(?:melaporkan|memberitakan|reported|reports|said|mengatakan)\\b`,
  "gu",
);

export interface BodyCredits {
  readonly agencies: string[];
  readonly cited: string[];
}

export function readBodyCredits(text: string): BodyCredits {
  const agencies = new Set<string>();
  const cited = new Set<string>();
  for (const m of [...text.matchAll(DRAWN_FROM), ...text.matchAll(REPORTS_AGENCY)]) {
    const name = m[1] ?? m[2]!;
    const agency = /^\p{Lu}/u.test(name) ? agencyNamed(name) : null;
    if (agency) agencies.add(agency);
  }
  for (const re of [CITED_BEFORE, CITED_AFTER]) {
    for (const m of text.matchAll(re)) {
      const name = m[1]!;
      // Case matters for names inside running text: "ria" is not RIA.
      if (!/^\p{Lu}/u.test(name)) continue;
      cited.add(agencyNamed(name) ?? outletNamed(name)?.name ?? name);
    }
  }
  for (const a of agencies) cited.delete(a);
  return { agencies: [...agencies], cited: [...cited] };
}
