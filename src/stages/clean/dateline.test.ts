import { describe, expect, it } from "vitest";
import { readDateline } from "./dateline.js";

describe("readDateline", () => {
  it.each([
    ["SEOUL, KOMPAS.TV - Seorang pejabat", { place: "Seoul", outlet: "Kompas TV" }],
    ["Liputan6.com, Jakarta - Ketua KPU", { place: "Jakarta", outlet: "Liputan6.com" }],
    ["TEMPO.CO, Jakarta - BNPB mencatat", { place: "Jakarta", outlet: "Tempo" }],
    ["Jakarta, IDN Times - Pemerintah", { place: "Jakarta", outlet: "IDN Times" }],
    ["Jakarta (ANTARA) - Presiden", { place: "Jakarta", agency: "Antara" }],
    ["WOODSIDE, Calif. (AP) — President", { place: "Woodside, Calif.", agency: "Associated Press" }],
    ["LONDON, Sept 12 (Reuters) - Shares", { place: "London", agency: "Reuters" }],
    ["JAKARTA (Reuters) -Eleven climbers", { place: "Jakarta", agency: "Reuters" }],
    ["ADANA, Turkey — Rescuers raced", { place: "Adana, Turkey" }],
    ["Suara.com - Tim SAR berhasil", { place: null, outlet: "Suara.com" }],
    ["ARAHKATA - Lebih dari 1.800 orang", { place: null, outletText: "Arahkata" }],
    ["Moskow: Pemimpin Korea Utara", { place: "Moskow" }],
  ])("%s", (line, expected) => {
    const d = readDateline(line, "");
    expect(d).not.toBeNull();
    expect({
      place: d!.place,
      outlet: d!.outlet?.name,
      agency: d!.agency ?? undefined,
      outletText: d!.outletText ?? undefined,
    }).toMatchObject(expected);
  });

  it.each([
    "Presiden Joko Widodo - yang akrab disapa Jokowi - tiba di Bali.",
    "Sebelumnya - seperti dilaporkan - banjir surut.",
    "Kim: Kami akan datang.",
    "The talks ended on Tuesday without a deal.",
  ])("finds no dateline in %s", (line) => {
    expect(readDateline(line, "")).toBeNull();
  });
});
