/**
 * @module
 * Line rules, in order: each looks at one line (and its neighbours) and either keeps it, drops it
 * with a reason, or reads metadata from it. Order matters where cues overlap: credit tails before
 * captions ("(AP)" is a credit), navigation before prompts, and stamps before everything that
 * could swallow a glued dateline.
 */
import { outletNamed, outletOfUrl } from "../../lang/base/outlets.js";
import {
  type Credits,
  readAgencyTail,
  readByLine,
  readBylineLine,
  readContributors,
  readCreditVerbs,
  readReportLine,
} from "./credits.js";
import { CUES } from "./cues.js";
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
  outlets: string[];
}

const KEEP: Verdict = { kind: "keep" };
/** "Tribun-Video.com", "Kompas.id": a web name, as outlets print their own. */
const DOMAIN_LIKE = /^[\p{L}\d-]+\.(?:com|co\.id|id|tv|net|org|co|news)$/iu;
/** An outlet crediting itself at the end of the story: "…hari ini.(Tribun-Video.com)". */
const SELF_CREDIT = /\(([\p{L}\d-]+\.(?:com|co\.id|id|tv|net|org))\)\s*$/iu;
const drop = (reason: string): Verdict => ({ kind: "drop", reason });

export function classifyLine(lines: readonly Line[], i: number, found: Findings): Verdict {
  const line = lines[i]!;
  const text = line.text.replace(/^\d{1,2}\.\s+/, "");
  const words = wordCount(text);

  if (CUES.bareUrl.test(text)) {
    const outlet = outletOfUrl(text);
    if (outlet) found.outlets.push(outlet.name);
    return drop("url");
  }
  if (CUES.pagination.test(text)) return drop("pagination");
  if (words <= 6 && CUES.navigation.test(text)) return drop("navigation");
  const logo = CUES.logo.exec(text);
  if (logo && words <= 6) {
    found.outlets.push(outletNamed(logo[1]!)?.name ?? logo[1]!.trim());
    return drop("logo");
  }
  if (CUES.relatedLink.test(text) || /^(?:baca|read|lihat|simak|watch|tonton)\s*:/iu.test(text))
    return drop("related-link");
  if ((CUES.tags.test(text) && !endsLikeSentence(text)) || CUES.hashtags.test(text)) return drop("tags");
  if (words <= 20 && CUES.interfacePhrase.test(text)) return drop("interface");
  if (CUES.republished.test(text)) return drop("republished-note");
  if (CUES.markdownImage.test(text) || (words <= 12 && CUES.assetName.test(text))) return drop("image");

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
  if (CUES.initials.test(text)) return drop("editor-initials");
  const byline =
    readBylineLine(text) ??
    (words <= 8 ? readByLine(text) : null) ??
    readCreditVerbs(text) ??
    readReportLine(text);
  if (byline) {
    found.credits.push(byline);
    return drop("byline");
  }
  if (isCaption(text)) return drop("photo-caption");
  // Image alt text: an unpunctuated line right above a caption.
  const next = lines[i + 1]?.text;
  if (next && isCaption(next) && words <= 30 && !endsLikeSentence(text)) return drop("image-alt");
  if (isPrompt(text, words)) return drop("prompt");

  const stamp = i < 12 && /\d/.test(text) ? CUES.stampPrefix.exec(text) : null;
  if (stamp) {
    const value = parseStamp(stamp[0]);
    if (value) {
      found.stamps.push(value);
      const section = stamp[1]?.trim();
      if (section && (outletNamed(section) || DOMAIN_LIKE.test(section)))
        found.outlets.push(outletNamed(section)?.name ?? section);
      const offset = line.text.length - text.length;
      const rest = text.slice(stamp[0].length).trim();
      // What trails a stamp on its own line is more chrome: a view count, "(updated at …)".
      if (!rest || wordCount(rest) <= 3 || /^[([]/.test(rest)) return drop("date-stamp");
      return { kind: "strip", length: offset + stamp[0].length, reason: "date-stamp" };
    }
  }
  const selfCredit = SELF_CREDIT.exec(text);
  if (selfCredit) found.outlets.push(outletNamed(selfCredit[1]!)?.name ?? selfCredit[1]!);
  return KEEP;
}

export function isCaption(text: string): boolean {
  // Every credit the patterns know has a colon, a slash or a bracket; most body lines have none.
  if (!/[:/\])]/.test(text)) return false;
  if (CUES.photoCredit.test(text) || CUES.photoAgency.test(text) || CUES.bareCredit.test(text)) return true;
  const bracket = CUES.bracketCredit.exec(text);
  // "(12/9/2023)" at the end of a sentence is a date, not a credit.
  return !!bracket && !/^[([]\s*\d{1,2}\/\d{1,2}(?:\/\d{2,4})?\s*[)\]]/.test(bracket[0]);
}

function isPrompt(text: string, words: number): boolean {
  if (words > 30 || !CUES.prompt.test(text)) return false;
  // "Dia menolak berkomentar." is news; a prompt carries a hashtag, a link, or an imperative.
  return /#\p{L}/u.test(text) || /https?:\/\//.test(text) || CUES.callToAction.test(text) || words <= 3;
}
