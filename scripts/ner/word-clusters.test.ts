import { describe, expect, it } from "vitest";
import { exchangeClusters } from "./word-clusters.js";

// Places follow "di" / "ke"; people follow "kata" / "ujar": the two groups share no context.
const places = ["jakarta", "bandung", "surabaya", "medan"];
const people = ["budi", "ani", "siti", "joko"];
const corpus: string[][] = [];
for (const p of places) for (const prep of ["di", "ke"]) corpus.push(["warga", prep, p, "."]);
for (const n of people) for (const verb of ["kata", "ujar"]) corpus.push(["itu", verb, n, ","]);

describe("exchangeClusters", () => {
  it("puts words that share contexts in one class and keeps the groups apart", () => {
    const classes = exchangeClusters(corpus, { classes: 6, minCount: 2, passes: 10 });
    const placeClasses = new Set(places.map((w) => classes.get(w)));
    const personClasses = new Set(people.map((w) => classes.get(w)));
    expect(placeClasses.size).toBe(1);
    expect(personClasses.size).toBe(1);
    expect([...placeClasses][0]).not.toBe([...personClasses][0]);
  });

  it("leaves out words rarer than minCount, lower-cases, and is deterministic", () => {
    const text = [...corpus, ["Sekali", "di", "Jakarta", "."]];
    const a = exchangeClusters(text, { classes: 6, minCount: 2, passes: 10 });
    const b = exchangeClusters(text, { classes: 6, minCount: 2, passes: 10 });
    expect(a.has("sekali")).toBe(false);
    expect(a.has("Jakarta")).toBe(false);
    expect(a.get("jakarta")).toBeDefined();
    expect([...a]).toEqual([...b]);
  });

  it("returns nothing for an empty corpus", () => {
    expect(exchangeClusters([], { classes: 4, minCount: 1, passes: 3 }).size).toBe(0);
  });
});
