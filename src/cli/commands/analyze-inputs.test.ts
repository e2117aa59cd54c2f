import { describe, expect, it } from "vitest";
import { docFromRaw, type RawArticle } from "../../core/doc/document.js";
import { DomainError } from "../../core/errors.js";
import type { IngestResult } from "../../ingest/read-inputs.js";
import { type Analyse, analyseInOrder } from "./analyze-inputs.js";

const raw = (source: string): RawArticle => ({ source, raw: `text of ${source}`, format: "text", hints: {} });

async function* inputs(): AsyncGenerator<IngestResult> {
  yield { ok: true, article: raw("a.txt") };
  yield { ok: false, source: "b.pdf", error: new DomainError("E_INPUT_BINARY", { path: "b.pdf" }) };
  yield { ok: true, article: raw("c.html"), notice: "c.html: only the first 100000 characters are analysed" };
  yield { ok: true, article: raw("d.html") };
  yield { ok: true, article: raw("e.txt") };
}

/**
 * Analysis that finishes in the reverse of the input order (later inputs sooner, as free workers
 * would), and abandons d.html as the pool does a document over its time budget.
 */
const outOfOrder: Analyse = (r) =>
  new Promise((resolve, reject) => {
    const delay = { "a.txt": 40, "c.html": 20, "d.html": 10, "e.txt": 0 }[r.source] ?? 0;
    setTimeout(() => {
      if (r.source === "d.html") reject(new DomainError("E_INPUT_TIMEOUT", { path: r.source, limit: 15000 }));
      else resolve(docFromRaw(r, r.source));
    }, delay);
  });

// Issue 13: `kabar analyze` analyses in worker threads; the dossier's article order, and so the
// dossier, must not depend on which worker finished first, and one abandoned document fails alone.
describe("analyseInOrder", () => {
  it.each([1, 2, 16])("hands back every input in input order (window %i)", async (window) => {
    const out = [];
    for await (const item of analyseInOrder(inputs(), outOfOrder, window)) out.push(item);
    expect(
      out.map((o) =>
        "readError" in o
          ? [o.source, "unreadable"]
          : [
              o.source,
              o.doc ? `doc ${o.doc.source}` : `failed ${(o.error as DomainError).code}`,
              o.notice ?? "",
            ],
      ),
    ).toEqual([
      ["a.txt", "doc a.txt", ""],
      ["b.pdf", "unreadable"],
      ["c.html", "doc c.html", "c.html: only the first 100000 characters are analysed"],
      ["d.html", "failed E_INPUT_TIMEOUT", ""],
      ["e.txt", "doc e.txt", ""],
    ]);
  });

  it("keeps no more than `window` analyses under way", async () => {
    let running = 0;
    let most = 0;
    const counting: Analyse = async (r) => {
      running += 1;
      most = Math.max(most, running);
      await new Promise((done) => setTimeout(done, 5));
      running -= 1;
      return docFromRaw(r, r.source);
    };
    for await (const _ of analyseInOrder(inputs(), counting, 2)) {
      // drained as it comes
    }
    expect(most).toBe(2);
  });
});
