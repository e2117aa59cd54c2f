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

  // Regional pages name places no gazetteer lists and outlets no directory knows: the page itself
  // says which part is the place.
  it.each([
    // A name of the country's before a city is the outlet's own, not a place and its region.
    ["MATA INDONESIA, JAKARTA – Presiden Jokowi", "", { place: "Jakarta", outletText: "Mata Indonesia" }],
    ["MEDIA INDONESIA, SURABAYA - Wali Kota", "", { place: "Surabaya", outletText: "Media Indonesia" }],
    // A regional desk's place before the outlet's address, when the story names the place.
    [
      "TOMOHON.RELASIPUBLIK.COM – Walikota Caroll",
      "pasar Beriman Tomohon",
      { place: "Tomohon", outletText: "RELASIPUBLIK.COM" },
    ],
    ["SUMUT.INEWS.ID - Banjir merendam", "warga Sumut mengungsi", { place: "Sumut", outletText: "INEWS.ID" }],
    // A place in Title Case after the outlet's address, known to the gazetteer or the story.
    ["Tribratanews.polri.go.id - Semarang. Kepolisian Daerah", "", { place: "Semarang" }],
    ["beritaxyz.com - Kuningan. Warga desa", "di Kabupaten Kuningan", { place: "Kuningan" }],
    // An administrative word in any case makes the name a place: "Kota Bukittinggi".
    ["Bukittinggi – Wali Kota Bukittinggi", "Wali Kota Bukittinggi, Ramlan", { place: "Bukittinggi" }],
    ["Karo - Pemerintah Desa Kemkem", "di Kabupaten Karo", { place: "Karo" }],
    // A media word first is how Indonesian papers are named: the other part is the place.
    ["Bantul, Kabar Jogja – Soal pengayaan", "", { place: "Bantul", outletText: "Kabar Jogja" }],
    ["Malang, Radar Malang - Harga cabai", "", { place: "Malang", outletText: "Radar Malang" }],
    // Capitals beside a place: the outlet's own name, unless the story names it too (a region).
    [
      "PALEMBANG, SIMBUR – Pemerintah kota",
      "Pemerintah kota menyatakan",
      { place: "Palembang", outletText: "SIMBUR" },
    ],
    [
      "SERANG, BANTEN, - Satlantas Polda Banten menangani",
      "Kabid Humas Polda Banten",
      { place: "Serang, Banten", outletText: undefined },
    ],
  ])("reads the parts of %s from the page", (line, raw, expected) => {
    const d = readDateline(line, `${line}\n${raw}`);
    expect(d).not.toBeNull();
    expect({ place: d!.place, outletText: d!.outletText ?? undefined }).toMatchObject(expected);
  });

  it.each([
    // A place and its region stay one dateline.
    ["ADANA, Turkey — Rescuers raced", "Adana, Turkey"],
    ["SEOUL, South Korea — Officials said", "Seoul, South Korea"],
  ])("keeps %s a place and its region", (line, place) => {
    expect(readDateline(line, "")?.place).toBe(place);
  });

  it("takes no place from a subdomain the story never names", () => {
    expect(readDateline("NEWS.KOMPAS.COM - Pemerintah", "")?.place ?? null).toBeNull();
    expect(readDateline("ZZYX.BERITAKU.COM - Pemerintah", "Pemerintah pusat")?.place ?? null).toBeNull();
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
    // A place and the outlet's web name: "Pematang Siantar, MISTAR.ID".
    ["Pematang Siantar, MISTAR.ID", "di Kota Pematang Siantar", "Pematang Siantar"],
    ["Lubuk Linggau | linggaupos.co.id", "warga Kota Lubuk Linggau", "Lubuk Linggau"],
  ])("reads %s alone on its line", (line, raw, place) => {
    expect(readDatelineLine(line, `${line}\n${raw}`)?.place).toBe(place);
  });

  it("reads no place line from a name the text never calls a place", () => {
    expect(readDatelineLine("Rina Ayu, Reporter", "Rina Ayu menulis.")).toBeNull();
    // A writer beside the outlet's web name is a byline, not a dateline.
    expect(readDatelineLine("Hans Itta | balitribune.co.id", "Hans Itta menulis.")).toBeNull();
  });
});
