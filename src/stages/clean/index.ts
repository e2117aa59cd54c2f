/**
 * @module
 * The clean stage: drops page chrome line by line (each removal with its reason), keeps the body,
 * and reads metadata from what it drops: bylines, credits, stamps, logos, datelines, titles.
 * Container metadata (HTML meta tags, JSON fields) wins over what the text says.
 */
import { markDone } from "../../core/doc/document.js";
import type { Stage } from "../../core/pipeline/stage.js";
import { cutFront, joinPieces, keptPieces } from "./assemble.js";
import { classifyLine, type Findings, type Verdict } from "./classify.js";
import { emptyCredits } from "./credits.js";
import { type Dateline, readDateline } from "./dateline.js";
import { findHeader } from "./header.js";
import { splitLines } from "./lines.js";
import { mergeMeta } from "./metadata.js";

export const cleanStage: Stage = {
  name: "clean",
  version: "1.1.0",
  requires: [],
  assigns: ["clean"],
  run(doc) {
    const raw = doc.raw;
    const lines = splitLines(raw);
    const found: Findings = { credits: [], stamps: [], outlets: [] };
    const verdicts: Verdict[] = lines.map((_, i) => classifyLine(lines, i, found));
    const header = findHeader(lines, verdicts, doc.meta.title);
    header.drop.forEach((reason, i) => {
      verdicts[i] = { kind: "drop", reason };
    });
    if (header.authors.length > 0) found.credits.push({ ...emptyCredits(), authors: header.authors });

    const { kept, removed } = keptPieces(raw, lines, verdicts);
    // The dateline opens the first body paragraph; a stray kept line or two may stand above it.
    let dateline: Dateline | null = null;
    for (const piece of kept.slice(0, 3)) {
      dateline = readDateline(raw.slice(piece.start, piece.end), raw);
      if (dateline) {
        cutFront(raw, piece, dateline.length, "dateline", removed);
        break;
      }
    }
    const { text, offsets } = joinPieces(raw, kept);
    removed.sort((a, b) => a.start - b.start);
    const meta = mergeMeta(doc.meta, { text, found, header, dateline });
    return markDone(Object.freeze({ ...doc, text, offsets, removed, meta }), "clean");
  },
};
