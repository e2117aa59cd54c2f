/**
 * @module
 * The header of a scraped page: what stands above the first body paragraph (a long line that ends
 * like a statement, or the line a dateline opens). In it, the title is the first headline-like
 * line; a line of names alone is the byline; short unpunctuated lines are section labels and
 * breadcrumbs.
 */

import { looksLikeOutletName, outletNamed } from "../../lang/base/outlets.js";
import type { Verdict } from "./classify.js";
import { readNameStampLine, roleOfTitle } from "./credits.js";
import { cues, derived } from "./cues.js";
import { readDateline } from "./dateline.js";
import { functionWords } from "./features.js";
import { type Line, wordCount } from "./lines.js";
import { isKnownPlace } from "./places.js";

/** The text calls the name a place somewhere: "di Bangka Belitung", "Provinsi Bangka Belitung". */
function namedAsPlace(name: string, lines: readonly Line[]): boolean {
  const esc = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const re = new RegExp(
    `\\b(?:di|ke|dari|in|at|from|near|kota|kabupaten|provinsi|province|kecamatan|desa)\\s+${esc}\\b`,
    "iu",
  );
  return lines.some((l) => re.test(l.text));
}

export interface Header {
  /** Indexes of header lines to drop, with their reason. */
  readonly drop: Map<number, string>;
  /** The title line's text, cleaned of leading symbols. */
  readonly title: string | null;
  readonly authors: string[];
  /** An outlet named after the title ("Title | Bali Tribune"). */
  readonly outlet: string | null;
}

/** The model's body probability above which a long statement opens the body. */
const SURE_BODY = 0.75;
const norm = (s: string): string => s.toLowerCase().replace(/\s+/g, " ").trim();
const NAME = "\\p{Lu}[\\p{L}.'’-]+(?:\\s+\\p{Lu}[\\p{L}.'’-]*){1,3}";
const NAMES_LINE = new RegExp(`^[-–—]?\\s*(${NAME}(?:\\s*(?:,|&|\\band\\b|\\bdan\\b)\\s*${NAME})*)$`, "u");
const BREADCRUMB = /[›»>|]|\s\/\s/;
/** "Title | Outlet", "Title - Outlet": the outlet's name after its headline. */
const OUTLET_SUFFIX = /\s+[|–—-]\s+([^|–—-]{2,40})$/u;

const placeDayLine = derived(
  (c) =>
    new RegExp(
      `^\\p{Lu}[\\p{L}]+(?:\\s\\p{Lu}[\\p{L}]+){0,2},\\s*(?:${c.month}\\s+\\d{1,2}|\\d{1,2}\\s+${c.month})$`,
      "iu",
    ),
);

/** Ends like a statement (a title may end with "?" but rarely with a period). */
const endsLikeStatement = (s: string): boolean => /[.!…]["”’')\]]*$/u.test(s) || /["”]$/u.test(s);

/**
 * A line the model alone dropped (no cue fired), or one a weak cue dropped (an unpunctuated line
 * above a caption may be the headline above the lead photo): the header still reads it.
 */
const modelDropped = (v: Verdict): boolean =>
  v.kind === "drop" && (v.reason.startsWith("model:") || v.reason === "image-alt");

function bodyText(line: Line, verdict: Verdict): string | null {
  if (verdict.kind === "drop") return null;
  return verdict.kind === "strip" ? line.text.slice(verdict.length).trim() : line.text;
}

/** A candidate's text, a stamp glued to its front cut off. */
const candidateText = (line: Line, v: Verdict): string =>
  v.kind === "strip" ? line.text.slice(v.length).trim() : line.text;

/** A line as a title: leading symbols and a glued stamp ("date 2023-01-19 …") cut off. */
function titleText(s: string): string {
  const stamp = /\d/.test(s) ? cues().stampPrefix.exec(s) : null;
  if (stamp && stamp[1] === undefined) s = s.slice(stamp[0].length).trim();
  return s.replace(/^[^\p{L}\p{N}"“‘'(]+/u, "");
}

function withoutOutlet(text: string): string {
  const m = OUTLET_SUFFIX.exec(text);
  return m && looksLikeOutletName(m[1]!) ? text.slice(0, m.index) : text;
}

/**
 * A full stop that ends a sentence inside the line. One after an initial ("E. Coli"), a dotted
 * acronym ("U.S.") or an abbreviation the language packs list for segmentation ("Gov.", "Dr.")
 * does not: headlines carry those.
 */
function hasSentenceBreak(text: string): boolean {
  for (const m of text.matchAll(/(\S*)[.]["”’']?\s+[\p{Lu}(]/gu)) {
    const word = m[1]!.replace(/^[("“‘']+/u, "");
    if (/^\p{Lu}$/u.test(word) || /^(?:\p{L}\.)+\p{L}$/u.test(word)) continue;
    if (cues().abbreviations.has(word.toLowerCase())) continue;
    return true;
  }
  return false;
}

/** Headline-like: a few words, no closing punctuation but "?"/"!", no breadcrumb, no promo. */
function isTitleLike(text: string): boolean {
  const words = wordCount(text);
  return (
    words >= 3 &&
    words <= 30 &&
    // No closing period, but an abbreviation may end a headline ("… For U.S.").
    (!/[.:;,]$/.test(text) || /\b\p{Lu}\.(?:\p{Lu}\.)+$/u.test(text)) &&
    !cues().dateAtEnd.test(text) &&
    // A place and the day alone ("Kuala Lumpur, August 15") is a dateline, not a headline.
    !placeDayLine().test(text) &&
    !BREADCRUMB.test(withoutOutlet(text)) &&
    !cues().callToAction.test(text) &&
    !(cues().prompt.test(text) && words <= 8) &&
    !cues().interfacePhrase.test(text) &&
    !/\.(?:jpe?g|png|gif|webp|pdf|html?|txt)$/iu.test(text) &&
    // Captions and standfirsts: a sentence break inside, a photo credit, a copyright sign. An
    // exclamation or a question may open a headline ("Astaga! Harga Beras Kembali Melonjak").
    !hasSentenceBreak(text) &&
    // An outlet's web name opening the line is its masthead or stamp ("berantasonline.com (Serang)").
    !/^(?:www\.)?[\p{L}\d-]+\.(?:com|co\.id|id|net|org|tv|co)\b/iu.test(text) &&
    !/©|\b(?:foto|photo|copyright)\s*:/iu.test(text)
  );
}

/** The lower-cased words of a text that are not function words. */
function contentWords(text: string): Set<string> {
  const words = text.toLowerCase().match(/[\p{L}\d]+/gu) ?? [];
  return new Set(words.filter((w) => w.length > 2 && !functionWords().has(w)));
}

const sharedShare = (words: Set<string>, lead: Set<string>): number =>
  words.size === 0 ? 0 : [...words].filter((w) => lead.has(w)).length / words.size;

/** A line of several names ("A B, C D"): a byline, not a headline. */
const isNamesLine = (text: string): boolean => {
  const m = NAMES_LINE.exec(text);
  return !!m && /,|&|\band\b|\bdan\b/u.test(m[1]!) && isNameWords(m[1]!);
};

/** No function word, no interface word: "Baca Juga" and "Text Sizes" are not names. */
const isNameWords = (names: string): boolean =>
  names
    .split(/\s*(?:,|&|\band\b|\bdan\b)\s*/u)
    .flatMap((n) => n.split(/\s+/))
    .filter(Boolean)
    .every((w) => !functionWords().has(w.toLowerCase()));

/**
 * A line of names is a byline unless the names are the story's subject (they stand in the title)
 * or the line is one item of a list (related headlines printed "- A B C" one under the other).
 */
function isByline(names: string, line: Line, lines: readonly Line[], title: string): boolean {
  if (!isNameWords(names)) return false;
  // A job title, a desk or a masthead is no writer: "Staff Writer", "Fort Smith Times Record".
  const parts = names.split(/\s*(?:,|&|\band\b|\bdan\b)\s*/u).filter(Boolean);
  if (parts.some((n) => roleOfTitle(n) !== null || DESK.test(n) || MASTHEAD.test(n))) return false;
  // "Bangka Belitung" under the title is a region label, not a reporter.
  if (
    names
      .split(/\s*(?:,|&|\band\b|\bdan\b)\s*/u)
      .some((n) => n && (isKnownPlace(n) || namedAsPlace(n, lines)))
  )
    return false;
  const t = title.toLowerCase();
  if (names.split(/\s*(?:,|&|\band\b|\bdan\b)\s*/u).some((n) => n && t.includes(n.toLowerCase())))
    return false;
  const bullet = /^[-–—•·*]\s/u;
  if (bullet.test(line.text)) {
    const around = [lines[line.index - 1], lines[line.index + 1]];
    if (around.some((o) => o && bullet.test(o.text))) return false;
  }
  return true;
}

export function findHeader(
  lines: readonly Line[],
  verdicts: readonly Verdict[],
  knownTitle: string | null,
  probabilities?: readonly number[],
): Header {
  const drop = new Map<number, string>();
  // The body opens at the first long statement the model is sure of, or at a dateline.
  const bodyAt = lines.findIndex((l, i) => {
    const text = bodyText(l, verdicts[i]!);
    if (!text) return false;
    if (readDateline(text) !== null) return true;
    return wordCount(text) >= 12 && endsLikeStatement(text) && (probabilities?.[i] ?? 1) >= SURE_BODY;
  });
  const end = bodyAt < 0 ? Math.min(lines.length, 3) : bodyAt;
  const candidates = lines
    .slice(0, end)
    .filter((l) => verdicts[l.index]!.kind === "keep" || modelDropped(verdicts[l.index]!));
  let title: string | null = null;
  let titleAt = -1;
  const authors: string[] = [];
  if (knownTitle) {
    for (const l of candidates) if (norm(l.text) === norm(knownTitle)) drop.set(l.index, "title");
  } else {
    // The headline is the first headline-like line above the body that shares a fifth of its words
    // with the story's opening paragraphs (a kicker, a topic label or a promo for another story
    // shares fewer), else the first headline-like line. Lines of five words or more first, then of three.
    const lead = contentWords(
      lines
        .slice(Math.max(0, bodyAt))
        .filter((l, k) => k < 4 && verdicts[l.index]!.kind !== "drop")
        .map((l) => l.text)
        .join(" "),
    );
    for (const min of [5, 3]) {
      const fit = candidates.filter((c) => {
        const text = titleText(candidateText(c, verdicts[c.index]!));
        // A Title Case headline with a comma reads like a list of names ("Waspadai Inflasi Jelang
        // Nataru, Harga Cabai Melonjak Tajam"); a byline's names rarely recur in the lead.
        const names = isNamesLine(c.text) && sharedShare(contentWords(c.text), lead) < 0.2;
        return wordCount(text) >= min && isTitleLike(text) && !names;
      });
      const sharing = fit.find((c) => sharedShare(contentWords(c.text), lead) >= 0.2);
      const pick = sharing ?? fit[0];
      if (pick) {
        title = titleText(candidateText(pick, verdicts[pick.index]!));
        titleAt = pick.index;
        break;
      }
    }
    // A title block that stands below the body in the stored copy: a headline right above a stamp.
    if (title === null) {
      for (let i = 0; i + 1 < lines.length; i++) {
        const v = verdicts[i + 1]!;
        const text = titleText(lines[i]!.text);
        const ok = verdicts[i]!.kind === "keep" || modelDropped(verdicts[i]!);
        if (
          ok &&
          v.kind === "drop" &&
          v.reason === "date-stamp" &&
          isTitleLike(text) &&
          wordCount(text) >= 5
        ) {
          title = text;
          titleAt = i;
          break;
        }
      }
    }
    if (titleAt >= 0) drop.set(titleAt, "title");
  }
  for (const l of candidates) {
    if (drop.has(l.index)) continue;
    const text = titleText(l.text);
    const words = wordCount(text);
    const names = NAMES_LINE.exec(l.text);
    const afterTitle = knownTitle !== null || (titleAt >= 0 && l.index > titleAt);
    if (names && afterTitle && words <= 14 && isByline(names[1]!, l, lines, title ?? knownTitle ?? "")) {
      for (const n of names[1]!.split(/\s*(?:,|&|\band\b|\bdan\b)\s*/u)) if (n) authors.push(n.trim());
      drop.set(l.index, "byline");
    } else if (words <= 4 && !endsLikeStatement(text)) {
      drop.set(l.index, "section-label");
    }
  }
  // A writer's name printed beside the stamp ("Akhyar Zein | Kamis, 11/02/2021 16:59 WIB"): the
  // cues drop the line as a stamp; the name on it is still the byline.
  for (const l of lines.slice(0, end)) {
    const v = verdicts[l.index]!;
    if (v.kind !== "drop" || v.reason !== "date-stamp") continue;
    const name = readNameStampLine(l.text);
    if (name && !isKnownPlace(name) && !namedAsPlace(name, lines) && !authors.includes(name))
      authors.push(name);
  }
  let outlet: string | null = null;
  if (title) {
    const suffix = OUTLET_SUFFIX.exec(title);
    if (suffix && looksLikeOutletName(suffix[1]!)) {
      outlet = outletNamed(suffix[1]!)?.name ?? suffix[1]!;
      title = title.slice(0, suffix.index).trim();
    }
  }
  return { drop, title, authors, outlet };
}

/** Words of a newspaper's or a station's name, which no personal name carries. */
const MASTHEAD =
  /\b(?:times|news|post|herald|tribune|journal|gazette|record|daily|press|chronicle|observer|courier|bulletin|media|radio|online|writer|editor|correspondent|reporter)\b/iu;

const DESK = /\b(?:wire|wires|staff|desk|team|redaksi|tim|newsroom|services?)\b/iu;

/**
 * A name alone on a line right after the story's last paragraph is its author's sign-off
 * ("… kata dia." / "Deni Wahyono"). Returns the names and the lines to drop.
 */
export function findFooterNames(
  lines: readonly Line[],
  verdicts: readonly Verdict[],
  title: string,
): { authors: string[]; drop: number[] } {
  let last = -1;
  lines.forEach((l, i) => {
    const text = bodyText(l, verdicts[i]!);
    if (text && wordCount(text) >= 12 && endsLikeStatement(text)) last = i;
  });
  const authors: string[] = [];
  const drop: number[] = [];
  if (last < 0) return { authors, drop };
  // Only the line right after the story, and only when what follows it is chrome the cues know
  // (credits, tags, prompts) or nothing: a short capitalised line before more text is a menu or a
  // section header ("Top Picks", "Tinggalkan Balasan").
  for (let i = last + 1; i < Math.min(lines.length, last + 2); i++) {
    const l = lines[i]!;
    const v = verdicts[i]!;
    if (v.kind !== "keep" && !modelDropped(v)) continue;
    const after = verdicts[i + 1];
    if (after && !(after.kind === "drop" && !modelDropped(after))) continue;
    const names = NAMES_LINE.exec(l.text);
    if (!names || wordCount(l.text) > 8 || !isByline(names[1]!, l, lines, title)) continue;
    // "Sumber Prokopim Setda Inhil", "Source Reuters": a line opening with a source label credits
    // where the copy came from, not who wrote it.
    const lead = names[1]!.split(/\s+/u)[0]!.toLowerCase();
    if (cues().sourceLabels.has(lead)) continue;
    // A desk or a wire is no person ("Tribune Wire", "Tim Redaksi"); the stored copy's last line may
    // be cut mid-word, so a sign-off there is not trusted.
    if (DESK.test(names[1]!) || i === lines.length - 1) continue;
    for (const n of names[1]!.split(/\s*(?:,|&|\band\b|\bdan\b)\s*/u)) if (n) authors.push(n.trim());
    drop.push(i);
  }
  return { authors, drop };
}
