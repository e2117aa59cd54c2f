import { describe, expect, it } from "vitest";
import { defaultPacks } from "../../lang/registry.js";
import { detectLanguage } from "./detect.js";

describe("detectLanguage", () => {
  it.each([
    [
      "id",
      "Presiden Joko Widodo meninjau lokasi banjir di Semarang pada Kamis dan berjanji bahwa bantuan akan segera disalurkan kepada warga.",
    ],
    ["id", "Ia mengatakan jumlah korban masih bisa bertambah karena tim SAR belum selesai mencari."],
    [
      "en",
      "The president visited the flooded city on Thursday and said that aid would reach residents within days.",
    ],
    [
      "ms",
      "Polis berkata mangsa dikejarkan ke hospital selepas kemalangan yang melibatkan sebuah kenderaan.",
    ],
    [
      "fr",
      "Le président a visité la ville inondée jeudi et a promis une aide rapide aux habitants sinistrés de la région.",
    ],
    [
      "de",
      "Der Präsident besuchte am Donnerstag die überflutete Stadt und versprach den Bewohnern schnelle Hilfe.",
    ],
  ])("%s: %s", (code, text) => {
    expect(detectLanguage(text, defaultPacks)).toBe(code);
  });

  it.each(["", "12 34", "OK"])("says nothing about %j", (text) => {
    expect(detectLanguage(text, defaultPacks)).toBeNull();
  });
});
