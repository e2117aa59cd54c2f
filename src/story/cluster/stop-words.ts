/**
 * @module
 * Function words per language, so that "de", "la", "der", "und" or "що" do not make two unrelated
 * articles in the same language look alike. Indonesian and English come from their packs (with
 * news chrome); every other language the stopword package (3.1.5, MIT, 62 languages) covers gets
 * its list, looked up by the article's ISO 639-1 code.
 */
import * as stopword from "stopword";
import { defaultPacks } from "../../lang/registry.js";

/** ISO 639-1 → the stopword package's ISO 639-3 keys. */
const ISO3: Readonly<Record<string, string>> = {
  af: "afr",
  ar: "ara",
  bg: "bul",
  bn: "ben",
  ca: "cat",
  cs: "ces",
  da: "dan",
  de: "deu",
  el: "ell",
  es: "spa",
  et: "est",
  eu: "eus",
  fa: "fas",
  fi: "fin",
  fr: "fra",
  ga: "gle",
  gl: "glg",
  he: "heb",
  hi: "hin",
  hr: "hrv",
  bs: "hrv",
  sr: "hrv",
  hu: "hun",
  hy: "hye",
  it: "ita",
  ja: "jpn",
  ko: "kor",
  lt: "lit",
  lv: "lav",
  ms: "msa",
  nb: "nob",
  no: "nob",
  nl: "nld",
  pl: "pol",
  pt: "por",
  ro: "ron",
  ru: "rus",
  sk: "slk",
  sl: "slv",
  sv: "swe",
  sw: "swa",
  th: "tha",
  tl: "tgl",
  tr: "tur",
  uk: "ukr",
  ur: "urd",
  vi: "vie",
  zh: "zho",
};

/** Extra function words and news chrome the claim stop lists do not carry. */
const EXTRA = `
the a an of to in on for and or is was were are be been has have had it its as at by with from that
this these those he she they we i you his her their our said says say will would could not but also
after before which who when where there yang dan di ke dari ini itu dengan untuk pada dalam akan
kata ujar ungkap jelas tersebut para pun bagi oleh saat kami kita ia dia mereka nya lah juga telah
sudah belum bisa dapat tak tidak monday tuesday wednesday thursday friday saturday sunday january
february march may june july august october december senin selasa rabu kamis jumat sabtu minggu
januari februari maret mei juni juli agustus oktober desember menurut reuters antara afp ap kompas
com baca news
`
  .trim()
  .split(/\s+/);

/** The package's lists by key (its other exports are functions, told apart by Array.isArray). */
const lists: Readonly<Record<string, unknown>> = stopword;
let base: Set<string> | null = null;
const byLanguage = new Map<string, Set<string>>();

/** The packs' function words: applied to every text, whatever its language. */
function baseSet(): Set<string> {
  if (base) return base;
  const set = new Set(EXTRA);
  for (const pack of defaultPacks.all()) for (const w of pack.claims.stopWords) set.add(w.toLowerCase());
  base = set;
  return set;
}

/** Function words for a text in `language` (the packs' own plus that language's list). */
export function stopWordsFor(language: string | null | undefined): ReadonlySet<string> {
  const code = language?.toLowerCase().split(/[-_]/)[0] ?? "";
  const key = ISO3[code];
  const list = key ? lists[key] : undefined;
  if (!Array.isArray(list)) return baseSet();
  let set = byLanguage.get(key!);
  if (!set) {
    set = new Set(baseSet());
    for (const w of list as readonly string[]) set.add(w.toLowerCase());
    byLanguage.set(key!, set);
  }
  return set;
}
