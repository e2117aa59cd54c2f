/**
 * The dossier contract check: real pipeline dossiers (the bundled example, and the seeds of
 * ../shared when it exists) must validate against `DossierSchema`, the one definition of
 * `kabar.dossier/1`, and carry no field the schema does not describe (the schema's objects strip
 * unknown keys, so parsing and comparing finds them). The table of broken dossiers shows the
 * check fails on a violation rather than passing anything.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyzeArticle, buildDossier } from "../../src/app/analyze.js";
import { makeContext } from "../../src/app/context.js";
import { type Dossier, DossierSchema } from "../../src/core/dossier.js";
import { fixtureDossier } from "../../src/http/testing/fixture.js";

/** What is wrong with a dossier as written to JSON: schema issues, then undeclared fields. */
function violations(dossier: unknown): string[] {
  const json: unknown = JSON.parse(JSON.stringify(dossier));
  const parsed = DossierSchema.safeParse(json);
  if (!parsed.success) return parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
  return undeclared(json, parsed.data, "");
}

function undeclared(raw: unknown, kept: unknown, at: string): string[] {
  if (Array.isArray(raw) && Array.isArray(kept))
    return raw.flatMap((x, i) => undeclared(x, kept[i], `${at}.${i}`));
  if (raw && typeof raw === "object" && kept && typeof kept === "object") {
    return Object.entries(raw).flatMap(([k, v]) =>
      k in kept
        ? undeclared(v, (kept as Record<string, unknown>)[k], `${at}.${k}`)
        : [`${at}.${k}: not in the schema`],
    );
  }
  return [];
}

function analyzeFolder(dir: string): Dossier {
  const ctx = makeContext();
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort();
  return buildDossier(
    files.map((f) =>
      analyzeArticle({ source: f, raw: readFileSync(join(dir, f), "utf8"), format: "text", hints: {} }, ctx),
    ),
  );
}

const EXAMPLE = join(import.meta.dirname, "../../examples/kim-putin-2023");
const SEEDS = join(import.meta.dirname, "../../../shared/seeds");

describe("dossier contract", () => {
  it("holds for the bundled example's dossier", () => {
    const dossier = analyzeFolder(EXAMPLE);
    expect(dossier.articles.length).toBe(5);
    expect(violations(dossier)).toEqual([]);
  });

  const seeds = existsSync(SEEDS);
  it.skipIf(!seeds)(`holds for the seeds' dossier${seeds ? "" : " (skipped: no ../shared/seeds)"}`, () => {
    expect(violations(analyzeFolder(SEEDS))).toEqual([]);
  });

  it("holds for the API's test fixture", () => {
    expect(violations(fixtureDossier())).toEqual([]);
  });

  const good = (): Record<string, unknown> => JSON.parse(JSON.stringify(fixtureDossier()));
  it.each<[string, (d: Record<string, unknown>) => void, RegExp]>([
    ["a missing section", (d) => delete d.claims, /^claims: /],
    ["another schema tag", (d) => (d.schema = "kabar.dossier/2"), /^schema: /],
    [
      "an unknown entity type",
      (d) => ((d.entities as { type: string }[])[0]!.type = "thing"),
      /^entities\.0\.type: /,
    ],
    [
      "a fractional offset",
      (d) => ((d.quotes as { start: number }[])[0]!.start = 1.5),
      /^quotes\.0\.start: /,
    ],
    [
      "a null where a list belongs",
      (d) => ((d.articles as { authors: unknown }[])[0]!.authors = null),
      /^articles\.0\.authors: /,
    ],
    [
      "an undeclared field",
      (d) => ((d.claims as { votes?: number }[])[0]!.votes = 3),
      /^\.claims\.0\.votes: not in the schema$/,
    ],
  ])("fails on %s", (_, breakIt, expected) => {
    const d = good();
    breakIt(d);
    const found = violations(d);
    expect(found.length).toBeGreaterThan(0);
    expect(found[0]).toMatch(expected);
  });
});
