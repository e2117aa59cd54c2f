import { describe, expect, it } from "vitest";
import { cleaned } from "./testing.js";

const PAGE = [
  "Skip to main content",
  "World",
  "Floods force thousands from their homes in southern Brazil",
  "By Maria Silva and John Carter",
  "May 6, 2024 at 9:15 a.m. EDT",
  "PORTO ALEGRE, Brazil (Reuters) - Floods in southern Brazil have forced more than 100,000 people from their homes, officials said on Monday.",
  "Rescue teams used boats to reach stranded families in the state capital. Photo: Reuters/Diego Vara",
  "Read more: How climate change is fuelling extreme rain",
  "The governor said the damage could take years to repair.",
  "Sign up for our newsletter https://example.com/newsletter",
  "Additional reporting by Ana Costa.",
].join("\n");

describe("clean (en)", () => {
  const doc = cleaned(PAGE);

  it.each([
    ["Skip to main content", "navigation"],
    ["World", "section-label"],
    ["Floods force thousands from their homes in southern Brazil", "title"],
    ["By Maria Silva and John Carter", "byline"],
    ["May 6, 2024 at 9:15 a.m. EDT", "date-stamp"],
    ["Read more: How climate change is fuelling extreme rain", "related-link"],
    ["Additional reporting by Ana Costa.", "contributors"],
  ])("drops %s as %s", (text, reason) => {
    expect(doc.removed.find((r) => r.text === text)?.reason).toBe(reason);
  });

  it("keeps the body", () => {
    expect(doc.text).toContain("Floods in southern Brazil have forced more than 100,000 people");
    expect(doc.text).toContain("The governor said the damage could take years to repair.");
    expect(doc.text).not.toContain("newsletter");
  });

  it("reads the metadata", () => {
    expect(doc.meta).toMatchObject({
      title: "Floods force thousands from their homes in southern Brazil",
      authors: ["Maria Silva", "John Carter"],
      contributors: ["Ana Costa"],
      published: { value: "2024-05-06T09:15-04:00", basis: "stated" },
      agencies: ["Reuters"],
    });
  });

  it("names the outlet from a known address when the text does not", () => {
    expect(
      cleaned("Storms hit the coast on Friday, officials said.", { url: "https://www.theguardian.com/x" })
        .meta.outlet,
    ).toBe("The Guardian");
  });

  // "told X" names whoever the source spoke to, often another outlet ("he told MetroTV" in a story
  // of The Hindu): no evidence of who published the story, so it names no outlet.
  it("does not take an outlet the source spoke to for the publisher", () => {
    expect(
      cleaned(
        "Floods cut the main road to the port on Monday. The regent said the water was receding, he told MetroTV.",
      ).meta.outlet,
    ).toBeNull();
  });

  it("prefers container metadata over text cues", () => {
    const doc2 = cleaned("Storms hit the coast on Friday, officials said, and power was cut to thousands.", {
      title: "Storms hit coast",
      outlet: "The Guardian",
    });
    expect(doc2.meta.title).toBe("Storms hit coast");
    expect(doc2.meta.outlet).toBe("The Guardian");
  });

  it.each([
    "He declined to comment on the report.",
    "By the end of the year, the bank expects inflation to ease to about 3 percent, its governor said on Tuesday.",
  ])("removes nothing from %s", (raw) => {
    expect(cleaned(raw).removed).toEqual([]);
  });
});
