import { describe, expect, it } from "vitest";
import { defaultPacks } from "../../lang/registry.js";
import { contextWords, type TypeEvidence, voteType as voteWith } from "./type-vote.js";

const voteType = (evidence: readonly TypeEvidence[]) => voteWith(evidence, defaultPacks);

const ev = (
  type: TypeEvidence["type"],
  rule: string,
  before = "",
  after = "",
  language = "id",
): TypeEvidence => ({
  type,
  rule,
  before,
  after,
  language,
});

describe("voteType", () => {
  it("lets the directory outvote several tagger readings", () => {
    const votes = [
      ev("person", "entities/tagger"),
      ev("place", "entities/tagger"),
      ev("organization", "entities/directory"),
    ];
    expect(voteType(votes)).toBe("organization");
  });

  it("counts a place preposition before a mention as evidence for a place", () => {
    // Two tagger readings as a person, two "di X" readings as a place: the context decides.
    const votes = [
      ev("person", "entities/tagger"),
      ev("person", "entities/tagger"),
      ev("place", "entities/tagger", "di"),
      ev("place", "entities/tagger", "ke"),
    ];
    expect(voteType(votes)).toBe("place");
    // One "di X" against three person readings is not enough.
    expect(voteType([ev("person", "entities/tagger"), ...votes.slice(0, 3)])).toBe("person");
  });

  it("reads a place that speaks as the state, an organisation", () => {
    const votes = [
      ev("place", "entities/tagger", "kata"),
      ev("organization", "entities/tagger", "", "said", "en"),
    ];
    expect(voteType(votes)).toBe("organization");
  });

  it("breaks a tie by the most trusted mention", () => {
    expect(voteType([ev("person", "entities/tagger"), ev("place", "entities/tagger")])).toBe("person");
    expect(voteType([ev("person", "entities/tagger"), ev("place", "entities/gazetteer-city")])).toBe("place");
  });
});

describe("contextWords", () => {
  it("gives the lower-cased words around a span, across a comma or quote", () => {
    const text = 'Mereka tiba di Jakarta, kata "Putin" Senin.';
    const at = text.indexOf("Jakarta");
    expect(contextWords(text, at, at + 7)).toEqual({ before: "di", after: "kata" });
    const p = text.indexOf("Putin");
    expect(contextWords(text, p, p + 5)).toEqual({ before: "kata", after: "senin" });
    expect(contextWords("Jakarta", 0, 7)).toEqual({ before: "", after: "" });
  });
});
