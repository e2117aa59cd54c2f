/**
 * @module
 * Name keys: one spelling per name across scripts and spelling conventions, so that entity tokens
 * of articles in different languages meet. A word is transliterated to ASCII (any-ascii covers
 * Cyrillic, Arabic, Greek, CJK and the rest), lower-cased, and folded by a few rules that undo the
 * usual romanisation differences: "Džong"/"Dzong"/"Jong", "Marrakech"/"Marrakesch"/"Marrakesh",
 * "Haouz"/"Hauz", doubled letters. Scripts without vowels in writing (Arabic, Hebrew) only meet
 * Latin spellings through the consonant {@link skeleton}.
 */
import anyAscii from "any-ascii";

/** Romanisation variants, applied in order to a lower-case ASCII word. */
const FOLDS: readonly [RegExp, string][] = [
  [/dzh|dz|dj|zh/g, "j"],
  [/tsch/g, "ch"],
  [/sch/g, "sh"],
  [/ch/g, "sh"],
  [/kh/g, "k"],
  [/ph/g, "f"],
  [/th/g, "t"],
  [/ck/g, "k"],
  [/q/g, "k"],
  [/c(?![eiy])/g, "k"],
  [/w/g, "v"],
  [/y/g, "i"],
  [/ou/g, "u"],
  [/(.)\1+/g, "$1"],
];

/** Arabic and Hebrew letters: written without short vowels, so only their skeleton is comparable. */
const ABJAD = /[\u0590-\u05ff\u0600-\u06ff\u0750-\u077f]/u;
/** The Arabic definite article "ال" at the start of a word. */
const ARABIC_ARTICLE = /^\u0627\u0644(?=[\u0600-\u06ff]{2})/u;

/** The folded key of one word ("Džong" → "jong", "Türkei" → "turkei"); "" when nothing is left. */
export function nameKey(word: string): string {
  const bare = word.normalize("NFC").replace(ARABIC_ARTICLE, "");
  let k = anyAscii(bare)
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");
  for (const [re, to] of FOLDS) k = k.replace(re, to);
  return k;
}

/** Consonants of a key: "marakesh" and Arabic "mrksh" (مراكش) both give "mrksh". */
export function skeleton(key: string): string {
  return key.replace(/[aeiou]/g, "");
}

/** Whether a word is written in a script without vowels (its key is a skeleton already). */
export function isAbjad(word: string): boolean {
  return ABJAD.test(word);
}

/** Whether a word is written in a script with letter case, where capitals mark names. */
export function hasCase(word: string): boolean {
  return word.toLowerCase() !== word.toUpperCase();
}
