import { describe, expect, it } from "vitest";
import { layer } from "../../core/doc/document.js";
import { makeContext } from "../../lang/context.js";
import { segmentedDoc } from "../segment/testing.js";
import { claimsStage } from "./index.js";

const claimsOf = (text: string, lang: string) =>
  layer(claimsStage.run(segmentedDoc(text, lang), makeContext()), "claims");

describe("modality", () => {
  it.each([
    ["id", "Presiden akan mengunjungi lokasi gempa di Cianjur besok.", "planned"],
    ["id", "Tim SAR belum menemukan kotak hitam pesawat itu.", "negated"],
    ["id", "Korban tewas diperkirakan mencapai ratusan orang di Cianjur.", "hedged"],
    ["id", "Gempa berkekuatan 5,6 mengguncang Cianjur pada Senin siang.", "asserted"],
    ["en", "The president will visit the quake zone in Cianjur on Tuesday.", "planned"],
    ["en", "Rescuers have not found the flight recorders of the plane.", "negated"],
    ["en", "The death toll could rise as rescuers reach remote villages.", "hedged"],
    ["en", "A magnitude 5.6 earthquake struck Cianjur on Monday afternoon.", "asserted"],
  ])("%s: %s → %s", (lang, text, modality) => {
    expect(claimsOf(text, lang).map((c) => c.modality)).toEqual([modality]);
  });
});

describe("what is not a claim", () => {
  it.each([
    ["id", "“Kami terus mencari korban,” kata Kepala Basarnas Henri Alfiandi di Cianjur."],
    ["en", "“We keep searching,” said the head of the search agency in Cianjur."],
  ])("%s: the tail of a quote the segmenter cut off names a speaker, not a fact", (lang, text) => {
    const tail = text.slice(text.indexOf("”") + 2);
    expect(claimsOf(tail, lang)).toEqual([]);
  });

  it("gives bilingual concept ids, so the same event reads the same in both languages", () => {
    const id = claimsOf("Kedua pemimpin bertemu di Vladivostok pada Rabu pagi.", "id")[0]!;
    const en = claimsOf("The two leaders met in Vladivostok on Wednesday morning.", "en")[0]!;
    expect(id.concepts?.some((c) => en.concepts?.includes(c))).toBe(true);
  });
});
