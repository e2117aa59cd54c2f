/**
 * @module
 * Finds quoted stretches of text in every quotation-mark style: straight and curly double quotes,
 * guillemets, low-high „…“, and single quotes (only outside double quotes, and never an
 * apostrophe inside a word). A quote left open at a paragraph's end continues when the next
 * paragraph reopens it, which is how news prints speech running over several paragraphs; the
 * result is then one stretch from the first opening mark to the last closing mark.
 */

export interface Quoted {
  /** Offsets of the whole stretch including its marks. */
  readonly start: number;
  readonly end: number;
  /** Offsets of the text inside the marks. */
  readonly innerStart: number;
  readonly innerEnd: number;
  /** True when the stretch crosses a paragraph break. */
  readonly multiParagraph: boolean;
}

const DOUBLE = new Set(['"', "“", "”", "„", "«", "»"]);
const SINGLE = new Set(["'", "‘", "’", "‚"]);
const OPEN_BEFORE = /[\s([{—–\-/"“„«‘']/u;
const CLOSE_AFTER = /[\s)\]}.,;:!?—–\-"”»’']/u;

type Role = "open" | "close" | "either" | "none";

function roleOf(text: string, i: number): Role {
  const ch = text[i]!;
  if (ch === "„" || ch === "«" || ch === "‚") return "open";
  if (ch === "»") return "close";
  const prev = i > 0 ? text[i - 1]! : " ";
  const next = i + 1 < text.length ? text[i + 1]! : " ";
  const openish = OPEN_BEFORE.test(prev) && !/\s/u.test(next);
  const closeish = !/\s/u.test(prev) && CLOSE_AFTER.test(next);
  if (openish && !closeish) return "open";
  if (closeish && !openish) return "close";
  // A single mark that is neither clearly opening nor closing is an apostrophe (don't, Jum'at).
  if (SINGLE.has(ch)) return "none";
  return "either";
}

/** Paragraph ranges: lines separated by line breaks, trimmed of empty ones. */
export function paragraphRanges(text: string): [number, number][] {
  const out: [number, number][] = [];
  const re = /[^\n]+/g;
  for (const m of text.matchAll(re)) {
    if (m[0].trim()) out.push([m.index, m.index + m[0].length]);
  }
  return out;
}

/** Stretches inside double marks (and single marks at top level), in text order. */
export function findQuoted(text: string, paragraphs = paragraphRanges(text)): Quoted[] {
  const out: Quoted[] = [];
  let pending: { start: number; innerStart: number } | null = null;
  let crossed = false;
  for (let p = 0; p < paragraphs.length; p++) {
    const [ps, pe] = paragraphs[p]!;
    let open: { start: number; innerStart: number } | null = pending;
    let single: number | null = null;
    let i = ps;
    if (pending) {
      // The paragraph reopens the running quote with a mark of its own: skip that mark.
      while (i < pe && /\s/u.test(text[i]!)) i++;
      if (i < pe && DOUBLE.has(text[i]!)) i++;
    }
    for (; i < pe; i++) {
      const ch = text[i]!;
      if (DOUBLE.has(ch)) {
        const role = roleOf(text, i);
        if (!open && role !== "close") {
          open = { start: i, innerStart: i + 1 };
          single = null;
        } else if (open && role !== "open") {
          out.push({
            start: open.start,
            end: i + 1,
            innerStart: open.innerStart,
            innerEnd: i,
            multiParagraph: crossed,
          });
          open = null;
          crossed = false;
        }
      } else if (!open && SINGLE.has(ch)) {
        const role = roleOf(text, i);
        if (single === null && (role === "open" || (ch === "‘" && role !== "close"))) single = i;
        else if (single !== null && (role === "close" || (ch === "’" && role !== "open")) && i > single + 1) {
          out.push({ start: single, end: i + 1, innerStart: single + 1, innerEnd: i, multiParagraph: false });
          single = null;
        }
      }
    }
    pending = null;
    if (open) {
      const next = paragraphs[p + 1];
      const reopens =
        next &&
        DOUBLE.has(text[next[0] + (text.slice(next[0]).length - text.slice(next[0]).trimStart().length)]!);
      if (reopens) {
        pending = open;
        crossed = true;
      } else if (pe - open.innerStart >= 20) {
        // Closing mark forgotten at the paragraph's end: the quote ends with the paragraph.
        out.push({
          start: open.start,
          end: pe,
          innerStart: open.innerStart,
          innerEnd: pe,
          multiParagraph: crossed,
        });
        crossed = false;
      } else crossed = false;
    }
  }
  return out;
}
