/**
 * @module
 * The clean stage: drops page chrome line by line (each removal with its reason), keeps the body,
 * and reads metadata from what it drops: bylines, credits, stamps, logos, datelines, titles.
 * Container metadata (HTML meta tags, JSON fields) wins over what the text says.
 */
import type { RunContext } from "../../core/context.js";
import { type ArticleDoc, markDone } from "../../core/doc/document.js";
import type { Stage } from "../../core/pipeline/stage.js";
import { agencyNamed } from "../../lang/base/agencies.js";
import { cutBack, cutFront, joinPieces, keptPieces } from "./assemble.js";
import { emptyCredits, readTail } from "./credits.js";
import { cuesFor, withCues } from "./cues.js";
import { type Dateline, readDateline, readDatelineLine } from "./dateline.js";
import { findFooterNames, findHeader } from "./header.js";
import { judgeLines } from "./judge.js";
import { splitLines } from "./lines.js";
import { mergeMeta } from "./metadata.js";

/** Removal reasons of interface chrome, where a page names its own outlet. */
const INTERFACE = new Set(["prompt", "interface", "navigation", "logo", "pagination", "section-label"]);

export const cleanStage: Stage = {
  name: "clean",
  version: "2.3.0",
  requires: [],
  assigns: ["clean"],
  run(doc, ctx) {
    // The helpers read the chrome cues of this run's registry (see cues.ts).
    return withCues(cuesFor(ctx.packs), () => cleanDoc(doc, ctx));
  },
};

function cleanDoc(doc: ArticleDoc, ctx: RunContext): ArticleDoc {
  const raw = doc.raw;
  const lines = splitLines(raw);
  const { verdicts, found, probabilities } = judgeLines(lines);
  const header = findHeader(lines, verdicts, doc.meta.title, probabilities);
  header.drop.forEach((reason, i) => {
    verdicts[i] = { kind: "drop", reason };
  });
  if (header.authors.length > 0) found.credits.push({ ...emptyCredits(), authors: header.authors });
  const footer = findFooterNames(lines, verdicts, header.title ?? doc.meta.title ?? "");
  for (const i of footer.drop) verdicts[i] = { kind: "drop", reason: "byline" };
  if (footer.authors.length > 0) found.credits.push({ ...emptyCredits(), authors: footer.authors });

  // A dateline printed on a line of its own above the first paragraph ("Bangka Barat -",
  // "Kuala Lumpur, August 15", "Seoul, South Korea"): the model or the header drops the short
  // line; the dateline is still read.
  let dateline: Dateline | null = null;
  const first = verdicts.findIndex((v) => v.kind !== "drop");
  for (let i = first - 1; i >= Math.max(0, first - 2); i--) {
    const v = verdicts[i]!;
    const text = lines[i]!.text;
    const loose = v.kind === "drop" && (v.reason.startsWith("model:") || v.reason === "section-label");
    // A line the cues already took for a dateline by its place above the lead needs no proof.
    const placed = v.kind === "drop" && v.reason === "dateline";
    const read = loose || placed ? readDatelineLine(text, raw, placed) : null;
    if (read) {
      dateline = read;
      verdicts[i] = { kind: "drop", reason: "dateline" };
      break;
    }
  }
  const { kept, removed } = keptPieces(raw, lines, verdicts);
  // Credits glued to the end of a paragraph: editors' initials anywhere, a signing author last.
  kept.forEach((piece, k) => {
    const tail = readTail(raw.slice(piece.start, piece.end), k >= kept.length - 3);
    if (!tail) return;
    cutBack(raw, piece, tail.length, tail.reason, removed);
    found.credits.push(tail.credits);
    if (tail.outlet) found.outlets.push(tail.outlet);
  });
  // The dateline opens the first body paragraph; a stray kept line or two may stand above it.
  for (const piece of dateline ? [] : kept.slice(0, 3)) {
    dateline = readDateline(raw.slice(piece.start, piece.end), raw);
    if (dateline) {
      cutFront(raw, piece, dateline.length, "dateline", removed);
      break;
    }
  }
  // A wire's dateline opening a later paragraph ("GUINDA, Calif. (AP) — …") credits the copy after
  // it: pages append a wire story to their own. Only wires the directory knows count here.
  for (const piece of kept.slice(1)) {
    const wire = readDateline(raw.slice(piece.start, piece.end), raw)?.agency;
    if (wire && agencyNamed(wire)) found.credits.push({ ...emptyCredits(), agencies: [agencyNamed(wire)!] });
  }
  const { text, offsets } = joinPieces(raw, kept);
  removed.sort((a, b) => a.start - b.start);
  for (const r of removed) ctx.debug("clean", () => `dropped ${JSON.stringify(clip(r.text))} (${r.reason})`);
  const chrome = removed
    .filter((r) => INTERFACE.has(r.reason) || r.reason.startsWith("model:"))
    .map((r) => r.text);
  const explain = (reason: string): void => ctx.debug("clean", () => reason);
  const meta = mergeMeta(doc.meta, { text, found, header, dateline, chrome, raw, removed, explain });
  return markDone(Object.freeze({ ...doc, text, offsets, removed, meta }), "clean");
}

/** A removed line as a debug message shows it: one line, at most 80 characters. */
function clip(text: string): string {
  const line = text.replace(/\s+/g, " ").trim();
  return line.length > 80 ? `${line.slice(0, 79)}…` : line;
}
