import { describe, expect, it } from "vitest";
import { stemCandidates } from "./stem.js";

const shares = (a: string, b: string): boolean => {
  const sb = new Set(stemCandidates(b));
  return stemCandidates(a).some((s) => sb.has(s));
};

describe("stemCandidates", () => {
  it.each([
    ["bertemu", "pertemuan"],
    ["bertemu", "temu"],
    ["mengirim", "kiriman"],
    ["mengambil", "ambil"],
    ["menyerang", "serangan"],
    ["memukul", "pukulan"],
    ["menulis", "tulisan"],
    ["dibangun", "pembangunan"],
    ["keputusannya", "memutuskan"],
    ["makanan", "makan"],
    ["berlangsung", "langsung"],
    ["diumumkan", "pengumuman"],
  ])("%s and %s meet", (a, b) => {
    expect(shares(a, b)).toBe(true);
  });

  it.each([
    ["banjir", "gempa"],
    ["presiden", "menteri"],
    ["rumah", "sakit"],
  ])("%s and %s must not meet", (a, b) => {
    expect(shares(a, b)).toBe(false);
  });

  it.each([["dan"], ["2024"], ["ai"]])("short or non-alphabetic words stay whole: %s", (w) => {
    expect(stemCandidates(w)).toEqual([w]);
  });
});
