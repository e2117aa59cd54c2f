/**
 * @module
 * Page-chrome cues compiled into regular expressions, once per pack registry. Cleaning runs before
 * language identification, so it uses the cues of every pack at once: a Kompas page carries
 * Indonesian chrome, but a DW Indonesia page may carry English menus too.
 *
 * {@link cuesFor} builds them for any registry. The clean stage runs its helpers inside
 * {@link withCues} with the cues of the run's registry (`ctx.packs`), and the helpers (line
 * classifier, credit readers, header finder, stamps) read them with {@link cues}. Cleaning is
 * synchronous, so the cues in force are those of the document being cleaned; a helper called
 * outside a run (a test, the line-model trainer) says so with a coded error instead of guessing a
 * registry.
 */

import { DomainError } from "../../core/errors.js";
import { agencyAliases } from "../../lang/base/agencies.js";
import { distinctParts, type PackRegistry, perRegistry } from "../../lang/packs.js";
import type { CleanData } from "../../lang/types/clean.js";
import type { LanguagePack } from "../../lang/types/pack.js";

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+");

/** Every pack's function words ("yang", "the", "juga"), lower case: prose reads like them. */
function functionWordsOf(packs: readonly LanguagePack[]): Set<string> {
  return new Set(packs.flatMap((p) => p.claims.stopWords.map((w) => w.toLowerCase())));
}

/** Month names → month number, and time zones (upper case) → UTC offset, of every pack. */
function calendarOf(packs: readonly LanguagePack[]): {
  months: Map<string, number>;
  zones: Map<string, string>;
} {
  const months = new Map<string, number>();
  const zones = new Map<string, string>();
  for (const pack of packs) {
    pack.dates.months.forEach((names, i) => {
      for (const n of names) months.set(n, i + 1);
    });
    for (const [zone, offset] of Object.entries(pack.dates.timeZones)) zones.set(zone.toUpperCase(), offset);
  }
  return { months, zones };
}

/** Canonical names and forms of the places every pack lists ("Moskow", "Moskwa"). */
function placesOf(registry: PackRegistry): string[] {
  return distinctParts(registry, (p) => p.entities.known).flatMap((known) =>
    known.filter((k) => k.type === "place").flatMap((k) => [k.canonical, ...k.forms]),
  );
}

/** The cues of every pack of a registry, built on first use and kept for the registry's life. */
export const cuesFor = perRegistry(buildCues);

export type Cues = ReturnType<typeof buildCues>;

function buildCues(registry: PackRegistry) {
  const packs = registry.all();
  const union = (pick: (c: CleanData) => readonly string[]): string => {
    const phrases = [...new Set(packs.flatMap((p) => pick(p.clean)))].sort((a, b) => b.length - a.length);
    return phrases.map(escapeRe).join("|");
  };
  const alternation = (names: Set<string>): string =>
    [...names].sort((a, b) => b.length - a.length).join("|");
  const MONTH = `(?:${alternation(new Set(packs.flatMap((p) => p.dates.months.flat())))})\\.?`;
  // Stamps abbreviate weekdays to three letters in every language ("Jum, 18 Jul 2025", "Thu,
  // Sept 12"): the prefixes are derived from the packs' names, not listed.
  const weekdayNames = packs.flatMap((p) => p.dates.weekdays.flat());
  const WEEKDAY = `(?:${alternation(new Set([...weekdayNames.map((n) => n.replace("'", "'?")), ...weekdayNames.map((n) => n.slice(0, 3))]))})`;
  const ZONE = `(?:${alternation(new Set(packs.flatMap((p) => Object.keys(p.dates.timeZones))))})`;
  // Seconds too: "06:17:13 WIB".
  const TIME = `\\d{1,2}[:.]\\d{2}(?:[:.]\\d{2})?(?:\\s*(?:[ap]\\.?m\\.?))?(?:\\s*${ZONE})?`;
  /** "6 September 2023", "Sept. 12, 2023", "12/09/2023", "2023-09-12", optionally with weekday and time. */
  const DATE_CORE = `(?:\\d{4}-\\d{2}(?![-\\d])|\\d{1,2}(?:\\s+|-)${MONTH}(?:\\s+|-)\\d{4}|${MONTH}\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}/\\d{1,2}/\\d{4}|\\d{4}-\\d{2}-\\d{2})`;
  const AGENCY_ALT = `(?:the\\s+)?(?:${agencyAliases()
    .map((a) => a.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join("|")})`;
  /** "AFP", "AP/Reuters", "AP, AFP and Reuters". */
  const AGENCY_LIST = `${AGENCY_ALT}(?:\\s*(?:,|/|;|&|\\band\\b|\\bdan\\b)\\s*${AGENCY_ALT})*`;
  // The time may follow a slash ("June 5, 2023 / 10:15 AM") or ISO's "T" ("2023-06-05T10:15:00Z").
  const STAMP = `(?:${WEEKDAY},?\\s+)?${DATE_CORE}(?:\\s*(?:[,|•·–—/-]|\\bat\\b|\\bpukul\\b|(?<=\\d)T)?\\s*${TIME})?`;

  return {
    relatedLink: new RegExp(`^(?:${union((c) => c.relatedLinks)})\\s*(?::|\\||-|»|>|\\s(?=\\p{Lu}))`, "iu"),
    photoCredit: new RegExp(
      `(?:^|[\\s.)\\p{Ll}])(?:${union((c) => c.photoCredits)})\\s*:\\s*\\S[^.!?]{0,120}$`,
      "iu",
    ),
    photoAgency:
      /\((?:[A-Z]+ )?(?:FOTO|PHOTO)\s*\/[^)]*\)\s*$|\b(?:ANTARA FOTO|REUTERS|AP Photo|AFP PHOTO|Getty Images|EPA-EFE)\s*\/[^!?]{0,80}$/u,
    prompt: new RegExp(`(?:${union((c) => c.prompts)})`, "iu"),
    callToAction:
      /^(?:segera|yuk|ayo|jangan lupa|ikuti|follow|subscribe|download|unduh|klik|click|dapatkan|bagikan|share|sign up|gabung|join|baca berita|tonton|watch)\b/iu,
    navigation: new RegExp(`^(?:${union((c) => c.navigation)})(?:\\s+\\S+){0,3}$`, "iu"),
    pagination: new RegExp(`^(?:${union((c) => c.pagination)})\\s*[.»>]*$`, "iu"),
    logo: new RegExp(`^(?:${union((c) => c.logoWords)})\\s+(.{2,60})$`, "iu"),
    tags: new RegExp(`^(?:${union((c) => c.tagLabels)})\\s*:`, "iu"),
    creditLabel: new RegExp(
      `(?:^|\\s)(${union((c) => [...c.authorLabels, ...c.editorLabels, ...c.sourceLabels])})\\s*:\\s*`,
      "giu",
    ),
    contributor: new RegExp(`^[-–—\\s]*(?:${union((c) => c.contributorCues)})\\s+(.+?)\\.?$`, "iu"),
    authorLabels: new Set(packs.flatMap((p) => p.clean.authorLabels)),
    editorLabels: new Set(packs.flatMap((p) => p.clean.editorLabels)),
    sourceLabels: new Set(packs.flatMap((p) => p.clean.sourceLabels)),
    bareUrl: /^(?:https?:\/\/|www\.)\S+$/iu,
    interfacePhrase: new RegExp(`^(?:${union((c) => c.interfacePhrases)})(?![\\p{L}])`, "iu"),
    republished: new RegExp(`^(?:${union((c) => c.republishedNotes)})(?![\\p{L}])`, "iu"),
    /** "(AP: Tatan Syuflana)", "(Antara Foto/Iggoy el Fitra/Reuters)", "[JG Photo/Yudha Baskoro]", "(dok. Biro Pers)". */
    bracketCredit:
      /[([](?:[^()[\]]*\/[^()[\]]*|(?:foto|photo|dok\.?|dokumentasi|file|tangkap layar|screenshot|istimewa|ist\.?)\b[^()[\]]*|[A-Z][\p{L}.]*(?:\s[A-Z][\p{L}.]*)?\s*:\s*[^()[\]]+)[)\]]\s*$/iu,
    /** "AP/Omar Sanadiki", "Tribunnews/Fahdi Fahlevi": a bare credit line. */
    bareCredit:
      /^[\p{Lu}][\p{L}.]*(?:\s[\p{Lu}][\p{L}.]*)?\s*\/\s*[\p{Lu}][\p{L}.'-]*(?:\s[\p{Lu}][\p{L}.'-]*){0,4}$/u,
    /** Editor initials alone: "(kp/rs)", "(un)", "AMK/PR". */
    initials:
      /^(?:\(\s*[A-Za-z][a-z]{0,4}(?:\s*\/\s*[A-Za-z][a-z]{0,4})*\s*\)|[A-Z]{2,5}(?:\/[A-Z]{2,5})+)$/u,
    /** A list of hashtags: "# Turki # Suriah # gempa", "#Pemilu2024 #KPU". */
    hashtags: /^(?:#\s*[\p{L}\d_]+(?:\s+[\p{L}\d_]+){0,3}\s*){2,}$/u,
    /** Names of interface icons and image files: "copy-link-circle", "WhatsApp Image 2020-01-01 at 16.02.32.jpeg". */
    assetName: /^(?:[a-z0-9]+(?:-[a-z0-9]+){1,5}|.*\.(?:jpe?g|png|gif|webp|svg|mp4))$/iu,
    markdownImage: /^!\[/u,
    creditVerb: new RegExp(
      `^\\(?\\s*(?:${[...new Set(packs.flatMap((p) => Object.keys(p.clean.creditVerbs)))]
        .sort((a, b) => b.length - a.length)
        .map(escapeRe)
        .join("|")})\\s`,
      "iu",
    ),
    creditVerbRoles: new Map(packs.flatMap((p) => Object.entries(p.clean.creditVerbs))),
    roleTitles: new Map(packs.flatMap((p) => Object.entries(p.clean.roleTitles ?? {}))),
    /** A whole line crediting wire services: "This is reported by AFP.", "Sumber AFP", "Source: AP/Reuters". */
    wireLine: new RegExp(
      `^[-–—(\\s]*(?:${union((c) => [...(c.wireCredits ?? []), ...c.sourceLabels])})\\s*:?\\s*(${AGENCY_LIST})\\s*[.)]*$`,
      "iu",
    ),
    /** A line that is only a date stamp, or a section label then a stamp ("Kompas dunia | 6 September 2023, 07:05 WIB"). */
    stampPrefix: new RegExp(
      `^(?:([^|\\n]{1,40}?)\\s*(?:\\||\\s[-–—]\\s)\\s*)?(?:(?:diterbitkan|dipublikasikan|diposting|ditulis|terbit|published|posted|(?:last\\s+)?update[ds]?|diperbarui|dibuat|tanggal|date)(?:\\s+(?:on|pada))?\\s*:?\\s*)?(?:${TIME}\\s*,?\\s*)?(${STAMP})`,
      "iu",
    ),
    /** "AFP", "AP/Reuters", "the Associated Press and AFP". */
    agencyList: AGENCY_LIST,
    /** A copyright notice: "© 2023 Kompas.com", "Copyright © PT Kompas Media Nusantara". */
    copyright: /^(?:copyright\b|hak\s+cipta\b|©|\(c\)\s)/iu,
    /** A date under its label inside a credit line: "Source : News Bharati  Date : 09-Jun-2016". */
    labelledStamp: new RegExp(
      `(?:^|\\s)(?:date|tanggal|published(?:\\s+on)?|diterbitkan|dipublikasikan|posted(?:\\s+on)?)\\s*:\\s*(${STAMP})`,
      "iu",
    ),
    /** A line ending in a full date: "Bali Tribune, Jumat 30 Oktober 2020". */
    dateAtEnd: new RegExp(`[,|]\\s*(?:${WEEKDAY},?\\s+)?(?:${DATE_CORE})(?:\\s*,?\\s*${TIME})?\\s*$`, "iu"),
    agencyAlternation: agencyAliases()
      .map((a) => a.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
      .join("|"),
    month: MONTH,
    weekday: WEEKDAY,
    zone: ZONE,
    functionWords: functionWordsOf(packs),
    /** The packs' sentence-segmentation abbreviations ("Dr", "Gov", "Jl"), lower case, no dot. */
    abbreviations: new Set(
      packs.flatMap((p) => p.segment.abbreviations.map((a) => a.replace(/\.$/u, "").toLowerCase())),
    ),
    ...calendarOf(packs),
    places: placesOf(registry),
  };
}

let active: Cues | null = null;

/** Runs `fn` with `cues` in force for the clean helpers it calls (see the module comment). */
export function withCues<T>(cues: Cues, fn: () => T): T {
  const outer = active;
  active = cues;
  try {
    return fn();
  } finally {
    active = outer;
  }
}

/**
 * A value built from the cues in force, once per set of cues: what a helper would otherwise compile
 * at module load (a pattern from the month names, say) before any registry is known.
 */
export function derived<T>(build: (c: Cues) => T): () => T {
  const made = new WeakMap<Cues, T>();
  return () => {
    const c = cues();
    let v = made.get(c);
    if (v === undefined) {
      v = build(c);
      made.set(c, v);
    }
    return v;
  };
}

/** The cues in force: those of the registry of the clean run (or `withCues` call) under way. */
export function cues(): Cues {
  if (!active) throw new DomainError("E_CLEAN_NO_CUES", {});
  return active;
}
