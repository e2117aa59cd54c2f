import { describe, expect, it } from "vitest";
import { tagTokens } from "./index.js";

const words = (s: string): string[] => s.split(" ");

/** The spans a tagging yields, as "type:text". */
function found(text: string, lang: string): string[] {
  const tokens = words(text);
  const tags = tagTokens(tokens, lang);
  const out: string[] = [];
  tags.forEach((t, i) => {
    if (t.startsWith("B-")) out.push(`${t.slice(2)}:${tokens[i]}`);
    else if (t.startsWith("I-")) out[out.length - 1] += ` ${tokens[i]}`;
  });
  return out;
}

describe("tagTokens (shipped models)", () => {
  it.each([
    ["Presiden Joko Widodo meresmikan jalan tol di Semarang pada Senin .", "id", "person:Joko Widodo"],
    ["Menurut Joko Widodo , pembangunan itu selesai tahun depan .", "id", "person:Joko Widodo"],
    ["Anthony Albanese visited Jakarta on Tuesday .", "en", "person:Anthony Albanese"],
  ])("finds the person in %s", (text, lang, expected) => {
    expect(found(text, lang)).toContain(expected);
  });

  it.each([
    ["yang dan di ke dari untuk dengan itu ini .", "id"],
    ["dia sudah pergi ke sana karena itu yang terbaik .", "id"],
    ["and the of to in that it was for on .", "en"],
  ])("finds nothing in the all-lowercase function words %s", (text, lang) => {
    expect(found(text, lang)).toEqual([]);
  });

  it("returns one tag per token and [] for no tokens", () => {
    expect(tagTokens(words("Polisi menangkap dua orang ."), "id")).toHaveLength(5);
    expect(tagTokens([], "id")).toEqual([]);
  });
});
