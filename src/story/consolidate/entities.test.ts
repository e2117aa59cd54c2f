import { describe, expect, it, vi } from "vitest";
import { entityDoc } from "../../stages/entities/testing.js";
import { resolveEntities } from "./entities.js";
import type { Story } from "./story.js";

// The trained tagger changes as it is retrained; these tests pin the stage's own rules, so the
// tagger is replaced by one that knows only the people of these tests (a title cue needs the
// tagger to read part of the name as a person) and what a test asks for.
const fake = vi.hoisted(() => ({
  tags: new Map<string, string>(),
  people: new Set(["Kim", "Jong", "Un", "Jong-un", "Taewoo", "Prabowo", "Subianto", "Joko", "Widodo"]),
}));
vi.mock("../../stages/entities/tagger/index.js", async () => {
  const { fakeTagTokens } = await import("../../stages/entities/fake-tagger.js");
  return { tagTokens: (tokens: readonly string[]) => fakeTagTokens(tokens, fake) };
});

function story(...texts: [string, string][]): Story {
  return {
    articles: texts.map(([text, lang], n) => ({ key: `a${n + 1}`, doc: entityDoc(text, lang, `t${n}`) })),
  };
}

describe("resolveEntities", () => {
  it("keeps a different person who shares a name part apart", () => {
    const index = resolveEntities(
      story(
        ["Pemimpin Korea Utara Kim Jong Un tiba di Rusia. Kim disambut pejabat setempat.", "id"],
        [
          'Kim Jong-un bertemu Presiden Rusia. "Ini penting," kata Kim Taewoo, mantan kepala lembaga riset di Seoul.',
          "id",
        ],
      ),
    );
    const kju = index.byName("Kim Jong Un");
    const ktw = index.byName("Kim Taewoo");
    expect(kju).toBeDefined();
    expect(ktw).toBeDefined();
    expect(kju?.id).not.toBe(ktw?.id);
    expect(kju?.aliases).toContain("Kim Jong-un");
    expect(kju?.aliases).toContain("Kim");
    expect(ktw?.aliases ?? []).not.toContain("Kim Jong Un");
    expect(new Set(kju?.mentions.map((m) => m.article))).toEqual(new Set(["a1", "a2"]));
  });

  it.each([
    ["Moskwa", "Moscow"],
    ["Moskow", "Moscow"],
    ["Tiongkok", "China"],
    ["Korsel", "South Korea"],
  ])("resolves %s and its English form to one place (%s)", (local, english) => {
    const index = resolveEntities(
      story(
        [`Delegasi itu terbang ke ${local} pada Senin.`, "id"],
        [`The delegation flew to ${english} on Monday.`, "en"],
      ),
    );
    const e = index.byName(local);
    expect(e?.name).toBe(english);
    expect(e?.type).toBe("place");
    expect(e?.mentions.map((m) => m.article)).toEqual(["a1", "a2"]);
  });

  it("joins a lone surname in an article that never names the person in full", () => {
    const index = resolveEntities(
      story(
        ["Presiden Prabowo Subianto tiba di Bali pada Senin.", "id"],
        ["Rapat kabinet dipimpin Prabowo di Istana.", "id"],
      ),
    );
    const e = index.byName("Prabowo Subianto");
    expect(e?.mentions.map((m) => m.article)).toEqual(["a1", "a2"]);
    expect(index.entities.filter((x) => x.name === "Prabowo")).toEqual([]);
  });

  it("joins an acronym to the name whose initials it spells, across languages", () => {
    const index = resolveEntities(
      story(
        ["Komisi itu bekerja sama dengan National Election Commission (NEC) Korea Selatan.", "id"],
        ["Officials at the NEC said turnout was high.", "en"],
      ),
    );
    const e = index.byName("NEC");
    expect(e?.name).toBe("National Election Commission");
    expect(e?.type).toBe("organization");
    expect(new Set(e?.mentions.map((m) => m.article))).toEqual(new Set(["a1", "a2"]));
  });

  it("types a listed organisation and event as such and numbers entities e1…", () => {
    const index = resolveEntities(
      story(
        ["Juru bicara Kremlin berbicara di Forum Ekonomi Timur.", "id"],
        ["The Kremlin spoke at the Eastern Economic Forum.", "en"],
      ),
    );
    expect(index.byName("Kremlin")?.type).toBe("organization");
    expect(index.byName("Forum Ekonomi Timur")?.name).toBe("Eastern Economic Forum");
    expect(index.byName("Eastern Economic Forum")?.type).toBe("event");
    expect(index.entities.map((e) => e.id)).toEqual(index.entities.map((_, n) => `e${n + 1}`));
  });

  it("finds the entity at a mention's offsets and at a span that covers it", () => {
    const s = story(["Juru bicara Kremlin Dmitry Peskov menolak berkomentar.", "id"]);
    const index = resolveEntities(s);
    const peskov = index.byName("Peskov") ?? index.byName("Dmitry Peskov");
    const m = peskov?.mentions[0];
    expect(m && index.at("a1", m.start, m.end)?.id).toBe(peskov?.id);
    expect(index.at("a1", 0, m?.end ?? 0)?.id).toBe(peskov?.id);
    expect(index.at("a1", 40, 45)).toBeUndefined();
  });

  it("carries a form one article defines to the articles that use it alone", () => {
    fake.tags.set("Jokowi", "B-person");
    const index = resolveEntities(
      story(
        ["Presiden Joko Widodo (Jokowi) menerima tamu di Istana Bogor.", "id"],
        ["Setelah rapat, Jokowi berbicara kepada wartawan.", "id"],
      ),
    );
    fake.tags.clear();
    const e = index.byName("Jokowi");
    expect(e?.name).toBe("Joko Widodo");
    expect(e?.mentions.map((m) => m.article)).toEqual(["a1", "a1", "a2"]);
  });

  it("joins a full name written with and without middle initials", () => {
    const index = resolveEntities(
      story(
        ["Menlu Retno LP Marsudi tiba di Jakarta.", "id"],
        ["Menteri Luar Negeri Retno Marsudi memberi keterangan.", "id"],
      ),
    );
    expect(index.byName("Retno Marsudi")?.id).toBe(index.byName("Retno LP Marsudi")?.id);
  });

  it("makes nothing of a story without names", () => {
    const index = resolveEntities(story(["Namun, harga beras naik lagi pekan ini.", "id"]));
    expect(index.entities).toEqual([]);
  });

  it("gives an entity one type, voted by all its mentions and their contexts", () => {
    // The tagger reads "Sabuga" as a person each time; three "di Sabuga" outvote it.
    fake.tags.set("Sabuga", "B-person");
    const index = resolveEntities(
      story(
        ["Acara digelar di Sabuga pada Minggu.", "id"],
        ["Peserta berkumpul di Sabuga sejak pagi.", "id"],
        ["Panitia menata kursi di Sabuga. Sabuga ramai sekali.", "id"],
      ),
    );
    fake.tags.clear();
    const e = index.byName("Sabuga");
    expect(e?.type).toBe("place");
    expect(e?.mentions).toHaveLength(4);
  });

  it("lets the outlet directory outvote the tagger's reading of an outlet as a person", () => {
    fake.tags.set("Al", "B-person");
    fake.tags.set("Jazeera", "I-person");
    const index = resolveEntities(
      story(
        ["Laporan itu disiarkan Al Jazeera pada Senin.", "id"],
        ["Al Jazeera said the talks had failed.", "en"],
      ),
    );
    fake.tags.clear();
    expect(index.byName("Al Jazeera")?.type).toBe("organization");
  });

  it("keeps a bracketed short form as an alias and finds it alone in another article", () => {
    for (const [word, tag] of [
      ["Bursa", "B-organization"],
      ["Efek", "I-organization"],
      ["Indonesia", "I-organization"],
    ])
      fake.tags.set(word!, tag!);
    const index = resolveEntities(
      story(
        ["Bursa Efek Indonesia (BEI) membuka sekolah pasar modal di Medan.", "id"],
        ["Menurut BEI, jumlah investor naik.", "id"],
      ),
    );
    fake.tags.clear();
    const e = index.byName("BEI");
    expect(e?.name).toBe("Bursa Efek Indonesia");
    expect(e?.aliases).toContain("BEI");
    expect(e?.aliases).not.toContain("Bursa Efek Indonesia (BEI)");
    expect(e?.mentions.map((m) => m.article)).toEqual(["a1", "a2"]);
  });
});
