import { describe, expect, it } from "vitest";
import { nameTokens, words } from "./features.js";
import { type ClusterInput, clusterArticles, OnlineClusterer } from "./index.js";

const a = (
  id: string,
  title: string,
  text: string,
  language: string,
  published: string | null,
  entities?: string[],
): ClusterInput => ({ id, title, text, language, published, ...(entities ? { entities } : {}) });

const FLOOD_ID = a(
  "f1",
  "Banjir rendam ratusan rumah di Kabupaten Bandung",
  "Banjir merendam ratusan rumah warga di Kecamatan Dayeuhkolot, Kabupaten Bandung, Jawa Barat, setelah hujan deras mengguyur sejak Senin malam. BPBD Kabupaten Bandung mengevakuasi warga ke posko pengungsian.",
  "id",
  "2024-03-05",
);
const FLOOD_ID2 = a(
  "f2",
  "Ribuan warga Dayeuhkolot mengungsi akibat banjir",
  "Ribuan warga Dayeuhkolot, Kabupaten Bandung, mengungsi karena banjir setinggi dua meter. BPBD Kabupaten Bandung mencatat ratusan rumah terendam dan posko pengungsian didirikan.",
  "id",
  "2024-03-06",
);
const FLOOD_EN = a(
  "f3",
  "Floods force thousands from homes in Bandung regency",
  "Floods in Dayeuhkolot, Bandung Regency, West Java, forced thousands of residents to evacuate after heavy rain, the Bandung BPBD disaster agency said.",
  "en",
  "2024-03-06",
);
const FOOTBALL = a(
  "g1",
  "Persib kalahkan Persija 2-1 di Stadion Gelora Bandung Lautan Api",
  "Persib Bandung mengalahkan Persija Jakarta dengan skor 2-1 dalam lanjutan Liga 1. Gol kemenangan dicetak pada menit akhir pertandingan.",
  "id",
  "2024-03-06",
);
const ELECTION_EN = a(
  "e1",
  "Electoral commission announces final vote count",
  "The General Elections Commission (KPU) announced the final national vote count on Wednesday in Jakarta, with turnout above 80 percent.",
  "en",
  "2024-03-20",
);

describe("clusterArticles", () => {
  it.each([
    ["same event, same language", [FLOOD_ID, FLOOD_ID2], [["f1", "f2"]]],
    ["same event across languages", [FLOOD_ID, FLOOD_ID2, FLOOD_EN], [["f1", "f2", "f3"]]],
    ["different events sharing a place name must not merge", [FLOOD_ID, FOOTBALL], [["f1"], ["g1"]]],
    ["unrelated events must not merge", [FLOOD_EN, ELECTION_EN], [["f3"], ["e1"]]],
  ])("%s", (_name, inputs, groups) => {
    const map = clusterArticles(inputs);
    expect(map.size).toBe(inputs.length);
    for (const group of groups) {
      const stories = new Set(group.map((id) => map.get(id)));
      expect(stories.size).toBe(1);
    }
    const all = new Set(groups.map((g) => map.get(g[0]!)));
    expect(all.size).toBe(groups.length);
  });

  it("is deterministic and one pass in the given order", () => {
    const inputs = [FLOOD_ID, FOOTBALL, FLOOD_ID2, ELECTION_EN, FLOOD_EN];
    expect([...clusterArticles(inputs)]).toEqual([...clusterArticles(inputs)]);
  });

  it("time decay keeps the same wording weeks apart out of one story", () => {
    const later = { ...FLOOD_ID2, id: "f9", published: "2024-06-20" };
    const map = clusterArticles([FLOOD_ID, later]);
    expect(map.get("f1")).not.toBe(map.get("f9"));
  });

  it("restore rebuilds the state so later articles join restored stories", () => {
    const c = new OnlineClusterer();
    c.restore(FLOOD_ID, "s-stored");
    expect(c.add(FLOOD_ID2).storyId).toBe("s-stored");
    expect(c.add(FOOTBALL).created).toBe(true);
  });
});

describe("features", () => {
  it.each([
    ["drops function words", "Yang dan di the of banjir", ["banjir"]],
    ["keeps years, drops short numbers", "pada 2024 ada 12 korban", ["2024", "korban"]],
    ["must find nothing in function words only", "yang dan di ke dari the of and", []],
  ])("words: %s", (_n, text, expected) => {
    expect(words(text)).toEqual(expected);
  });

  it.each([
    ["names inside a sentence", "Menurut Joko Widodo, banjir surut.", ["joko", "widodo"]],
    [
      "a sentence's first word is no name when the text also writes it in lower case",
      "Banjir surut. Hujan reda, banjir hilang, hujan berhenti.",
      [],
    ],
    [
      "an acronym opening a sentence stays",
      "BPBD Kabupaten Bandung siaga.",
      ["bpbd", "kabupaten", "bandung"],
    ],
  ])("nameTokens: %s", (_n, text, expected) => {
    expect(nameTokens(text)).toEqual(expected);
  });
});
