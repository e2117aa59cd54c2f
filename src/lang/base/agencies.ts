/**
 * @module
 * Wire services by canonical name, with the spellings and short codes news pages credit them by.
 * Codes are the lower-case tails some outlets print after wire copy ("(ant)", "(bbn)").
 */
export interface AgencyEntry {
  readonly name: string;
  readonly aliases: readonly string[];
  readonly codes?: readonly string[];
}

export const AGENCIES: readonly AgencyEntry[] = [
  { name: "Associated Press", aliases: ["AP", "Associated Press", "The Associated Press"], codes: ["ap"] },
  { name: "AFP", aliases: ["AFP", "Agence France-Presse", "Agence France Presse"], codes: ["afp"] },
  { name: "Reuters", aliases: ["Reuters", "Thomson Reuters"], codes: ["rtr", "reuters"] },
  {
    name: "Antara",
    aliases: ["Antara", "ANTARA", "Antara News", "Antaranews", "LKBN Antara", "Kantor Berita Antara"],
    codes: ["ant"],
  },
  { name: "Xinhua", aliases: ["Xinhua", "Kantor Berita Xinhua"], codes: ["xinhua"] },
  { name: "TASS", aliases: ["TASS", "ITAR-TASS"] },
  { name: "Yonhap", aliases: ["Yonhap", "Kantor Berita Yonhap"] },
  { name: "Kyodo", aliases: ["Kyodo", "Kyodo News"] },
  { name: "Bloomberg", aliases: ["Bloomberg", "Bloomberg News"], codes: ["bbn"] },
  { name: "VOA", aliases: ["VOA", "Voice of America", "VOA Indonesia"] },
  { name: "dpa", aliases: ["dpa", "DPA", "Deutsche Presse-Agentur"] },
  { name: "EFE", aliases: ["EFE"] },
  { name: "ANSA", aliases: ["ANSA"] },
  { name: "Bernama", aliases: ["Bernama"] },
  { name: "Anadolu Agency", aliases: ["Anadolu", "Anadolu Agency", "AA"] },
  { name: "Press Trust of India", aliases: ["PTI", "Press Trust of India"] },
  { name: "VNA", aliases: ["VNA", "Vietnam News Agency"] },
  { name: "UPI", aliases: ["UPI", "United Press International"] },
  { name: "RTTNews", aliases: ["RTTNews", "RTT News"] },
];

const byAlias = new Map<string, string>();
const byCode = new Map<string, string>();
for (const agency of AGENCIES) {
  for (const alias of agency.aliases) byAlias.set(alias.toLowerCase(), agency.name);
  for (const code of agency.codes ?? []) byCode.set(code, agency.name);
}

/** The canonical agency a credit names ("AP" → "Associated Press"), or null. */
export function agencyNamed(credit: string): string | null {
  return byAlias.get(credit.trim().replace(/\s+/g, " ").toLowerCase()) ?? null;
}

/** The agency behind a lower-case tail code ("bbn" → "Bloomberg"), or null. */
export function agencyByCode(code: string): string | null {
  return byCode.get(code.trim().toLowerCase()) ?? byAlias.get(code.trim().toLowerCase()) ?? null;
}

/** Every alias, longest first, for building matchers. */
export function agencyAliases(): string[] {
  return [...byAlias.keys()].sort((a, b) => b.length - a.length);
}
