/**
 * End-to-end golden: the bundled example corpus through the whole per-article pipeline. The
 * expected metadata was read off the articles by hand.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyzeArticle, buildDossier } from "../../src/app/analyze.js";
import { makeContext } from "../../src/app/context.js";
import { checkInvariants } from "../../src/core/doc/invariants.js";
import { DOSSIER_SCHEMA } from "../../src/core/dossier.js";

const dir = join(import.meta.dirname, "../../examples/kim-putin-2023");
const files = readdirSync(dir)
  .filter((f) => f.endsWith(".txt"))
  .sort();
const ctx = makeContext();
const docs = files.map((f) =>
  analyzeArticle({ source: f, raw: readFileSync(join(dir, f), "utf8"), format: "text", hints: {} }, ctx),
);

describe("example corpus", () => {
  it.each([
    [
      "000",
      {
        outlet: "Bloomberg Technoz",
        title: null,
        agencies: ["Bloomberg"],
        contributors: ["Eduard Gismatullin"],
      },
    ],
    [
      "001",
      {
        outlet: "Kompas TV",
        dateline: "Seoul",
        authors: ["Edwin Shri Bimo"],
        editors: ["Edy A. Putra"],
        agencies: ["Associated Press"],
      },
    ],
    [
      "002",
      {
        outlet: "DW Indonesia",
        title: "Kim ke Rusia, Didampingi Delegasi Pejabat Industri Senjata",
        agencies: ["Associated Press", "AFP", "Reuters"],
      },
    ],
    ["003", { outlet: "Kompas.com", dateline: "Moskwa", agencies: ["AFP", "VOA"] }],
    ["004", { outlet: null, dateline: "Moskow", agencies: [] }],
  ])("%s metadata", (prefix, expected) => {
    const doc = docs[files.findIndex((f) => f.startsWith(prefix))]!;
    expect(doc.meta).toMatchObject({ language: "id", ...expected });
    expect(checkInvariants(doc)).toEqual([]);
  });

  it("states the publication dates that are printed", () => {
    expect(docs.map((d) => d.meta.published.basis === "stated" && d.meta.published.value)).toEqual([
      false,
      "2023-09-06T07:05+07:00",
      "2023-09-12",
      false,
      false,
    ]);
  });

  it("leaves no chrome in the bodies and keeps the stories", () => {
    const all = docs.map((d) => d.text).join("\n");
    for (const chrome of [
      "Baca juga",
      "Baca Juga",
      "No more pages",
      "Buka menu utama",
      "https://",
      "#JernihBerkomentar",
      "Foto:",
      "Penulis",
    ]) {
      expect(all).not.toContain(chrome);
    }
    expect(docs[2]!.text).toContain("Kepentingan kedua negara tetap menjadi fokus kami");
  });

  it("builds a dossier of the contract's shape", () => {
    const dossier = buildDossier(docs);
    expect(dossier.schema).toBe(DOSSIER_SCHEMA);
    expect(dossier.articles.map((a) => a.id)).toEqual(["a1", "a2", "a3", "a4", "a5"]);
    expect(dossier.articles[1]!.origins).toEqual(["Associated Press"]);
  });
});
