/**
 * @module
 * Candidates for an article's outlet, read from the whole page (body and chrome), each described by
 * language-neutral features for the learned ranker (outlet.ts): where the name occurs (a stamp
 * opening a line, a short line of its own, a copyright line, parentheses, a web name, a self-mention
 * in the report), where on the page (top, bottom, chrome, body), what it looks like (a web name, all
 * capitals, a media word, in the outlet directory), and what else it is (a wire service credited, a
 * known place, the dateline, a credited author). The rule-based reader's pick is one candidate among
 * the others, marked as such.
 */
import { agencyNamed } from "../../../lang/base/agencies.js";
import { looksLikeOutletName, outletNamed } from "../../../lang/base/outlets.js";
import type { Features } from "../features.js";
import { isKnownPlace } from "../places.js";
import { OUTLET_IN_TEXT, SELF_MENTION } from "./outlet-patterns.js";

/** What the ranker reads of one cleaned article. */
export interface OutletInput {
  /** The page text as ingest read it. */
  readonly raw: string;
  /** The cleaned text. */
  readonly text: string;
  /** What cleaning cut out, with offsets in `raw`. */
  readonly removed: readonly { readonly start: number; readonly end: number; readonly reason: string }[];
  /** The outlet the rule-based reader chose, or null. */
  readonly rulePick: string | null;
  readonly agencies: readonly string[];
  readonly authors: readonly string[];
  readonly dateline: string | null;
}

export type OccurrenceKind =
  | "stamp"
  | "line"
  | "copyright"
  | "paren"
  | "web-name"
  | "directory"
  | "self-mention"
  | "rule";

interface Occurrence {
  readonly kind: OccurrenceKind;
  /** Line index in the raw text, -1 for the rule pick. */
  readonly line: number;
  /** Within a stamp or a short line: first part, last part. */
  readonly first?: boolean;
  readonly last?: boolean;
  /** A copyright holder's leading words, not its whole name. */
  readonly head?: boolean;
  /** Another part of the same stamp or line is a place, or a credited author. */
  readonly besidePlace?: boolean;
  readonly besideAuthor?: boolean;
}

export interface OutletCandidate {
  /** The name as printed (the directory's name when it knows it). */
  readonly name: string;
  /** Comparison key: lower case, web suffix and non-alphanumerics dropped. */
  readonly key: string;
  readonly features: Features;
  /** Which extractors found it, for the decision's reason. */
  readonly kinds: readonly OccurrenceKind[];
}

const WEB_SUFFIX =
  /\.(?:com|co\.id|co\.uk|co|id|net|org|tv|news|my|ph|sg|pk|in|info|online)(?:\.[a-z]{2})?$/iu;

/** The key two printings of one name share ("KOMPAS.com" = "Kompas.com", "The Star" = "Star"). */
export function outletKey(name: string): string {
  return name
    .normalize("NFKC")
    .toLowerCase()
    .trim()
    .replace(/^www\./, "")
    .replace(WEB_SUFFIX, "")
    .replace(/^the\s+/, "")
    .replace(/[^\p{L}\p{N}]/gu, "");
}

const MEDIA_TOKEN =
  /\b(?:news|post|pos|times|tribune|journal|herald|daily|today|globe|gazette|chronicle|online|media|tv|radio|press|agency|insider|observer|star|mail|express|telegraph|pers|harian|kabar|berita|warta|info|channel|report|review|sun|mirror|standard|courier|examiner|bulletin|weekly)\b/iu;
const MEDIA_END =
  /(?:news|post|pos|times|tribune|journal|herald|daily|today|globe|online|media|tv|press|star|mail|pers|harian|kabar|berita|info|satu)$/iu;
/** Section labels and interface words shaped like names. */
const GENERIC =
  /^(?:the\s+)?(?:breaking|latest|top|world|local|health|business|sports?|tech|politics|national|nasional|international|internasional|berita|more|live|video|photo|foto|related|trending|popular|terkini|terbaru|today|regional|metro|news|home|menu|search|share|comment|reply|login|ekonomi|opini|hukum|olahraga|advertisement|iklan)\b/iu;
const PLATFORM =
  /^(?:www\.)?(?:google|facebook|twitter|x|instagram|youtube|whatsapp|tiktok|telegram|t|linkedin|line|apple|play\.google|wa|bit)\b/iu;
const GOV = /\.(?:go\.id|gov(?:\.[a-z]{2})?|mil|ac\.id|edu|sch\.id)$/iu;
const NAME_SHAPED = /^\p{Lu}[\p{Ll}'’.-]+(?:\s+\p{Lu}[\p{Ll}'’.-]+){1,3}$/u;
const WEB_NAME =
  /(?<![\p{L}\d@/.])(?<![\p{L}\d]-)((?:www\.)?[\p{L}\d][\p{L}\d-]*(?:\.[\p{L}\d-]+)*\.(?:com|co\.id|co|id|net|org|tv|news|my|ph|sg|pk|in)(?:\.[a-z]{2})?)(?![\p{L}\d/-])/giu;
/** A stamp opening a line: "KOMPAS.com -", "BANDUNG, CEKLISSATU -", "infowonogiri.com-WONOGIRI-". */
const STAMP = /^([^.!?"“”:;]{2,60}?|[^\s]{2,40}\.[a-z]{2,3}(?:\.[a-z]{2})?)\s*[-–—]+(?=\s|\p{Lu})\s*/u;
const COPYRIGHT = /(?:©|\(c\)|copyright|hak cipta)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*,?\s*(.{2,80})/iu;
const CORPORATE = /\b(?:pvt|ltd|inc|llc|corp|co|pt|tbk|plc|gmbh|limited|group|all rights reserved)\b.*$/iu;
const CALENDAR =
  /^(?:senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|monday|tuesday|wednesday|thursday|friday|saturday|sunday|wib|wita|wit|gmt|utc|edt|est|pdt|pst|bst|cet|am|pm|(?:jan|feb|mar|apr|may|mei|jun|jul|aug|agu|agt|sep|sept|oct|okt|nov|dec|des)[a-z]*\.?(?:\s+\d{1,2})?)$/iu;
const PHOTO =
  /\b(?:photo|photos|foto|image|images|credit|getty|pic|picture|gambar|ilustrasi|dok|dokumentasi|video)\b/iu;
const SOURCE =
  /\b(?:source|sumber|via|dikutip|dilansir|mengutip|melansir|according to|menurut|reported by)\b/iu;
const STORED_DATE = /^\s*date \d{4}-\d{2}(?:-\d{2})?\s*/u;

export interface Line {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

export function linesOf(raw: string): Line[] {
  const out: Line[] = [];
  let at = 0;
  for (const piece of raw.split("\n")) {
    const lead = piece.length - piece.trimStart().length;
    const text = piece.trim();
    if (text) out.push({ text, start: at + lead, end: at + lead + text.length });
    at += piece.length + 1;
  }
  return out;
}

/** The share of a line cleaning cut out. */
export function cutShare(line: Line, removed: OutletInput["removed"]): number {
  let cut = 0;
  for (const r of removed) {
    const s = Math.max(r.start, line.start);
    const e = Math.min(r.end, line.end);
    if (e > s) cut += e - s;
  }
  return cut / Math.max(1, line.end - line.start);
}

/** A piece of a stamp or a short line that could be a name: letters, at most five words. */
function namePiece(s: string): string | null {
  const t = s
    .trim()
    .replace(/^(?:by|oleh|the)\s+(?=\p{Lu})/iu, (m) => (/^the/i.test(m) ? m : ""))
    .replace(/^by\s+/iu, "")
    .replace(/^[^\p{L}\d]+|[^\p{L}\d.]+$/gu, "")
    .replace(/\.$/, "");
  if (t.length < 2 || t.length > 45 || !/\p{L}/u.test(t)) return null;
  if (t.split(/\s+/).length > 5) return null;
  // Dates, times, days and zones are no names.
  if (/\d{1,2}[:./]\d{2}|\b\d{4}\b/u.test(t) || CALENDAR.test(t)) return null;
  return t;
}

export function outletCandidates(input: OutletInput): OutletCandidate[] {
  const lines = linesOf(input.raw);
  const placeKey = input.dateline ? outletKey(input.dateline.split(",")[0]!) : null;
  const authorKeys = new Set(input.authors.map(outletKey));
  const isPlace = (s: string): boolean =>
    isKnownPlace(s.trim()) || (placeKey !== null && outletKey(s) === placeKey);
  const isAuthor = (s: string): boolean => authorKeys.has(outletKey(s.replace(/^(?:by|oleh)\s+/iu, "")));
  const found = new Map<string, { name: string; occ: Occurrence[] }>();
  const add = (name: string, occ: Occurrence): void => {
    const key = outletKey(name);
    if (key.length < 2 || /^\d+$/.test(key)) return;
    // A platform a prompt sends readers to ("di google.com", "YouTube") publishes no news of its
    // own: no candidate, whatever weights a small training set gives web names.
    if (PLATFORM.test(name.trim()) && !outletNamed(name)) return;
    const entry = found.get(key) ?? { name: outletNamed(name)?.name ?? name, occ: [] };
    entry.occ.push(occ);
    found.set(key, entry);
  };
  lines.forEach((line, i) => {
    const text = line.text.replace(STORED_DATE, "");
    // A stamp: the name (and place) before the dash that opens the report.
    const stamp = STAMP.exec(text);
    if (stamp && stamp[1]!.split(/\s+/).length <= 7) {
      const parts = stamp[1]!.split(/\s*,\s*/u);
      parts.forEach((p, k) => {
        const inner = /\(([^()]{2,40})\)/u.exec(p);
        if (inner) add(inner[1]!, { kind: "paren", line: i, first: k === 0, last: true });
        const piece = namePiece(p.replace(/\([^()]*\)/gu, ""));
        const besidePlace = parts.some((q, j) => j !== k && isPlace(q.replace(/\([^()]*\)/gu, "")));
        if (piece)
          add(piece, { kind: "stamp", line: i, first: k === 0, last: k === parts.length - 1, besidePlace });
      });
    }
    // A short line of its own, in parts: "Pematang Siantar, MISTAR.ID", "By X / American Press".
    const words = text.split(/\s+/).length;
    if (words <= 8 && !/[.!?]["”']?$/u.test(text.replace(/\.(?:com|id|co|net|tv)$/i, ""))) {
      const parts = text.split(/\s*(?:,|\||\/\s|\s\/|·|•|\s[-–—]\s)\s*/u).filter(Boolean);
      parts.forEach((p, k) => {
        const piece = namePiece(p);
        const besidePlace = parts.some((q, j) => j !== k && isPlace(q));
        const besideAuthor = parts.some((q, j) => j !== k && isAuthor(q));
        if (piece)
          add(piece, {
            kind: "line",
            line: i,
            first: k === 0,
            last: k === parts.length - 1,
            besidePlace,
            besideAuthor,
          });
      });
    }
    // A copyright line: its holder, whole and by its leading words.
    const copy = COPYRIGHT.exec(text);
    if (copy) {
      const holder = copy[1]!.replace(CORPORATE, "").replace(/[.,\s]+$/u, "");
      const caps = /^(?:the\s+)?\p{Lu}[\p{L}\d.&'-]*(?:\s+\p{Lu}[\p{L}\d.&'-]*){0,4}/u.exec(holder)?.[0];
      // "Copyright AFP DALE DE LA REY": a wire and its photographer, a picture's credit.
      const photo = caps && caps.split(/\s+/).length > 1 && agencyNamed(caps.split(/\s+/)[0]!);
      if (caps && !photo) {
        add(caps, { kind: "copyright", line: i });
        const ws = caps.split(/\s+/);
        for (let n = 1; n < ws.length && n <= 2; n++)
          add(ws.slice(0, n).join(" "), { kind: "copyright", line: i, head: true });
      }
    }
    for (const m of text.matchAll(/\(([^()]{2,40})\)/gu)) {
      if (stamp && m.index! < stamp[0].length) continue;
      const head = m[1]!.split(/\s*[,/;]\s*/u)[0]!;
      const piece = namePiece(head);
      if (piece && /^\p{Lu}/u.test(piece)) add(piece, { kind: "paren", line: i });
    }
    for (const m of text.matchAll(WEB_NAME)) add(m[1]!, { kind: "web-name", line: i });
    for (const m of text.matchAll(OUTLET_IN_TEXT)) add(m[1]!, { kind: "directory", line: i });
    for (const m of text.matchAll(SELF_MENTION)) {
      const name = m[1]!.replace(/[.]$/, "");
      if (/^\p{Lu}/u.test(name) || /\./.test(name)) add(name, { kind: "self-mention", line: i });
    }
  });
  if (input.rulePick) add(input.rulePick, { kind: "rule", line: -1 });

  const agencyKeys = new Set(input.agencies.map(outletKey));
  const bodyText = input.text.toLowerCase();
  const last = lines.length - 1;
  const out: OutletCandidate[] = [];
  for (const [key, { name, occ }] of found) {
    const f: Features = new Map([["bias", 1]]);
    const set = (k: string, v = 1): void => {
      if (v) f.set(k, Math.max(f.get(k) ?? 0, v));
    };
    const kinds = [...new Set(occ.map((o) => o.kind))];
    for (const k of kinds) set(`kind:${k}`);
    set("kinds", Math.log1p(kinds.filter((k) => k !== "rule").length));
    const onPage = occ.filter((o) => o.line >= 0);
    set("count", Math.log1p(onPage.length));
    for (const o of onPage) {
      const line = lines[o.line]!;
      if (o.line === 0) set("where:first-line");
      if (o.line <= 2) set("where:top");
      if (o.besidePlace) set("beside:place");
      if (o.besideAuthor) set("beside:author");
      // A photo credit names whoever took or sold the picture, not the page.
      if (PHOTO.test(line.text)) set("ctx:photo");
      // "Source:", "via", "dikutip dari": a page naming where it took the story from.
      if (SOURCE.test(line.text)) set("ctx:source");
      if (o.line >= last - 2) set("where:bottom");
      const cut = cutShare(line, input.removed);
      if (cut > 0.5) set("where:chrome");
      else set("where:body");
      if (o.kind === "stamp" && o.first) set("stamp:first");
      if (o.kind === "stamp" && o.last && !o.first) set("stamp:later");
      if (o.kind === "line" && o.first && o.last) set("line:whole");
      if (o.kind === "line" && o.last && !o.first) set("line:last-part");
      if (o.kind === "copyright" && o.head) set("copyright:head");
    }
    const printed = name.trim();
    const webName = WEB_SUFFIX.test(printed) || onPage.some((o) => o.kind === "web-name");
    set("form:web-name", webName ? 1 : 0);
    set("form:gov", GOV.test(printed) ? 1 : 0);
    set("form:platform", PLATFORM.test(printed) ? 1 : 0);
    const letters = printed.replace(/[^\p{L}]/gu, "");
    set("form:caps", letters.length >= 3 && letters === letters.toUpperCase() ? 1 : 0);
    const words = printed.split(/\s+/).length;
    set(words === 1 ? "form:words1" : words === 2 ? "form:words2" : "form:words3+");
    set("form:media-word", MEDIA_TOKEN.test(printed) || MEDIA_END.test(letters) ? 1 : 0);
    set("form:outlet-shaped", looksLikeOutletName(printed) ? 1 : 0);
    set("form:generic", GENERIC.test(printed) ? 1 : 0);
    set("form:lower", /^\p{Ll}/u.test(printed) ? 1 : 0);
    set("in-directory", outletNamed(printed) ? 1 : 0);
    set("is:agency", agencyNamed(printed) || agencyKeys.has(key) ? 1 : 0);
    set("has:agency", printed.split(/[\s/]+/).some((w) => agencyNamed(w)) ? 1 : 0);
    set("form:short", letters.length <= 3 ? 1 : 0);
    set("is:place", isKnownPlace(printed) || key === placeKey ? 1 : 0);
    set("is:author", authorKeys.has(key) ? 1 : 0);
    set("is:name-shaped", NAME_SHAPED.test(printed) && !MEDIA_TOKEN.test(printed) ? 1 : 0);
    set("in-body-text", bodyText.includes(printed.toLowerCase()) ? 1 : 0);
    // The rules found nothing: a page where any other name must stand on its own evidence.
    set("ctx:rules-none", input.rulePick === null ? 1 : 0);
    // A name printed where a page names itself and shaped like an outlet's: the pattern that carries
    // over to outlets never seen.
    const selfSpot = kinds.some((k) => k === "stamp" || k === "line" || k === "copyright");
    const shaped = ["form:media-word", "form:web-name", "form:outlet-shaped", "form:caps"].some((k) =>
      f.has(k),
    );
    const person = f.has("is:place") || f.has("is:author") || f.has("is:agency") || f.has("form:generic");
    set("spot&shape", selfSpot && shaped && !person ? 1 : 0);
    out.push({ name: printed, key, features: f, kinds });
  }
  return out;
}
