/**
 * @module
 * Reader for CoNLL-style NER files: one token per line, label in the last column (tab- or
 * space-separated; CRLF tolerated), blank lines between sentences, `-DOCSTART-` lines as
 * document breaks. UNER's numbered format (`id token tag - annotator`, `# …` comments) is
 * recognised too. Labels are mapped to the project's types and repaired to clean BIO the way
 * conlleval reads them (an `I-X` that does not continue an `X` starts one), which also turns
 * Wikigold's IO tags into BIO.
 */
import { readFileSync } from "node:fs";
import type { EntityTag } from "../../src/stages/entities/tagger/tags.js";

export interface ConllSentence {
  readonly tokens: string[];
  readonly tags: EntityTag[];
  /** 0-based index of the document (counted by `-DOCSTART-` / `# newdoc` lines). */
  readonly doc: number;
}

const TYPE_MAP: Record<string, "person" | "organization" | "place"> = {
  PER: "person",
  PERSON: "person",
  PPL: "person",
  ORG: "organization",
  ORGANISATION: "organization",
  ORGANIZATION: "organization",
  LOC: "place",
  PLACE: "place",
  PLC: "place",
};

/** Maps a raw label ("B-PER", "I-ORGANISATION", "O", "B-MISC") to a raw project BIO tag. */
export function mapLabel(label: string): EntityTag {
  const m = /^([BIES])-(.+)$/.exec(label.trim());
  if (!m) return "O";
  const type = TYPE_MAP[m[2]!.toUpperCase()];
  if (!type) return "O";
  return m[1] === "I" || m[1] === "E" ? `I-${type}` : `B-${type}`;
}

/** Repairs a tag sequence to clean BIO: an I-X not after B-X/I-X becomes B-X. */
export function repairBio(tags: EntityTag[]): EntityTag[] {
  return tags.map((t, i) => {
    if (!t.startsWith("I-")) return t;
    const prev = i > 0 ? tags[i - 1]! : "O";
    return prev === "O" || prev.slice(2) !== t.slice(2) ? (`B-${t.slice(2)}` as EntityTag) : t;
  });
}

const TAG_LIKE = /^(?:O|[BIES]-\S+)$/;

/** Parses CoNLL text. */
export function parseConll(text: string): ConllSentence[] {
  const out: ConllSentence[] = [];
  let doc = 0;
  let seenInDoc = false;
  let tokens: string[] = [];
  let raw: EntityTag[] = [];
  const flush = (): void => {
    if (tokens.length > 0) {
      out.push({ tokens, tags: repairBio(raw), doc });
      seenInDoc = true;
    }
    tokens = [];
    raw = [];
  };
  for (const rawLine of text.split("\n")) {
    const line = rawLine.replace(/\r$/, "");
    if (line.trim() === "") {
      flush();
      continue;
    }
    if (line.startsWith("-DOCSTART-") || line.startsWith("# newdoc")) {
      flush();
      if (seenInDoc) doc++;
      seenInDoc = false;
      continue;
    }
    // UNER comments ("# sent_id = …", "# text = …"); a bare "#" token line has a tag after it.
    if (/^#\s+\S+\s*=/.test(line)) continue;
    const cols = line.includes("\t") ? line.split("\t") : line.split(/ +/);
    if (cols.length < 2) continue;
    let token: string;
    let label: string;
    if (cols.length >= 3 && /^\d+$/.test(cols[0]!) && TAG_LIKE.test(cols[2]!)) {
      token = cols[1]!;
      label = cols[2]!;
    } else {
      token = cols[0]!;
      label = cols[cols.length - 1]!;
    }
    tokens.push(token);
    raw.push(mapLabel(label));
  }
  flush();
  return out;
}

export const readConll = (path: string): ConllSentence[] => parseConll(readFileSync(path, "utf8"));

/** Wikigold has no official split: every 5th document (index 4, 9, …) is held out for evaluation. */
export const isWikigoldHeldout = (s: ConllSentence): boolean => s.doc % 5 === 4;
