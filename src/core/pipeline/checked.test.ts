import { describe, expect, it } from "vitest";
import { DEFAULT_OPTIONS, type RunContext, SILENT } from "../context.js";
import { docFromRaw, layer, withLayer } from "../doc/document.js";
import { isDomainError } from "../errors.js";
import { runChecked } from "./checked.js";
import { buildPipeline, runPipeline, type Stage } from "./stage.js";

const sentence = { start: 0, end: 5, text: "Halo.", rule: "test/sentence" };
const base = withLayer(
  withLayer(docFromRaw({ source: "t.txt", raw: "Halo.", format: "text", hints: {} }, "t"), "sentences", [
    sentence,
  ]),
  "tokens",
  [{ start: 0, end: 4, text: "Halo", rule: "word", ws: "" }],
);
// The probe stages read no language pack, and core may not import lang/ (the layer rules).
const ctx = { options: DEFAULT_OPTIONS, debug: SILENT } as unknown as RunContext;

const stage = (over: Partial<Stage>): Stage => ({
  name: "probe",
  version: "1",
  requires: ["sentences"],
  assigns: ["paragraphs"],
  run: (doc) => withLayer(doc, "paragraphs", [{ ...sentence, rule: "test/paragraph" }]),
  ...over,
});

const codeOf = (fn: () => unknown): string | null => {
  try {
    fn();
    return null;
  } catch (err) {
    return isDomainError(err) ? err.code : String(err);
  }
};

describe("runChecked", () => {
  it.each([
    ["a stage that keeps to its declaration", stage({}), null],
    [
      "reading a present layer not in requires",
      stage({
        run: (doc) =>
          withLayer(
            doc,
            "paragraphs",
            layer(doc, "tokens").map(() => sentence),
          ),
      }),
      "E_STAGE_UNDECLARED_LAYER",
    ],
    [
      "reading an absent layer not in requires",
      stage({
        run: (doc) =>
          withLayer(
            doc,
            "paragraphs",
            layer(doc, "dates").map(() => sentence),
          ),
      }),
      "E_STAGE_UNDECLARED_LAYER",
    ],
    [
      "writing a layer not in assigns",
      stage({ run: (doc) => withLayer(withLayer(doc, "paragraphs", []), "quotes", []) }),
      "E_STAGE_UNDECLARED_WRITE",
    ],
    ["declaring a layer it never assigns", stage({ run: (doc) => doc }), "E_STAGE_UNASSIGNED"],
    [
      "declaring a pseudo-layer it never marks",
      stage({ assigns: ["language"], run: (doc) => doc }),
      "E_STAGE_UNASSIGNED",
    ],
  ])("%s", (_what, probe, code) => {
    expect(codeOf(() => runChecked(probe, base, ctx))).toBe(code);
  });

  it("names the stage and the layer in the message", () => {
    const probe = stage({
      name: "quotes",
      run: (doc) => withLayer(doc, "paragraphs", [...layer(doc, "dates")] as never),
    });
    expect(() => runChecked(probe, base, ctx)).toThrow("stage 'quotes' reads layer 'dates'");
  });

  it("gives back the layers the stage could not see", () => {
    const out = runChecked(stage({}), base, ctx);
    expect(Object.keys(out.layers).sort()).toEqual(["paragraphs", "sentences", "tokens"]);
    expect(out.layers.tokens).toBe(base.layers.tokens);
  });
});

describe("runPipeline", () => {
  it("records the version of every stage that ran", () => {
    const a = stage({ name: "a", version: "2.1.0", requires: [] });
    const b = stage({
      name: "b",
      version: "0.3.0",
      requires: ["paragraphs"],
      assigns: [],
      run: (doc) => doc,
    });
    const out = runPipeline(buildPipeline([a, b]), base, ctx, runChecked);
    expect(out.stages).toEqual({ a: "2.1.0", b: "0.3.0" });
    expect(base.stages).toEqual({});
  });
});
