import { describe, expect, it, vi } from "vitest";
import { mentionAt, mentionsOf } from "./testing.js";

// The trained tagger changes as it is retrained; these tests pin the stage's own rules, so the
// tagger is replaced by one that knows only the people of these tests (a title cue needs the
// tagger to read part of the name as a person) and what a test asks for.
const fake = vi.hoisted(() => ({
  tags: new Map<string, string>(),
  people: new Set([
    "Joe",
    "Biden",
    "Retno",
    "Marsudi",
    "Anthony",
    "Albanese",
    "Vladimir",
    "Putin",
    "Brian",
    "Cole",
    "Maria",
    "Lopez",
  ]),
}));
vi.mock("./tagger/index.js", async () => {
  const { fakeTagTokens } = await import("./fake-tagger.js");
  return { tagTokens: (tokens: readonly string[]) => fakeTagTokens(tokens, fake) };
});

describe("entities (English)", () => {
  it.each([
    ["Officials in the U.S. denied the report.", "U.S.", "place", "United States"],
    // A country opening a clause before a verb of acting is the state, an organisation; "in the
    // U.S." is a place, and so is one English gives no such verb to.
    ["The US will resume talks with China.", "US", "organization", "United States"],
    ["The US and China resumed talks.", "US", "place", "United States"],
    ["Ministers met at the European Union headquarters.", "European Union", "organization", "European Union"],
    [
      "A spokesman for the State Department declined to comment.",
      "State Department",
      "organization",
      "US Department of State",
    ],
    ["The Kremlin did not respond.", "Kremlin", "organization", "Kremlin"],
    [
      "Leaders gathered for the World Economic Forum in Davos.",
      "World Economic Forum",
      "event",
      "World Economic Forum",
    ],
    ["Aid trucks entered Gaza on Sunday.", "Gaza", "place", "Gaza"],
    [
      "The rocket lifted off from the Baikonur Cosmodrome at dawn.",
      "Baikonur Cosmodrome",
      "place",
      "Baikonur Cosmodrome",
    ],
    ["The report was published by Reuters.", "Reuters", "organization", "Reuters"],
    ["Flights to Jakarta were cancelled.", "Jakarta", "place", "Jakarta"],
  ])("%s → %s", (text, surface, type, canonical) => {
    const m = mentionAt(mentionsOf(text, "en"), surface);
    expect(m, surface).toBeDefined();
    expect(m?.type).toBe(type);
    expect(m?.canonical).toBe(canonical);
  });

  it.each([
    ["President Joe Biden met reporters on Monday.", "Joe Biden", "President"],
    ["Foreign Minister Retno Marsudi said ASEAN would meet in Jakarta.", "Retno Marsudi", "Foreign Minister"],
    ["Prime Minister Anthony Albanese arrived late.", "Anthony Albanese", "Prime Minister"],
    ["Lt. Gen. Brian Cole inspected the troops.", "Brian Cole", "Lt. Gen."],
    ["Police Chief Maria Lopez said the road was closed.", "Maria Lopez", "Police Chief"],
    ["The plan was drafted by Maria Santos, a professor at the university.", "Maria Santos", "professor"],
  ])("%s → person %s with role %s", (text, name, role) => {
    const m = mentionAt(mentionsOf(text, "en"), name);
    expect(m?.type).toBe("person");
    expect(m?.canonical).toBe(name);
    expect(m?.role).toBe(role);
  });

  it("joins a surname and its possessive to the full name", () => {
    const ms = mentionsOf("Foreign Minister Retno Marsudi arrived. Marsudi's visit lasted two days.", "en");
    const lone = ms.find((m) => m.text === "Marsudi");
    expect(lone?.canonical).toBe("Retno Marsudi");
  });

  it("gives a defined acronym the long name's canonical", () => {
    const ms = mentionsOf(
      "The National Election Commission (NEC) said the vote was fair. The NEC will publish results.",
      "en",
    );
    const forms = ms.filter((m) => m.text.endsWith("NEC") || m.text.endsWith("(NEC)"));
    expect(forms.map((m) => m.text)).toEqual(["National Election Commission (NEC)", "NEC"]);
    for (const f of forms) expect(f.canonical).toBe("National Election Commission");
  });

  it("joins a long name with connectors when the short form spells its initials", () => {
    const ms = mentionsOf(
      "The Organisation for Economic Co-operation and Development (OECD) cut its forecast.",
      "en",
    );
    const long = ms.find((m) => m.text === "Organisation for Economic Co-operation and Development (OECD)");
    expect(long?.type).toBe("organization");
    expect(long?.canonical).toBe("Organisation for Economic Co-operation and Development");
  });

  it("reads a one-word listed city written as two words", () => {
    const ms = mentionsOf("The plane was bound for Pangkal Pinang on Bangka island.", "en");
    const city = mentionAt(ms, "Pangkal Pinang");
    expect(city?.type).toBe("place");
    expect(city?.canonical).toBe("Pangkalpinang");
  });

  it("does not take a city inside a person's name for the city", () => {
    const ms = mentionsOf("President Vladimir Putin spoke for an hour.", "en");
    expect(ms.find((m) => m.type === "place")).toBeUndefined();
    expect(mentionAt(ms, "Vladimir Putin")?.type).toBe("person");
  });

  it.each([
    ["As the rain fell, us officials waited outside."],
    ["However, the plan was dropped."],
    ["Nice weather is expected on the coast."],
    ["It was a quiet day for the markets."],
  ])("finds nothing in %s", (text) => {
    expect(mentionsOf(text, "en")).toEqual([]);
  });
});

describe("entities from the tagger", () => {
  it("turns tagged spans into mentions and trims what is not a name", () => {
    fakeTagsFor({ Meanwhile: "B-person", Maria: "I-person", Santos: "I-person" });
    const ms = mentionsOf("Meanwhile Maria Santos left early, the editor said.", "en");
    expect(ms.map((m) => m.text)).toEqual(["Maria Santos"]);
    expect(ms[0]?.rule).toBe("entities/tagger");
  });

  it("drops a tagged nationality adjective", () => {
    fakeTagsFor({ Israeli: "B-place" });
    expect(mentionsOf("Witnesses said Israeli troops withdrew.", "en")).toEqual([]);
  });

  it("prefers a listed name over the tagger's type at the same span", () => {
    fakeTagsFor({ Gaza: "B-person" });
    const ms = mentionsOf("Aid reached Gaza on Sunday.", "en");
    expect(ms.map((m) => [m.text, m.type])).toEqual([["Gaza", "place"]]);
  });
});

describe("entities: demonyms, countries acting, the directory", () => {
  it.each([
    ["Russian officials said the talks were over.", "Russian", { Russian: "B-place" }],
    ["The North Korean leader arrived by train.", "North Korean", { North: "B-place", Korean: "I-place" }],
    ["North Korean said the talks were over.", "North Korean", { North: "B-person", Korean: "I-person" }],
  ])("takes a demonym for an adjective, no entity and no speaker: %s", (text, demonym, tags) => {
    fakeTagsFor(tags);
    expect(mentionsOf(text, "en").find((m) => m.text === demonym)).toBeUndefined();
  });

  it("types a country acting as the state an organisation, and one after a preposition a place", () => {
    fakeTagsFor({ China: "B-place" });
    const ms = mentionsOf("China will present the plan. Flights to China resumed.", "en");
    expect(ms.filter((m) => m.text === "China").map((m) => m.type)).toEqual(["organization", "place"]);
  });

  it("types an outlet of the directory as an organisation where the tagger reads a person", () => {
    fakeTagsFor({ Al: "B-person", Jazeera: "I-person" });
    const ms = mentionsOf("The footage was aired by Al Jazeera on Monday.", "en");
    expect(ms.map((m) => [m.text, m.type])).toEqual([["Al Jazeera", "organization"]]);
  });
});

function fakeTagsFor(tags: Record<string, string>): void {
  fake.tags.clear();
  for (const [k, v] of Object.entries(tags)) fake.tags.set(k, v);
}
