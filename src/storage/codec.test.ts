import { describe, expect, it } from "vitest";
import { docFromRaw } from "../core/doc/document.js";
import { decodeDoc, encodeDoc } from "./codec.js";

const doc = Object.freeze({
  ...docFromRaw({ source: "a.txt", raw: "Halo dunia.", format: "text", hints: {} }, "id1"),
  stages: Object.freeze({ clean: "2.0.0", langid: "1.1.0" }),
});
const decode = (json: string) => decodeDoc(doc.id, doc.source, doc.raw, doc.text, json);

describe("codec: stage versions", () => {
  it("keeps {stage: version} through a round trip", () => {
    expect(decode(encodeDoc(doc)).stages).toEqual({ clean: "2.0.0", langid: "1.1.0" });
  });

  it("reads a document stored before versions were recorded as having none", () => {
    const { stages: _stages, ...old } = JSON.parse(encodeDoc(doc)) as Record<string, unknown>;
    expect(decode(JSON.stringify(old)).stages).toEqual({});
  });
});
