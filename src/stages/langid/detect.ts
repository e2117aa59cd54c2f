/**
 * @module
 * Language identification in two steps, then a third for sibling languages. First a vote of
 * function words from the packs of the run (`ctx.packs`): news text in a language with a pack is
 * told at once. Text the vote cannot settle goes to tinyld, limited to the packs' languages and
 * those of the world's news wires so that short Indonesian paragraphs are not taken for Tagalog,
 * Irish or Berber. Last, whichever step named a pack with a sibling (Malay beside Indonesian,
 * whose function words it shares, and which tinyld does not know), the sibling's own spellings are
 * weighed against the parent's (`langid.distinct`), counting only words written in lower case or
 * opening a sentence, since names cross languages ("Seobuk Hospital" in Indonesian news).
 * Measured in bench/langid: tinyld alone called 14 of 90 short Indonesian paragraphs something
 * else, and its cost per call (about 1 ms whatever the length) was two thirds of ingest time; eld
 * and franc label most Indonesian as Malay.
 */
import { detect } from "tinyld";
import { type PackRegistry, perRegistry } from "../../lang/packs.js";

/**
 * Languages tinyld may answer with: every pack's, and these other major languages of
 * international news (tinyld only tests membership, so the order is of no account).
 */
const NEWS_LANGUAGES = [
  "fr",
  "de",
  "es",
  "pt",
  "it",
  "nl",
  "ru",
  "uk",
  "pl",
  "tr",
  "ar",
  "fa",
  "he",
  "hi",
  "bn",
  "ur",
  "zh",
  "ja",
  "ko",
  "vi",
  "th",
  "tl",
  "sv",
  "no",
  "da",
  "fi",
  "el",
  "ro",
  "hu",
  "cs",
];

interface Sibling {
  readonly code: string;
  readonly markers: ReadonlySet<string>;
}

interface Voter {
  readonly code: string;
  readonly markers: ReadonlySet<string>;
  /** The parent's own spellings, the evidence against each of its siblings. */
  readonly distinct: ReadonlySet<string>;
  readonly siblings: readonly Sibling[];
}

interface Detector {
  readonly voters: readonly Voter[];
  readonly only: string[];
}

/** Packs vote with their markers; a sibling (`langid.siblingOf`) rides with the pack it names. */
const detectorOf = perRegistry((packs: PackRegistry): Detector => {
  const all = packs.all();
  const voters = all
    .filter((p) => !p.langid.siblingOf)
    .map((p) => ({
      code: p.code,
      markers: new Set(p.langid.markers),
      distinct: new Set(p.langid.distinct ?? []),
      siblings: all
        .filter((s) => s.langid.siblingOf === p.code)
        .map((s) => ({ code: s.code, markers: new Set(s.langid.markers) })),
    }));
  return { voters, only: [...new Set([...packs.codes, ...NEWS_LANGUAGES])] };
});

/** The BCP 47 code of the text's language, or null when there is too little text to tell. */
export function detectLanguage(text: string, packs: PackRegistry): string | null {
  const sample = text.length > 2000 ? text.slice(0, 2000) : text;
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.join("").length < 12) return null;
  const detector = detectorOf(packs);
  const code = vote(words, detector.voters) ?? (detect(sample, { only: detector.only }) || null);
  // Whichever step named a pack with siblings, the siblings' spellings get their say: tinyld
  // knows no Malay and calls it Indonesian, and the vote does not look at spellings at all.
  const parent = detector.voters.find((v) => v.code === code);
  return parent ? (siblingOf(sample, words.length, parent) ?? parent.code) : code;
}

function vote(words: readonly string[], voters: readonly Voter[]): string | null {
  if (words.length < 6) return null;
  // A sibling's spellings count for its parent's family: a Malay paragraph thin in function words
  // ("Kadar cukai baharu berkuat kuasa …") is still the family's, and the siblings then decide.
  const has = (v: Voter, w: string): boolean => v.markers.has(w) || v.siblings.some((s) => s.markers.has(w));
  const scores = voters.map((v) => ({ v, n: words.reduce((k, w) => k + (has(v, w) ? 1 : 0), 0) }));
  scores.sort((a, b) => b.n - a.n);
  const [best, second] = scores;
  // Function words make up a third or more of running text; a sixth with a clear lead is enough.
  if (!best || best.n < Math.max(2, words.length * 0.16) || best.n < 2 * (second?.n ?? 0)) return null;
  return best.v.code;
}

/**
 * The sibling whose spellings outweigh the parent's own, if any. Two of them against none of the
 * parent's, or one in a short paragraph; and always more than twice the parent's, so that a
 * spelling the parent also uses now and then ("kerajaan", a kingdom, in Indonesian) is outvoted
 * by the parent's everyday ones ("karena", "saat", "korban").
 */
function siblingOf(sample: string, wordCount: number, parent: Voter): string | null {
  if (parent.siblings.length === 0) return null;
  const words = ownWords(sample);
  const against = words.reduce((k, w) => k + (parent.distinct.has(w) ? 1 : 0), 0);
  for (const sibling of parent.siblings) {
    const n = words.reduce((k, w) => k + (sibling.markers.has(w) ? 1 : 0), 0);
    if (n > 2 * against && (n >= 2 || (n >= 1 && wordCount < 30))) return sibling.code;
  }
  return null;
}

/**
 * The words of running text, lower-cased: those written in lower case, and capitalised ones that
 * open a sentence. A capital inside a sentence is a name, and names cross languages ("Korea
 * University Anam Hospital" and "Mahkamah Konstitusi" in Indonesian news, "Wang Yi" anywhere).
 */
export function ownWords(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/\p{L}+/gu)) {
    const w = m[0];
    const lower = w.toLowerCase();
    if (w === lower || (w.slice(1) === lower.slice(1) && opensSentence(text, m.index))) out.push(lower);
  }
  return out;
}

/** True when only sentence punctuation, quotes, brackets or a line break stand before `at`. */
function opensSentence(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (text[i] === " " || text[i] === "\t")) i--;
  return i < 0 || /[.!?:;"“”'‘’([\n\u2013\u2014-]/.test(text[i] ?? "");
}
