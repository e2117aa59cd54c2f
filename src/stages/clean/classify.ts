/**
 * @module
 * Cue rules, in order: each looks at one line (and its neighbours) and says whether its cues call
 * it chrome (with a reason), a stamp glued to body text, or nothing; and reads the metadata the line
 * carries (credits, stamps, outlets). The rules no longer decide: their verdict is a feature of the
 * learned line model (judge.ts, model.ts). Order matters where cues overlap: credit tails before
 * captions ("(AP)" is a credit), navigation before prompts, and stamps before everything that
 * could swallow a glued dateline.
 */
import { agencyNamed } from "../../lang/base/agencies.js";
import { looksLikeOutletName, outletNamed, outletOfUrl } from "../../lang/base/outlets.js";
import {
  bylineOutlet,
  type Credits,
  emptyCredits,
  looksLikeName,
  normaliseName,
  readAgencyTail,
  readBareLabelLine,
  readByLine,
  readBylineLine,
  readContributors,
  readCreditGroupsWithOutlets,
  readCreditVerbs,
  readNameOutletLine,
  readReportLine,
  readRoleLine,
  readWireLine,
  roleOfTitle,
} from "./credits.js";
import { cues, derived } from "./cues.js";
import { readDateline } from "./dateline.js";
import { endsLikeSentence, type Line, wordCount } from "./lines.js";
import { parseStamp } from "./stamp.js";

export type Verdict =
  | { readonly kind: "keep" }
  | { readonly kind: "drop"; readonly reason: string }
  /** Drop the first `length` characters (a stamp glued to the text that follows). */
  | { readonly kind: "strip"; readonly length: number; readonly reason: string };

/** What the rules read from the lines they drop. */
export interface Findings {
  credits: Credits[];
  stamps: string[];
  /** Stamps far down the page (a title block printed below the story): used when the top has none. */
  laterStamps: string[];
  outlets: string[];
}

const KEEP: Verdict = { kind: "keep" };
/** "Tribun-Video.com", "Kompas.id": a web name, as outlets print their own. */
const DOMAIN_LIKE = /^[\p{L}\d-]+\.(?:com|co\.id|id|tv|net|org|co|news)$/iu;
/** An outlet crediting itself at the end of the story: "…hari ini.(Tribun-Video.com)". */
const SELF_CREDIT = /\(([\p{L}\d-]+\.(?:com|co\.id|id|tv|net|org))\)\s*$/iu;
/** "…hari ini. (The Jakarta Post)": a known outlet's name closing the story. */
const NAMED_CREDIT = /\(([^()]{2,40})\)\s*$/u;
const drop = (reason: string): Verdict => ({ kind: "drop", reason });
const WEB_ADDRESS = /^(?:www\.)?[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.(?:com|co\.id|id|co|net|org|tv|news)$/iu;
const LOGO_AFTER = /^(\p{Lu}[\p{L}\d.&'-]*(?:\s\p{Lu}[\p{L}\d.&'-]*){0,3})\s+[Ll]ogo$/u;

export function classifyLine(lines: readonly Line[], i: number, found: Findings): Verdict {
  const line = lines[i]!;
  // A list number or markdown emphasis before the words ("1. ", "**Baca juga: …") hides no cue.
  const text = line.text.replace(/^\d{1,2}\.\s+/, "").replace(/^(?:\*{1,3}|_{2,3})(?=\S)/u, "");
  const words = wordCount(text);

  if (cues().bareUrl.test(text)) {
    const outlet = outletOfUrl(text);
    if (outlet) found.outlets.push(outlet.name);
    return drop("url");
  }
  if (cues().pagination.test(text)) return drop("pagination");
  if (words <= 6 && cues().navigation.test(text)) return drop("navigation");
  const logo = cues().logo.exec(text);
  if (logo && words <= 6) {
    found.outlets.push(outletNamed(logo[1]!)?.name ?? logo[1]!.trim());
    return drop("logo");
  }
  // The logo's alt text, name first: "Malaysiakini logo".
  const logoAfter = words <= 5 ? LOGO_AFTER.exec(text) : null;
  if (logoAfter) {
    found.outlets.push(outletNamed(logoAfter[1]!)?.name ?? logoAfter[1]!);
    return drop("logo");
  }
  if (cues().relatedLink.test(text) || /^(?:baca|read|lihat|simak|watch|tonton)\s*:/iu.test(text))
    return drop("related-link");
  if ((cues().tags.test(text) && !endsLikeSentence(text)) || cues().hashtags.test(text)) return drop("tags");
  if (words <= 20 && cues().interfacePhrase.test(text)) return drop("interface");
  if (cues().republished.test(text)) return drop("republished-note");
  if (words <= 14 && cues().copyright.test(text)) {
    const name = text.match(/[\p{L}\d-]+\.(?:com|co\.id|id|tv|net|org)\b/iu)?.[0] ?? copyrightHolder(text);
    const known = name ? outletNamed(name) : null;
    if (name) found.outlets.push(known?.name ?? name);
    return drop("copyright");
  }
  if (cues().markdownImage.test(text) || (words <= 12 && cues().assetName.test(text))) return drop("image");

  // A date under its label in a credit line near the top: "Source : X  Date : 09-Jun-2016".
  const labelled = i < 12 && words <= 16 ? cues().labelledStamp.exec(text) : null;
  const labelledValue = labelled ? parseStamp(labelled[1]!) : null;
  if (labelledValue && labelled!.index! > 0) found.stamps.push(labelledValue);

  const wire = readWireLine(text);
  if (wire) {
    found.credits.push(wire);
    return drop("byline");
  }
  const tail = readAgencyTail(text);
  if (tail) {
    found.credits.push({ authors: [], editors: [], contributors: [], agencies: tail, sources: [] });
    return drop("agency-tail");
  }
  const contributors = readContributors(text);
  if (contributors) {
    found.credits.push({ authors: [], editors: [], contributors, agencies: [], sources: [] });
    return drop("contributors");
  }
  if (cues().initials.test(text)) return drop("editor-initials");
  const byline =
    readBylineLine(text) ??
    (words <= 8 ? readByLine(text) : null) ??
    readReportLine(text) ??
    (words <= 6 ? readBareLabelLine(text) : null) ??
    (readsLikeProse(text) ? null : readCreditVerbs(text)) ??
    creditGroups(text, found) ??
    (words <= 10 ? readRoleLine(text) : null) ??
    readNameOverTitle(lines, i);
  if (byline) {
    found.credits.push(byline);
    const outlet = words <= 10 ? bylineOutlet(text) : null;
    if (outlet) found.outlets.push(outlet);
    return drop("byline");
  }
  const nameOutlet = words <= 8 ? readNameOutletLine(text) : null;
  if (nameOutlet) {
    found.outlets.push(nameOutlet.outlet);
    // "Batang Kuis | buser-investigasi.com" right above a lead that opens without a dateline is
    // the dateline, its dash lost to the line break: bylines pair a writer with a masthead or a
    // stamp, datelines pair the place with the web address before the lead. No writer is read.
    const next = lines[i + 1]?.text ?? "";
    const lead = wordCount(next) >= 12 && endsLikeSentence(next) && readDateline(next) === null;
    if (lead && WEB_ADDRESS.test(nameOutlet.outlet)) return drop("dateline");
    found.credits.push(nameOutlet.credits);
    return drop("byline");
  }
  // The outlet's name at the top of the page, alone or beside an interface word: "Bangkok Post",
  // "ABC News Share".
  if (i < 5 && words <= 4) {
    const name = outletLogo(text);
    if (name) {
      found.outlets.push(name);
      return drop("logo");
    }
  }
  // The job title under a byline name ("Court Correspondent", "Penulis").
  const prev = lines[i - 1]?.text;
  if (words <= 3 && roleOfTitle(text) && prev && looksLikeName(prev)) return drop("byline");
  if (isCaption(text)) return drop("photo-caption");
  const repeated = repeatedLine(lines, i);
  if (repeated) return drop(repeated);
  // Image alt text: an unpunctuated line right above a caption.
  const next = lines[i + 1]?.text;
  const stamped = /\d/.test(text) && cues().stampPrefix.test(text);
  if (next && isCaption(next) && words <= 30 && !endsLikeSentence(text) && !stamped) return drop("image-alt");
  if (isPrompt(text, words)) return drop("prompt");

  // A bullet or dash may stand before a stamp: "- 10 Juli 2021, 09:45 WIB"; so may an icon font's
  // ligature name, which a text copy keeps as a word: "calendar_month Jum, 18 Jul 2025".
  const stampText = text.replace(/^[-–—•·|]\s*/u, "").replace(/^\p{Ll}+(?:_\p{Ll}+)+\s+/u, "");
  const stamp = /\d/.test(stampText) ? cues().stampPrefix.exec(stampText) : null;
  // Far from the top, only a line that is a stamp and nothing more is read as one.
  if (stamp && (i < 12 || wordCount(stampText.slice(stamp[0].length)) <= 3)) {
    const value = parseStamp(stamp[0]);
    if (value) {
      (i < 12 ? found.stamps : found.laterStamps).push(value);
      const section = stamp[1]?.trim();
      if (section && (outletNamed(section) || DOMAIN_LIKE.test(section)))
        found.outlets.push(outletNamed(section)?.name ?? section);
      // A byline before the stamp: "By Jane Doe - Rabu, 4 September 2019 | 20:09 WIB".
      const bylineBefore = section ? (readBylineLine(section) ?? readByLine(section)) : null;
      if (bylineBefore) found.credits.push(bylineBefore);
      const offset = line.text.length - stampText.length;
      const rest = stampText.slice(stamp[0].length).trim();
      // What trails a stamp on its own line is more chrome: a view count, "(updated at …)", a byline.
      // A bracketed credit opening a paragraph ("(RTTNews) - Bank Indonesia …") is the story's start.
      const bracketed = /^[([][^()[\]]{1,40}[)\]]\s*(.*)$/u.exec(rest);
      if (!rest || wordCount(rest) <= 3 || (bracketed && wordCount(bracketed[1]!) <= 3))
        return drop("date-stamp");
      const trailing = readBylineLine(rest);
      if (trailing) {
        found.credits.push(trailing);
        return drop("date-stamp");
      }
      return { kind: "strip", length: offset + stamp[0].length, reason: "date-stamp" };
    }
  }
  const selfCredit = SELF_CREDIT.exec(text);
  if (selfCredit) found.outlets.push(outletNamed(selfCredit[1]!)?.name ?? selfCredit[1]!);
  else {
    // Only near the end, where a story closes: higher up, a bracketed name credits a photo.
    const named = i >= lines.length / 2 && !cues().photoCredit.test(text) ? NAMED_CREDIT.exec(text) : null;
    const credit = named && !agencyNamed(named[1]!) ? named[1]!.trim() : null;
    // A known outlet's name, or one shaped like an outlet's ("(Bali Tribune)") closing the story.
    const outlet = credit
      ? (outletNamed(credit)?.name ?? (looksLikeOutletName(credit) ? credit : null))
      : null;
    if (outlet) found.outlets.push(outlet);
  }
  return KEEP;
}

/**
 * The holder a copyright line names when it is shaped like an outlet: "© 2024 Bali Tribune. All
 * rights reserved." → "Bali Tribune". A company ("PT Kompas Media Nusantara") is not an outlet name.
 */
function copyrightHolder(text: string): string | null {
  const m =
    /^(?:copyright\s*)?(?:©|\(c\))?\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*,?\s*([^.,|©]{2,50}?)\s*(?:[.,|]|all rights|hak cipta|$)/iu.exec(
      text.trim(),
    );
  const name = m?.[1]?.trim();
  return name && looksLikeOutletName(name) ? name : null;
}

function outletLogo(text: string): string | null {
  const t = text.replace(/[|•·]+$/u, "").trim();
  if (outletNamed(t)) return outletNamed(t)!.name;
  if (looksLikeOutletName(t) && !agencyNamed(t)) return t;
  // A known name and one more word ("ABC News Share", "kumparan Menu").
  const m = /^(.+?)\s+\S+$/u.exec(t);
  return m && outletNamed(m[1]!) ? outletNamed(m[1]!)!.name : null;
}

/**
 * A line of prose, not a credit line, though it may open with a credit word: "Laporan terbaru
 * menyebutkan korban tewas … di kawasan Seoul, Korea Selatan." (Indonesian "laporan" is "report")
 * is a paragraph, and the name-like words after a comma in it are a place. A credit line is names
 * and the short words that join them ("Reporting by A in Jakarta and B; Editing by C"): more than
 * two lower-case words of four letters or more, beyond the credit verbs, make it prose.
 */
function readsLikeProse(text: string): boolean {
  const verbs = creditVerbWords();
  const plain = text.match(/(?<![\p{L}.])\p{Ll}{4,}(?![\p{L}.])/gu) ?? [];
  return plain.filter((w) => !verbs.has(w)).length > 2;
}

/** Every word of the packs' credit verbs ("additional", "reporting", "laporan"). */
const creditVerbWords = derived(
  (c) => new Set([...c.creditVerbRoles.keys()].flatMap((v) => v.toLowerCase().split(/\s+/))),
);

/** Credit groups, with the outlets they name recorded: "(Tribunnews.com, Widya) (Kompas.com)". */
function creditGroups(text: string, found: Findings): Credits | null {
  const read = readCreditGroupsWithOutlets(text);
  if (!read) return null;
  // A lone group names the outlet that ran the story; several name where its parts came from.
  const last = read.outlets.at(-1);
  if (last && read.outlets.length === 1) found.outlets.push(last);
  return read.credits;
}

/** A name alone on its line with its job title on the next: "Shaffiq Alkhatib" / "Court Correspondent". */
function readNameOverTitle(lines: readonly Line[], i: number): Credits | null {
  const text = lines[i]!.text;
  const next = lines[i + 1]?.text;
  if (!next || wordCount(next) > 3 || !looksLikeName(text)) return null;
  const role = roleOfTitle(next);
  if (!role) return null;
  const credits = emptyCredits();
  (role === "editor" ? credits.editors : credits.authors).push(normaliseName(text));
  return credits;
}

/** Words a caption uses of its photo, or the date in brackets it closes with: "(4/9/2019)." */
const PHOTO_WORDS =
  /\b(?:photo|picture|image|pictured|foto|gambar|ilustrasi)\b|\(\d{1,2}\/\d{1,2}\/\d{2,4}\)\.?$/iu;

/**
 * A line printed twice near the top of the page. A photo's caption comes as the image's alt text
 * and under it, maybe with its credit between or after it: both copies are the caption. A story's
 * opening paragraph printed again as its summary is kept once (its second copy). Headlines repeat
 * too, but do not end like a sentence.
 */
function repeatedLine(lines: readonly Line[], i: number): "photo-caption" | "duplicate" | null {
  if (i >= 20) return null;
  const text = lines[i]!.text;
  // The alt text, then the caption with its credit: "Pelatih Persija, Angelo Alessio." /
  // "Pelatih Persija, Angelo Alessio. /Instagram.com/@persija./".
  const credited = (line: string | undefined, caption: string): boolean =>
    !!line &&
    line.length > caption.length &&
    line.startsWith(caption) &&
    /[/©(]/u.test(line.slice(caption.length));
  if (credited(lines[i + 1]?.text, text) || credited(text, lines[i - 1]?.text ?? "\u0000"))
    return "photo-caption";
  if (wordCount(text) < 8 || !endsLikeSentence(text)) return null;
  const same = (j: number): boolean => lines[j]?.text === text;
  const shortBetween = (j: number): boolean => !!lines[j] && wordCount(lines[j]!.text) <= 4;
  if ((same(i - 2) && shortBetween(i - 1)) || (same(i + 2) && shortBetween(i + 1))) return "photo-caption";
  if (same(i - 1) || same(i + 1)) {
    if (PHOTO_WORDS.test(text)) return "photo-caption";
    return same(i + 1) ? "duplicate" : null;
  }
  return null;
}

/** Quoted speech of some length: a caption may name a thing in quotes, not give a speech. */
const QUOTED_SPEECH = /["“][^"”]{40,}["”]/u;

export function isCaption(text: string): boolean {
  // Every credit the patterns know has a colon, a slash or a bracket; most body lines have none.
  if (!/[:/\])]/.test(text)) return false;
  if (cues().photoCredit.test(text) || cues().photoAgency.test(text) || cues().bareCredit.test(text))
    return true;
  const bracket = cues().bracketCredit.exec(text);
  // "… balai desa. (ant/rs)": editors' initials closing a paragraph are cut off it, not a caption.
  if (
    bracket &&
    /^[([]\s*[A-Za-z][a-z]{0,4}(?:\s*\/\s*[A-Za-z]?[a-z]{0,4})+\s*[)\]]$/u.test(bracket[0].trim())
  )
    return false;
  // A paragraph that quotes someone at length is the story's, signed by its writer ("… ,\"
  // pungkasnya. (Surya/Rifki Edgar)"); a caption describes a picture.
  if (bracket && QUOTED_SPEECH.test(text.slice(0, bracket.index))) return false;
  // "(12/9/2023)" at the end of a sentence is a date, not a credit.
  return !!bracket && !/^[([]\s*\d{1,2}\/\d{1,2}(?:\/\d{2,4})?\s*[)\]]/.test(bracket[0]);
}

function isPrompt(text: string, words: number): boolean {
  if (words > 30 || !cues().prompt.test(text)) return false;
  // "Dia menolak berkomentar." is news; a prompt carries a hashtag, a link, or an imperative.
  return /#\p{L}/u.test(text) || /https?:\/\//.test(text) || cues().callToAction.test(text) || words <= 3;
}
