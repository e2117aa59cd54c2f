import { describe, expect, it } from "vitest";
import { isDomainError } from "../../../core/errors.js";
import { FEATURES } from "./features.js";
import { alignModel, assertKnownFeatures } from "./model.js";

describe("the claims-align model file", () => {
  it("names only features this build computes", () => {
    expect(() => assertKnownFeatures(alignModel().features, "model.json")).not.toThrow();
  });

  it("is refused with a rebuild hint when it names a feature this build lacks", () => {
    let caught: unknown;
    try {
      assertKnownFeatures([FEATURES[0], "fromTheFuture"], "models/claims-align/model.json");
    } catch (err) {
      caught = err;
    }
    expect(isDomainError(caught, "E_MODEL_MISMATCH")).toBe(true);
    expect(String((caught as Error).message)).toMatch(/fromTheFuture.*npm run build/);
  });
});
