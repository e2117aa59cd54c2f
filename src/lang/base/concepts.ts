/**
 * @module
 * The bilingual concept lexicon: which concepts an Indonesian or English word (or multi-word
 * phrase) can name, so that "bertemu", "pertemuan", "meet" and "meeting" meet in one id across
 * languages and spellings. Concepts are Interlingual Index synsets (`i35598`) from WordNet and
 * Wordnet Bahasa, trimmed at build time into `data/concepts/concepts.tsv`
 * (`scripts/build-concepts.ts`), plus the hand-kept news-event concepts of
 * `data/concepts/news-events.json` (`ev:meet`), which join the synsets WordNet splits too finely
 * (the verb "meet" and the noun "meeting" are different synsets) and come first in every answer.
 * Both files are read once, on first use, from beside the build output, like the gazetteers.
 * Unknown surface forms are reduced before lookup: Indonesian through the search stemmer's
 * candidates (`kunjungannya` → `kunjungan`), English through WordNet-style suffix rules and a short
 * irregular-form list (`met` → `meet`).
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { DomainError } from "../../core/errors.js";
import { stemCandidates } from "../id/stem.js";

type Lang = "id" | "en";

interface NewsEvent {
  readonly concept: string;
  readonly words: Readonly<Record<Lang, readonly string[]>>;
  readonly synsets: Readonly<Record<string, string>>;
}

interface Table {
  /** Lemma → WordNet concepts; until first asked for, where its base-36 ids start in `text`. */
  readonly lemmas: Map<string, number | readonly string[]>;
  readonly text: string;
  /** Word or phrase → news-event ids. */
  readonly events: Map<string, readonly string[]>;
  /** First word of a multi-word entry → the longest such entry, in words. */
  readonly phraseLength: Map<string, number>;
  /** Answers already computed, by lower-case word. */
  readonly memo: Map<string, readonly string[]>;
}

interface Lexicon {
  /** Each language's table is built on its first lookup. */
  readonly tables: Record<Lang, Table | undefined>;
  readonly text: string;
  /** Where each language's section lies in `text`. */
  readonly sections: Readonly<Record<Lang, readonly [number, number]>>;
  /** ILI concept → news events that absorb it. */
  readonly absorbed: ReadonlyMap<string, readonly string[]>;
  /** The `@hypernym` section, parsed on the first {@link hypernymOf}. */
  readonly hypernymText: string;
}

const EMPTY: readonly string[] = Object.freeze([]);
const MEMO_MAX = 100_000;
/** An English word no news event lists joins one through its first two senses only. */
const EN_ABSORB_SENSES = 2;
/** An Indonesian one, through its first sense, and only when it has at most three. */
const ID_ABSORB_MAX_SENSES = 3;
const ASCII = /^[\x20-\x7e]*$/;
/** Language codes already seen → the table they read (null: by the word's script). */
const LANGUAGE_CODES = new Map<string, Lang | null>();

/** English irregular forms → base forms (past tenses, participles, plurals) that suffix rules miss. */
const EN_IRREGULAR: ReadonlyMap<string, string> = new Map(
  (
    "arose:arise arisen:arise ate:eat eaten:eat became:become began:begin begun:begin bent:bend " +
    "bit:bite bitten:bite bled:bleed blew:blow blown:blow broke:break broken:break brought:bring " +
    "built:build burnt:burn bought:buy caught:catch chose:choose chosen:choose came:come dealt:deal " +
    "did:do done:do drew:draw drawn:draw drank:drink drove:drive driven:drive fell:fall fallen:fall " +
    "fed:feed felt:feel fought:fight found:find fled:flee flew:fly flown:fly forbade:forbid " +
    "forbidden:forbid forgot:forget forgotten:forget froze:freeze frozen:freeze got:get gotten:get " +
    "gave:give given:give went:go gone:go grew:grow grown:grow hung:hang had:have heard:hear hid:hide " +
    "hidden:hide held:hold kept:keep knew:know known:know laid:lay led:lead left:leave lent:lend " +
    "lain:lie lost:lose made:make meant:mean met:meet paid:pay ran:run rode:ride ridden:ride " +
    "rang:ring rose:rise risen:rise said:say saw:see seen:see sought:seek sold:sell sent:send " +
    "shook:shake shaken:shake shot:shoot sang:sing sung:sing sank:sink sunk:sink sat:sit slept:sleep " +
    "slid:slide slain:slay spoke:speak spoken:speak spent:spend stood:stand stole:steal stolen:steal " +
    "struck:strike stricken:strike swore:swear sworn:swear swept:sweep took:take taken:take " +
    "taught:teach tore:tear torn:tear told:tell thought:think threw:throw thrown:throw " +
    "understood:understand woke:wake woken:wake wore:wear worn:wear won:win withdrew:withdraw " +
    "withdrawn:withdraw wrote:write written:write overthrew:overthrow overthrown:overthrow " +
    "undertook:undertake undertaken:undertake children:child people:person men:man women:woman " +
    "feet:foot teeth:tooth lives:life wives:wife crises:crisis analyses:analysis criteria:criterion"
  )
    .split(" ")
    .map((pair) => pair.split(":") as [string, string]),
);

/** WordNet's detachment rules (morphy) for nouns, verbs and adjectives, most specific first. */
const EN_SUFFIXES: readonly (readonly [string, string])[] = [
  ["ies", "y"],
  ["ied", "y"],
  ["ches", "ch"],
  ["shes", "sh"],
  ["sses", "ss"],
  ["xes", "x"],
  ["zes", "z"],
  ["men", "man"],
  ["es", "e"],
  ["es", ""],
  ["s", ""],
  ["ed", "e"],
  ["ed", ""],
  ["ing", "e"],
  ["ing", ""],
  ["est", "e"],
  ["est", ""],
  ["er", "e"],
  ["er", ""],
];

let cachedLexicon: Lexicon | undefined;
let cachedEvents: readonly NewsEvent[] | undefined;
let cachedEventIds: ReadonlySet<string> | undefined;
let cachedHypernyms: Map<number, number> | undefined;

function dataUrl(file: string): URL {
  // Three levels up from src/lang/base (or dist/lang/base) is the package root.
  return new URL(`../../../data/concepts/${file}`, import.meta.url);
}

/** The text of a shipped data file; a missing or unreadable one is a broken install. */
function readData(file: string): string {
  const url = dataUrl(file);
  try {
    return readFileSync(url, "utf8");
  } catch (cause) {
    throw new DomainError("E_MODEL_MISSING", { path: fileURLToPath(url) }, { cause });
  }
}

function newsEvents(): readonly NewsEvent[] {
  cachedEvents ??= (JSON.parse(readData("news-events.json")) as { events: readonly NewsEvent[] }).events;
  return cachedEvents;
}

function notePhrase(table: Table, key: string): void {
  const space = key.indexOf(" ");
  if (space < 0) return;
  const first = key.slice(0, space);
  const n = key.split(" ").length;
  if ((table.phraseLength.get(first) ?? 0) < n) table.phraseLength.set(first, n);
}

/**
 * One language's table: the `lemma<TAB>ids` lines of its section (ids left undecoded, as offsets
 * into the file's text, which halves the load time) and the words the news events list.
 */
function buildTable(lex: Lexicon, lang: Lang): Table {
  const { text } = lex;
  const table: Table = {
    lemmas: new Map(),
    text,
    events: new Map(),
    phraseLength: new Map(),
    memo: new Map(),
  };
  const [from, to] = lex.sections[lang];
  let at = from;
  while (at < to) {
    let end = text.indexOf("\n", at);
    if (end < 0 || end > to) end = to;
    const tab = text.indexOf("\t", at);
    if (tab > at && tab < end) {
      const lemma = text.slice(at, tab);
      table.lemmas.set(lemma, tab + 1);
      if (lemma.includes(" ")) notePhrase(table, lemma);
    }
    at = end + 1;
  }
  for (const ev of newsEvents()) {
    for (const word of ev.words[lang]) {
      const ids = table.events.get(word) ?? [];
      if (!ids.includes(ev.concept)) table.events.set(word, [...ids, ev.concept]);
      notePhrase(table, word);
    }
  }
  lex.tables[lang] = table;
  return table;
}

function tableOf(lex: Lexicon, lang: Lang): Table {
  return lex.tables[lang] ?? buildTable(lex, lang);
}

function load(): Lexicon {
  if (cachedLexicon) return cachedLexicon;
  const text = readData("concepts.tsv");
  const en = text.indexOf("\n@en\n");
  const id = text.indexOf("\n@id\n");
  const hyp = text.indexOf("\n@hypernym\n");
  if (en < 0 || id < en || hyp < id)
    throw new DomainError("E_MODEL_MISSING", { path: fileURLToPath(dataUrl("concepts.tsv")) });
  const absorbed = new Map<string, string[]>();
  for (const ev of newsEvents()) {
    for (const ili of Object.keys(ev.synsets)) absorbed.set(ili, [...(absorbed.get(ili) ?? []), ev.concept]);
  }
  cachedLexicon = {
    tables: { en: undefined, id: undefined },
    text,
    sections: { en: [en + 5, id], id: [id + 5, hyp] },
    absorbed,
    hypernymText: text.slice(hyp + 11),
  };
  return cachedLexicon;
}

/** WordNet concepts of one exact lemma, decoding the file's base-36 ids on first use. */
function lemmaConcepts(table: Table, lemma: string): readonly string[] | undefined {
  const start = table.lemmas.get(lemma);
  if (start === undefined || typeof start !== "number") return start;
  // Base-36 digits by hand, up to the end of the line: several times faster than split + parseInt.
  const { text } = table;
  const ids: string[] = [];
  let n = 0;
  for (let k = start; ; k++) {
    const code = k < text.length ? text.charCodeAt(k) : 10;
    if (code === 32 || code === 10) {
      ids.push(`i${n}`);
      n = 0;
      if (code === 10) break;
    } else n = n * 36 + (code <= 57 ? code - 48 : code - 87);
  }
  Object.freeze(ids);
  table.lemmas.set(lemma, ids);
  return ids;
}

/** Forms to try for an English word: itself, an irregular base, then suffix-stripped bases. */
function englishForms(word: string): string[] {
  const forms = [word];
  const irregular = EN_IRREGULAR.get(word);
  if (irregular) forms.push(irregular);
  for (const [suffix, replacement] of EN_SUFFIXES) {
    if (!word.endsWith(suffix) || word.length - suffix.length < 2) continue;
    const base = word.slice(0, -suffix.length) + replacement;
    forms.push(base);
    // "planned", "stopping", "bigger": the doubled final consonant goes with the suffix.
    if (replacement === "" && /([b-df-hj-np-tv-z])\1$/.test(base)) forms.push(base.slice(0, -1));
  }
  return forms;
}

/** Forms to try for an Indonesian word: itself, the base of a reduplication, then stem candidates. */
function indonesianForms(word: string): readonly string[] {
  const dash = word.indexOf("-");
  if (dash > 0 && word.slice(0, dash) === word.slice(dash + 1)) return [word, word.slice(0, dash)];
  return stemCandidates(word);
}

/**
 * The answer for one lower-case word or phrase, given a function listing the forms to try (the
 * surface first). The surface, and the first reduced form either table knows, give WordNet
 * concepts: English keeps both ("signed" is an adjective lemma of its own beside the verb "sign"),
 * Indonesian reduces only words Wordnet Bahasa does not know. News events come first: those
 * listing the surface, else (for a surface WordNet does not know) the reduced form; a word no
 * event lists joins the events absorbing one of its first senses (see {@link EN_ABSORB_SENSES}).
 */
function resolve(
  lex: Lexicon,
  lang: Lang,
  surfaceForm: string,
  reduce: (form: string) => readonly string[],
): readonly string[] {
  const table = tableOf(lex, lang);
  const surface = lemmaConcepts(table, surfaceForm);
  let events = table.events.get(surfaceForm);
  let reduced: readonly string[] | undefined;
  // An Indonesian word Wordnet Bahasa knows is a word of its own ("keturunan" is not "turun"), so
  // its stem candidates are not even computed; an English one keeps its lemma's concepts too.
  if (lang === "en" || !surface) {
    const forms = reduce(surfaceForm);
    for (let k = 1; k < forms.length; k++) {
      const concepts = lemmaConcepts(table, forms[k]!);
      const listed = table.events.get(forms[k]!);
      if (!concepts && !listed) continue;
      // Only the first form either table knows counts ("planes" is "plane" before it is "plan"),
      // and its events only for a surface WordNet does not know ("according" is not "accord").
      reduced = concepts;
      if (!surface) events ??= listed;
      break;
    }
  }
  if (!events && !surface && !reduced) return EMPTY;
  const concepts = surface && reduced ? [...surface, ...reduced] : (surface ?? reduced ?? EMPTY);
  // Wordnet Bahasa links words to synsets through English lemmas and inherits their ambiguity
  // ("bisa" = can → "dismiss", "antara" → "inter" → "bury"): an Indonesian word joins an event
  // through a synset only when that is its first sense and it has few.
  const absorbing =
    lang === "en"
      ? Math.min(EN_ABSORB_SENSES, concepts.length)
      : concepts.length <= ID_ABSORB_MAX_SENSES
        ? Math.min(1, concepts.length)
        : 0;
  let absorbs = false;
  for (let k = 0; k < absorbing && !events && !absorbs; k++) absorbs = lex.absorbed.has(concepts[k]!);
  // Most words are in no news event and one form: their decoded array is the answer as it is.
  if (!events && !absorbs && concepts === (surface ?? reduced)) return concepts;
  const out: string[] = [...(events ?? EMPTY)];
  if (absorbs) {
    for (const c of concepts.slice(0, absorbing)) {
      for (const ev of lex.absorbed.get(c) ?? EMPTY) if (!out.includes(ev)) out.push(ev);
    }
  }
  for (const c of concepts) if (!out.includes(c)) out.push(c);
  return Object.freeze(out);
}

/** The table a language code reads: `id`/`in`/`ind` and `en`/`eng` (any region), else by script. */
function languageOf(language: string, word: string): Lang | null {
  let lang = LANGUAGE_CODES.get(language);
  if (lang === undefined) {
    const code = language.toLowerCase().split(/[-_]/)[0];
    lang =
      code === "id" || code === "in" || code === "ind" ? "id" : code === "en" || code === "eng" ? "en" : null;
    if (LANGUAGE_CODES.size < 1000) LANGUAGE_CODES.set(language, lang);
  }
  return lang ?? (ASCII.test(word) ? "en" : null);
}

/**
 * Concept ids a word can name, most likely first: news-event ids (`ev:meet`) before WordNet
 * concepts (`i31856`). Case-insensitive; unknown Indonesian forms go through the stemmer and
 * English ones through inflection rules. A language other than Indonesian or English reads the
 * English tables when the word is ASCII, and knows nothing otherwise.
 *
 * @example
 * conceptsOf("id", "pertemuan")[0] === conceptsOf("en", "meeting")[0]; // "ev:meet"
 */
export function conceptsOf(language: "id" | "en" | string, word: string): readonly string[] {
  const key = word.trim().toLowerCase();
  const lang = languageOf(language, key);
  if (!lang || key.length === 0) return EMPTY;
  const lex = load();
  const table = tableOf(lex, lang);
  const hit = table.memo.get(key);
  if (hit) return hit;
  const answer = resolve(lex, lang, key, lang === "id" ? indonesianForms : englishForms);
  if (table.memo.size >= MEMO_MAX) table.memo.clear();
  table.memo.set(key, answer);
  return answer;
}

/** A multi-word entry found at a position of a word list. */
export interface PhraseMatch {
  /** How many words the phrase spans (at least 2). */
  readonly length: number;
  readonly concepts: readonly string[];
}

/**
 * The longest multi-word lemma or news-event phrase starting at `words[i]` ("death toll",
 * "korban jiwa", "pertemuan puncak"), or null. The last word may be inflected ("death tolls",
 * "pertemuan puncaknya"). Single words are {@link conceptsOf}'s business.
 *
 * @example
 * phraseConceptsOf("en", ["the", "death", "toll", "rose"], 1); // { length: 2, concepts: ["ev:die", …] }
 */
export function phraseConceptsOf(
  language: "id" | "en" | string,
  words: readonly string[],
  i: number,
): PhraseMatch | null {
  const first = words[i]?.toLowerCase();
  if (!first) return null;
  const lang = languageOf(language, first);
  if (!lang) return null;
  const lex = load();
  const longest = tableOf(lex, lang).phraseLength.get(first);
  if (!longest) return null;
  for (let n = Math.min(longest, words.length - i); n >= 2; n--) {
    const lower = words.slice(i, i + n).map((w) => w.toLowerCase());
    const head = lower.slice(0, -1).join(" ");
    const last = lower[n - 1]!;
    const reduceLast = (): readonly string[] =>
      (lang === "id" ? indonesianForms(last) : englishForms(last)).map((form) => `${head} ${form}`);
    const concepts = resolve(lex, lang, `${head} ${last}`, reduceLast);
    if (concepts.length > 0) return { length: n, concepts };
  }
  return null;
}

/**
 * The direct hypernym of a WordNet concept (the nearest one the lexicon keeps; for an adjective
 * satellite, its head adjective), or null for a top concept, a news event or an unknown id.
 *
 * @example
 * hypernymOf("i75751"); // earthquake → "i97592" (geological phenomenon)
 */
export function hypernymOf(concept: string): string | null {
  if (!/^i\d+$/.test(concept)) return null;
  cachedHypernyms ??= parseHypernyms(load().hypernymText);
  const parent = cachedHypernyms.get(Number(concept.slice(1)));
  return parent === undefined ? null : `i${parent}`;
}

function parseHypernyms(text: string): Map<number, number> {
  const map = new Map<number, number>();
  for (const line of text.split("\n")) {
    const tab = line.indexOf("\t");
    if (tab > 0) map.set(Number.parseInt(line.slice(0, tab), 36), Number.parseInt(line.slice(tab + 1), 36));
  }
  return map;
}

/** Whether `ancestor` is `concept` or one of its hypernyms at most `depth` steps up. */
export function isWithinHypernyms(concept: string, ancestor: string, depth: number): boolean {
  let x: string | null = concept;
  for (let d = 0; x && d <= depth; d++, x = hypernymOf(x)) if (x === ancestor) return true;
  return false;
}

/** Whether an id is one of the hand-kept news-event concepts (`ev:meet`). */
export function isEventConcept(id: string): boolean {
  cachedEventIds ??= new Set(newsEvents().map((ev) => ev.concept));
  return cachedEventIds.has(id);
}

/** Reads the lexicon and builds both languages' tables now rather than on first lookups. */
export function preloadConcepts(): void {
  const lex = load();
  tableOf(lex, "id");
  tableOf(lex, "en");
}
