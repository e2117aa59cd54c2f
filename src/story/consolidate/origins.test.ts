import { describe, expect, it } from "vitest";
import { anchorCopies, anchorsOf, reportingAgencies } from "./origins.js";

/** A rewrite keeps the figures, names and order of a release while changing most of its words. */
const release = [
  "BNPB mencatat korban meninggal akibat gempa Garut bertambah menjadi 17 orang pada Selasa.",
  "Kepala Pusdatin BNPB Abdul Muhari menyebut korban berasal dari Desa Sukamaju dan Desa Cikajang.",
  "Sebanyak 1.243 rumah rusak, 88 di antaranya rusak berat, serta 4 unit sekolah rusak.",
  "Warga yang mengungsi mencapai 3.517 jiwa di 12 titik pengungsian di Kecamatan Banjarwangi.",
].join("\n");
const rewrite = [
  "Jumlah korban jiwa gempa Garut kini 17 orang, menurut BNPB, Selasa.",
  "Menurut Abdul Muhari dari Pusdatin BNPB, para korban tinggal di Desa Sukamaju serta Desa Cikajang.",
  "Kerusakan meliputi 1243 rumah, termasuk 88 rusak berat, dan 4 sekolah.",
  "Pengungsi berjumlah 3.517 orang, tersebar di 12 titik di Kecamatan Banjarwangi.",
].join("\n");
/** Another outlet's own story: the same toll and place, its own figures and sources. */
const ownReport = [
  "Gempa Garut menewaskan 17 orang, kata Bupati Garut Rudy Gunawan kepada wartawan di Pendopo.",
  "Rudy menyebut tim gabungan TNI dan Polri masih menyisir Kecamatan Pameungpeuk hingga malam.",
  "Di Kecamatan Cisewu, 64 warga dirawat di Puskesmas Cisewu karena luka ringan.",
  "Pemkab Garut menetapkan status tanggap darurat selama 14 hari sejak Senin.",
].join("\n");

describe("anchorsOf", () => {
  it("reads figures alike whatever their separators, and names in lower case", () => {
    expect(anchorsOf("Sebanyak 1.243 rumah di Desa Sukamaju, 5,6 magnitudo")).toEqual([
      "1243",
      "desa",
      "sukamaju",
      "5.6",
    ]);
    expect(anchorsOf("About 1,243 homes")).toEqual(["1243"]);
  });
});

describe("anchorCopies", () => {
  it("finds a rewrite of one release by its figures and names in the same order", () => {
    expect(anchorCopies([release, ownReport, rewrite], ["id", "id", "id"])).toEqual([[0, 2]]);
  });

  it("never joins articles in two languages on figures alone", () => {
    expect(anchorCopies([release, rewrite], ["id", "en"])).toEqual([]);
  });

  it("does not join the release and its rewrite when the order of the facts differs", () => {
    const shuffled = rewrite.split("\n").reverse().join("\n");
    expect(anchorCopies([release, shuffled], ["id", "id"])).toEqual([]);
  });
});

describe("reportingAgencies", () => {
  it.each([
    ["en", "The road was cut, the district head told Reuters on Monday.", ["Reuters"]],
    ["en", "A Reuters witness saw crowds; the spokesman had told Agence France-Presse.", ["Reuters", "AFP"]],
    ["id", "Hal itu disampaikan Simorangkir kepada AFP, Senin.", ["AFP"]],
    // Citing an agency's report for one statement is not carrying its reporting.
    ["en", "According to Reuters, the toll rose to 41.", []],
    ["id", "Menurut laporan Reuters, korban bertambah.", []],
  ])("%s: %s", (language, text, agencies) => {
    expect(reportingAgencies(text, language)).toEqual(agencies);
  });
});
