/**
 * @module
 * The clean stage: drops page chrome line by line (each removal with its reason), keeps the body,
 * and reads metadata from what it drops: bylines, credits, stamps, logos, datelines, titles.
 * Container metadata (HTML meta tags, JSON fields) wins over what the text says.
 */
import { markDone, type Removal } from "../../core/doc/document.js";
import { OffsetMap, type OffsetSegment } from "../../core/doc/offset-map.js";
import type { Stage } from "../../core/pipeline/stage.js";
import { outletNamed } from "../../lang/base/outlets.js";
import { readBodyCredits } from "./cited.js";
import { classifyLine, type Findings, type Verdict } from "./classify.js";
import { emptyCredits, mergeCredits } from "./credits.js";
import { readDateline } from "./dateline.js";
import { findHeader } from "./header.js";
import { splitLines } from "./lines.js";

const PARAGRAPH_BREAK = "\n\n";

export const cleanStage: Stage = {
  name: "clean",
  version: "1.0.0",
  requires: [],
  assigns: ["clean"],
  run(doc) {
    const raw = doc.raw;
    const lines = splitLines(raw);
    const found: Findings = { credits: [], stamps: [], outlets: [] };
    const verdicts: Verdict[] = lines.map((_, i) => classifyLine(lines, i, found));
    const header = findHeader(lines, verdicts, doc.meta.title);
    header.forEach((reason, i) => {
      verdicts[i] = { kind: "drop", reason };
    });

    const removed: Removal[] = [];
    const kept: { start: number; end: number }[] = [];
    lines.forEach((line, i) => {
      const v = verdicts[i]!;
      if (v.kind === "drop")
        removed.push({ text: line.text, reason: v.reason, start: line.start, end: line.end });
      else if (v.kind === "strip") {
        removed.push({
          text: raw.slice(line.start, line.start + v.length).trim(),
          reason: v.reason,
          start: line.start,
          end: line.start + v.length,
        });
        const start = skipSpace(raw, line.start + v.length, line.end);
        if (start < line.end) kept.push({ start, end: line.end });
      } else kept.push({ start: line.start, end: line.end });
    });

    // The dateline opens the first body paragraph.
    let dateline: ReturnType<typeof readDateline> = null;
    const first = kept[0];
    if (first) {
      dateline = readDateline(raw.slice(first.start, first.end));
      if (dateline) {
        removed.push({
          text: raw.slice(first.start, first.start + dateline.length).trim(),
          reason: "dateline",
          start: first.start,
          end: first.start + dateline.length,
        });
        first.start += dateline.length;
      }
    }

    const segments: OffsetSegment[] = [];
    const parts: string[] = [];
    let at = 0;
    for (const piece of kept) {
      if (parts.length > 0) {
        parts.push(PARAGRAPH_BREAK);
        at += PARAGRAPH_BREAK.length;
      }
      segments.push({ cleanStart: at, rawStart: piece.start, length: piece.end - piece.start });
      parts.push(raw.slice(piece.start, piece.end));
      at += piece.end - piece.start;
    }
    const text = parts.join("");

    const credits = emptyCredits();
    for (const c of found.credits) mergeCredits(credits, c);
    const body = readBodyCredits(text);
    const agencies = [
      ...new Set([...credits.agencies, ...(dateline?.agency ? [dateline.agency] : []), ...body.agencies]),
    ];
    const cited = [...new Set([...credits.sources, ...body.cited])].filter((c) => !agencies.includes(c));
    const m = doc.meta;
    const titleLine = [...header.entries()].find(([, reason]) => reason === "title");
    const outlet =
      m.outlet ?? dateline?.outlet?.name ?? found.outlets.map((o) => outletNamed(o)?.name ?? o)[0] ?? null;
    const stamp = found.stamps[0];
    removed.sort((a, b) => a.start - b.start);
    return markDone(
      Object.freeze({
        ...doc,
        text,
        offsets: new OffsetMap(segments),
        removed,
        meta: Object.freeze({
          ...m,
          title: m.title ?? (titleLine ? lines[titleLine[0]]!.text : null),
          outlet,
          published: m.published.value
            ? m.published
            : stamp
              ? { value: stamp, basis: "stated" as const }
              : m.published,
          authors: m.authors.length ? m.authors : credits.authors,
          editors: m.editors.length ? m.editors : credits.editors,
          contributors: m.contributors.length ? m.contributors : credits.contributors,
          agencies: m.agencies.length ? m.agencies : agencies,
          citedSources: m.citedSources.length ? m.citedSources : cited,
          dateline: m.dateline ?? dateline?.place ?? null,
        }),
      }),
      "clean",
    );
  },
};

function skipSpace(raw: string, from: number, to: number): number {
  let i = from;
  while (i < to && /\s/.test(raw[i]!)) i++;
  return i;
}
