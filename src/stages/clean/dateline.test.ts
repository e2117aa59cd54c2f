import { describe, expect, it } from "vitest";
import * as dateline from "./dateline.js";
import { withShippedCues } from "./testing.js";

const readDateline = (...a: Parameters<typeof dateline.readDateline>) =>
  withShippedCues(() => dateline.readDateline(...a));
const readDatelineLine = (...a: Parameters<typeof dateline.readDatelineLine>) =>
  withShippedCues(() => dateline.readDatelineLine(...a));

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
    // A wire's regional desk is the wire.
    ["Malang (Antaranews Jatim) - Harga cabai", { place: "Malang", agency: "Antara" }],
    // A web name closed by a full stop, and a comma glued to the dash.
    [
      "MAKLUMATNEWS.com. Palembang,—Kecelakaan Tunggal",
      { place: "Palembang", outletText: "MAKLUMATNEWS.com" },
    ],
    [
      "[PEKANBARU, RIAU], Rabu, 29 Oktober 2025, WIB — Tim penanggulangan",
      { place: "Pekanbaru", date: "2025-10-29" },
    ],
    ["JAKARTA, 5 Oktober 2023 - Pemerintah", { place: "Jakarta", date: "2023-10-05" }],
    ["Lancang Kuning – Dua anggota Korlantas", { place: null, outletText: "Lancang Kuning" }],
    ["Bangkok, May 15 (EFE).- Thailand’s preliminary results", { place: "Bangkok", agency: "EFE" }],
    ["Lumajang, East Java. The eruption of Mount Semeru", { place: "Lumajang, East Java" }],
  ])("%s", (line, expected) => {
    const d = readDateline(line, "");
    expect(d).not.toBeNull();
    expect({
      place: d!.place,
      outlet: d!.outlet?.name,
      agency: d!.agency ?? undefined,
      outletText: d!.outletText ?? undefined,
      date: d!.date,
    }).toMatchObject(expected);
  });

  it.each([
    "Presiden Joko Widodo - yang akrab disapa Jokowi - tiba di Bali.",
    "Sebelumnya - seperti dilaporkan - banjir surut.",
    "Kim: Kami akan datang.",
    "The talks ended on Tuesday without a deal.",
    "[Baca juga] Harga cabai naik",
    "Fagmeedah Petersen-Cook has been appointed chief executive.",
  ])("finds no dateline in %s", (line) => {
    expect(readDateline(line, "")).toBeNull();
  });

  it.each([
    ["Seoul, South Korea", "Seoul in the south of the peninsula", "Seoul, South Korea"],
    ["Kuala Lumpur, August 15", "", "Kuala Lumpur"],
    ["Bangka Barat -", "ditangkap di Bangka Barat", "Bangka Barat"],
  ])("reads %s alone on its line", (line, raw, place) => {
    expect(readDatelineLine(line, `${line}\n${raw}`)?.place).toBe(place);
  });

  it("reads no place line from a name the text never calls a place", () => {
    expect(readDatelineLine("Rina Ayu, Reporter", "Rina Ayu menulis.")).toBeNull();
  });
});
