import { describe, expect, it } from "vitest";
import { looksLikeOutletName } from "./outlets.js";

describe("looksLikeOutletName", () => {
  it.each([
    // A media word last, in English and Indonesian mastheads.
    ["Bangkok Post", true],
    ["American Press", true],
    ["Fort Smith Times Record", true],
    ["Manila Bulletin", true],
    ["Philippine Daily Inquirer", true],
    ["YEMEN Press Agency", true],
    // A government agency is no outlet.
    ["National Disaster Management Agency", false],
    // Indonesian papers put the media word first.
    ["Kabar Jogja", true],
    ["Radar Malang", true],
    ["Suara Merdeka", true],
    ["Harian Haluan", true],
    ["Pos Kupang", true],
    // Section labels and prompts that open or close with a media word are not outlets.
    ["Pos Terkait", false],
    ["Kabar Terkini", false],
    ["Suara Pembaca", false],
    ["Kabar Daerah", false],
    ["Breaking News", false],
    ["Berita Terkini", false],
    // Names of people and places.
    ["Rina Ayu Larasati", false],
    ["Pematang Siantar", false],
  ])("%s → %s", (name, expected) => {
    expect(looksLikeOutletName(name)).toBe(expected);
  });
});
