/**
 * @module
 * Candidates for an article's authors, read from the short lines and closing credits of the whole
 * page, each described by language-neutral features for the learned author reader (authors.ts):
 * how the name is printed (after a credit label of the run's packs, beside a date stamp, a place or
 * an outlet, in parentheses closing a paragraph, alone on a line), where (top, bottom, chrome,
 * body), its form (words, capitals), and what else it is (a known place, an outlet, a wire, a name
 * the story is about: in the title or the body).
 */
import { agencyNamed } from "../../../lang/base/agencies.js";
import { looksLikeOutletName, outletNamed } from "../../../lang/base/outlets.js";
import { cues } from "../cues.js";
import type { Features } from "../features.js";
import { isKnownPlace } from "../places.js";
import { parseStamp } from "../stamp.js";
import { cutShare, linesOf } from "./outlet-candidates.js";

export interface AuthorInput {
  readonly raw: string;
  /** The cleaned text. */
  readonly text: string;
  readonly removed: readonly { readonly start: number; readonly end: number; readonly reason: string }[];
  readonly title: string | null;
  /** The authors the rules read (the reader only fills in when there are none). */
  readonly ruleAuthors: readonly string[];
}

export interface AuthorCandidate {
  readonly name: string;
  readonly key: string;
  readonly features: Features;
}

/** Comparison key of a name: lower case, letters and digits only. */
export const authorKey = (name: string): string =>
  name
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, "");

/** One to four words, each capitalised or in capitals, no digits: a printed personal name. */
const NAME_PIECE =
  /^\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|bin|binti|de|van|von|al|el|da|dos)){0,3}$/u;
/** Interface and section words that take a name's shape ("Tags", "Baca Juga", "Share This"). */
const INTERFACE =
  /\b(?:home|tags?|share|komentar|comments?|related|berita|baca|read|more|login|subscribe|advertisement|iklan|follow|terkini|terbaru|populer|video|foto|photo|news|trending|menu|search|cari|index|halaman|page|lainnya|selengkapnya|editor|penulis|reporter|redaksi|staff|desk|tim|team)\b/iu;
const SEPARATORS = /\s*(?:\||,|;|\s\/\s?|(?<=\p{L})\/(?=\p{L})|\s[-–—]\s|[-–—]\s|\s&\s|\s(?:and|dan)\s)\s*/u;
const ORGANISATION =
  /\b(?:universitas|university|institut|institute|pt|cv|dinas|polres|polda|polsek|kementerian|ministry|bank|badan|dewan|partai|party|kabupaten|kota|provinsi|desa|kecamatan|pemkot|pemkab|pemprov|rumah sakit|hospital|school|sekolah)\b/iu;

interface Occurrence {
  readonly line: number;
  readonly kind: "line" | "paren";
  readonly label: "author" | "editor" | null;
  readonly pieces: number;
  readonly besideDate: boolean;
  readonly besidePlace: boolean;
  readonly besideOutlet: boolean;
  readonly alone: boolean;
}

/** A credit label opening a line ("Penulis:", "By", "Oleh", "Editor :"), its kind and length. */
function labelOf(text: string): { kind: "author" | "editor"; length: number } | null {
  const c = cues();
  const m = /^([\p{L}]+(?:\s+[\p{L}]+)?)\s*:?\s*/u.exec(text);
  if (!m) return null;
  for (const words of [m[1]!, m[1]!.split(/\s+/)[0]!]) {
    const w = words.toLowerCase();
    const colon = text.slice(words.length).trimStart().startsWith(":");
    // A bare label without a colon counts for "by"/"oleh"-like words only when a name follows.
    if (c.editorLabels.has(w)) return { kind: "editor", length: text.indexOf(words) + words.length };
    if (c.authorLabels.has(w) && (colon || /^(?:by|oleh)$/u.test(w)))
      return { kind: "author", length: text.indexOf(words) + words.length };
  }
  return null;
}

const namePiece = (s: string): string | null => {
  const t = s
    .trim()
    .replace(/^[:•·*\-–—\s]+|[:•·*\-–—.,\s]+$/gu, "")
    .trim();
  if (t.length < 3 || t.length > 40 || /\d/.test(t) || !NAME_PIECE.test(t)) return null;
  return t;
};

export function authorCandidates(input: AuthorInput): AuthorCandidate[] {
  const lines = linesOf(input.raw);
  const found = new Map<string, { name: string; occ: Occurrence[] }>();
  const add = (name: string, occ: Occurrence): void => {
    const key = authorKey(name);
    if (key.length < 3) return;
    const entry = found.get(key) ?? { name, occ: [] };
    entry.occ.push(occ);
    found.set(key, entry);
  };
  const dateLike = (s: string): boolean => /\d/.test(s) && parseStamp(s) !== null;
  lines.forEach((line, i) => {
    const text = line.text.replace(/^[|•·*\s]+/u, "");
    const words = text.split(/\s+/).length;
    if (words <= 10 && !/[.!?]["”']?$/u.test(text.replace(/\b\p{Lu}\.$/u, ""))) {
      const label = labelOf(text);
      const body = label ? text.slice(label.length).replace(/^\s*:\s*/u, "") : text;
      const parts = body.split(SEPARATORS).filter(Boolean);
      parts.forEach((p, k) => {
        const piece = namePiece(p);
        if (!piece) return;
        const others = parts.filter((_, j) => j !== k);
        add(piece, {
          line: i,
          kind: "line",
          label: label?.kind ?? null,
          pieces: parts.length,
          besideDate: dateLike(body.replace(p, "")),
          besidePlace: others.some((o) => isKnownPlace(o.trim())),
          besideOutlet: others.some((o) => looksLikeOutletName(o.trim())),
          alone: parts.length === 1 && !label,
        });
      });
    }
    // A paragraph closing with names in parentheses: "… jelasnya. (Laila Lubis)", "(MUHAMMAD HAMIM/B-2)".
    const paren = /[.!?"”’]\s*\(([^()]{3,60})\)\s*$/u.exec(text);
    if (paren) {
      const parts = paren[1]!.split(/\s*[/,]\s*/u);
      for (const p of parts) {
        const titled = p.replace(/\p{Lu}+/gu, (w) => (w.length > 1 ? w[0] + w.slice(1).toLowerCase() : w));
        const piece = namePiece(titled);
        if (piece)
          add(piece, {
            line: i,
            kind: "paren",
            label: null,
            pieces: parts.length,
            besideDate: false,
            besidePlace: false,
            besideOutlet: false,
            alone: false,
          });
      }
    }
  });
  const title = (input.title ?? "").toLowerCase();
  const body = input.text.toLowerCase();
  const last = lines.length - 1;
  const out: AuthorCandidate[] = [];
  for (const [key, { name, occ }] of found) {
    const f: Features = new Map([["bias", 1]]);
    const set = (k: string, v = 1): void => {
      if (v) f.set(k, Math.max(f.get(k) ?? 0, v));
    };
    set("count", Math.log1p(occ.length));
    for (const o of occ) {
      const line = lines[o.line]!;
      set(`kind:${o.kind}`);
      set(o.label ? `label:${o.label}` : "label:none");
      if (o.besideDate) set("beside:date");
      if (o.besidePlace) set("beside:place");
      if (o.besideOutlet) set("beside:outlet");
      if (o.alone) set("line:alone");
      if (o.pieces >= 3) set("line:many-parts");
      if (o.line <= 3) set("where:top");
      if (o.line >= last - 2) set("where:bottom");
      if (o.line === last) set("where:last-line");
      set(cutShare(line, input.removed) > 0.5 ? "where:chrome" : "where:body");
    }
    const words = name.split(/\s+/).length;
    set(words === 1 ? "form:words1" : words === 2 ? "form:words2" : "form:words3+");
    const letters = name.replace(/[^\p{L}]/gu, "");
    set("form:caps", letters.length >= 4 && letters === letters.toUpperCase() ? 1 : 0);
    set("form:interface", INTERFACE.test(name) ? 1 : 0);
    set("form:organisation", ORGANISATION.test(name) ? 1 : 0);
    set("is:place", isKnownPlace(name) ? 1 : 0);
    set("is:outlet", outletNamed(name) || looksLikeOutletName(name) ? 1 : 0);
    set("is:agency", agencyNamed(name) ? 1 : 0);
    set("in-title", title.includes(name.toLowerCase()) ? 1 : 0);
    // A name the report is about recurs in its body; a byline's name rarely does.
    set("in-body", body.includes(name.toLowerCase()) ? 1 : 0);
    out.push({ name, key, features: f });
  }
  return out;
}
