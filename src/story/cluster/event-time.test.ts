import { describe, expect, it } from "vitest";
import { articleTime, eventTimes } from "./event-time.js";

const day = (iso: string) => Date.parse(`${iso}T12:00:00Z`);

describe("eventTimes", () => {
  it("reads a full date in a language without a pack, even with no publication date", () => {
    const t = eventTimes(
      "Un terremoto de magnitud 7,7 sacudió el viernes 28 de marzo de 2025 Mandalay.",
      "es",
      null,
    );
    expect(t).toEqual([day("2025-03-28")]);
  });

  it("ignores a date without its year when there is no publication date to place it", () => {
    expect(eventTimes("Le séisme a frappé le lundi 6 février, selon l'AFAD.", "fr", null)).toEqual([]);
    expect(eventTimes("La reina murió este jueves en Balmoral.", "es", null)).toEqual([]);
  });

  it("places a yearless date against the publication day, and drops dates after it", () => {
    expect(eventTimes("Le séisme a frappé le lundi 6 février.", "fr", "2023-02-07")).toEqual([
      day("2023-02-06"),
    ]);
    expect(eventTimes("Die Krönung findet am 6. Mai 2023 statt.", "de", "2023-03-01")).toEqual([]);
  });

  it("reads Indonesian and English through the dates stage", () => {
    expect(eventTimes("Gempa mengguncang Cianjur pada Senin, 21 November 2022.", "id", null)).toEqual([
      day("2022-11-21"),
    ]);
  });
});

describe("articleTime", () => {
  it("prefers a publication day, then the latest event inside a coarse publication period", () => {
    expect(articleTime(day("2023-09-09"), 10, [day("2023-09-08")])).toBe(day("2023-09-09"));
    const month = Date.parse("2023-09");
    expect(articleTime(month, 7, [day("2023-09-08"), day("2023-08-01")])).toBe(day("2023-09-08"));
    expect(articleTime(month, 7, [day("2022-09-08")])).toBe(month);
    expect(articleTime(null, 0, [day("2016-11-08"), day("2016-11-09")])).toBe(day("2016-11-09"));
    expect(articleTime(null, 0, [])).toBeNull();
  });
});
