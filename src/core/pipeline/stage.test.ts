import { describe, expect, it } from "vitest";
import { isDomainError } from "../errors.js";
import { buildPipeline, type Stage } from "./stage.js";

const stage = (name: string, requires: Stage["requires"], assigns: Stage["assigns"]): Stage => ({
  name,
  version: "1",
  requires,
  assigns,
  run: (doc) => doc,
});

describe("buildPipeline", () => {
  it("accepts stages whose requirements are assigned earlier", () => {
    const pipeline = buildPipeline([
      stage("clean", [], ["clean"]),
      stage("segment", ["clean"], ["sentences"]),
    ]);
    expect(pipeline.stages.map((s) => s.name)).toEqual(["clean", "segment"]);
  });

  it("refuses a stage that runs before what it requires, naming both", () => {
    let caught: unknown;
    try {
      buildPipeline([stage("segment", ["clean"], ["sentences"]), stage("clean", [], ["clean"])]);
    } catch (err) {
      caught = err;
    }
    expect(isDomainError(caught, "E_PIPELINE_MISSING_LAYER")).toBe(true);
    expect(String((caught as Error).message)).toContain("segment");
    expect(String((caught as Error).message)).toContain("clean");
  });

  it("refuses the same stage twice", () => {
    expect(() => buildPipeline([stage("clean", [], ["clean"]), stage("clean", [], ["clean"])])).toThrow(
      /twice/,
    );
  });
});
