/**
 * @module
 * Small helpers on names and tokens shared by the finders, the refiners and story resolution: the
 * comparison key of a name (case, hyphens and dots folded, so "Kim Jong-un" and "Kim Jong Un"
 * meet), capitalisation tests, and the initials of a multi-word name for acronym matching.
 */

/** The comparison key of a name: NFKC, lower case, hyphens, dots and quotes folded to spaces. */
export function nameKey(name: string): string {
  return name
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\u2018\u2019'"`]/g, "")
    .replace(/[-\u2010-\u2015_.]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

const UPPER_START = /^\p{Lu}/u;
const ALL_CAPS = /^[\p{Lu}\p{N}.&-]+$/u;

/** Starts with a capital letter ("Putin", "Jong-un", "KCNA"). */
export function isCapitalised(token: string): boolean {
  return UPPER_START.test(token);
}

/** Written all in capitals (and at least one letter): "AS", "U.S.", "KCNA". */
export function isAllCaps(token: string): boolean {
  return ALL_CAPS.test(token) && /\p{Lu}/u.test(token);
}

/** A word token (starts with a letter). */
export function isWord(token: string): boolean {
  return /^\p{L}/u.test(token);
}

/** Collapses runs of whitespace so a name spread over a line break reads as one. */
export function tidy(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/**
 * The initials of the capitalised words of a name ("Korean Central News Agency" → "KCNA").
 * Lower-case words ("of", "dan") are skipped, as acronyms skip them.
 */
export function initialsOf(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => isCapitalised(w))
    .map((w) => w[0]!)
    .join("")
    .toUpperCase();
}
