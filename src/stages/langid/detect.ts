/**
 * @module
 * Language identification in two steps. First a vote of function words from the packs of the run
 * (`ctx.packs`): news text in a language with a pack is told at once, and a sibling pack (Malay
 * beside Indonesian, whose function words it shares) by the spellings that set it apart. Text the
 * vote cannot settle goes to tinyld, limited to the packs' languages and those of the world's
 * news wires so that short Indonesian paragraphs are not taken for Tagalog, Irish or Berber.
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

interface Voter {
  readonly code: string;
  readonly markers: ReadonlySet<string>;
  readonly siblings: readonly { readonly code: string; readonly markers: ReadonlySet<string> }[];
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
  return vote(words, detector.voters) ?? (detect(sample, { only: detector.only }) || null);
}

function vote(words: readonly string[], voters: readonly Voter[]): string | null {
  if (words.length < 6) return null;
  const scores = voters.map((v) => ({ v, n: words.reduce((k, w) => k + (v.markers.has(w) ? 1 : 0), 0) }));
  scores.sort((a, b) => b.n - a.n);
  const [best, second] = scores;
  // Function words make up a third or more of running text; a sixth with a clear lead is enough.
  if (!best || best.n < Math.max(2, words.length * 0.16) || best.n < 2 * (second?.n ?? 0)) return null;
  for (const sibling of best.v.siblings) {
    const n = words.reduce((k, w) => k + (sibling.markers.has(w) ? 1 : 0), 0);
    // Two of the sibling's own spellings, or one in a short paragraph.
    if (n >= 2 || (n >= 1 && words.length < 30)) return sibling.code;
  }
  return best.v.code;
}
