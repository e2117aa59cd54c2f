import { describe, expect, it } from "vitest";
import { rows, runDates } from "./testing.js";

const REF = "2023-09-13";

describe("dates stage, Indonesian", () => {
  it.each([
    [
      "Kim tiba pada Selasa (12/9/2023).",
      [["Selasa (12/9/2023)", "2023-09-12", "day", "dates/id-weekday-with-date"]],
    ],
    [
      "Kim tiba pada hari Selasa (12/09).",
      [["hari Selasa (12/09)", "2023-09-12", "day", "dates/id-weekday-with-date"]],
    ],
    ["Laporan itu terbit pada hari Rabu.", [["hari Rabu", "2023-09-13", "day", "dates/id-weekday"]]],
    ["Dia berangkat pada Minggu sore.", [["Minggu sore", "2023-09-10TAF", "day", "dates/id-weekday"]]],
    ["Keduanya tiba Rabu pagi di sana.", [["Rabu pagi", "2023-09-13TMO", "day", "dates/id-weekday"]]],
    ["Kim akan bertemu Putin pada Kamis.", [["Kamis", "2023-09-14", "day", "dates/id-weekday"]]],
    ["Dia pergi Senin lalu.", [["Senin lalu", "2023-09-11", "day", "dates/id-weekday"]]],
    [
      "Gempa terjadi (11/9/2023) malam.",
      [["(11/9/2023) malam", "2023-09-11TNI", "day", "dates/id-numeric-date"]],
    ],
    ["Perang dimulai pada 2022.", [["2022", "2022", "year", "dates/id-bare-year"]]],
    ["Ia menjabat sejak tahun 2019.", [["tahun 2019", "2019", "year", "dates/id-bare-year"]]],
    ["Uni Soviet runtuh pada 1991.", [["1991", "1991", "year", "dates/id-bare-year"]]],
    ["Shoigu datang pada Juli 2023.", [["Juli 2023", "2023-07", "month", "dates/id-month"]]],
    ["Perbatasan ditutup pada Januari 2020.", [["Januari 2020", "2020-01", "month", "dates/id-month"]]],
    ["Menteri itu bicara pekan ini.", [["pekan ini", "2023-W37", "week", "dates/id-week"]]],
    ["Rapat digelar minggu lalu.", [["minggu lalu", "2023-W36", "week", "dates/id-week"]]],
    ["Invasi berlangsung hampir 19 bulan.", [["hampir 19 bulan", "P19M", "-", "dates/id-duration"]]],
    ["Acara berlangsung selama tiga hari.", [["tiga hari", "P3D", "-", "dates/id-duration"]]],
    ["Perjalanan memakan waktu berhari-hari.", [["berhari-hari", "PXD", "-", "dates/id-duration"]]],
    ["Harga naik sejak tahun lalu.", [["tahun lalu", "2022", "year", "dates/id-relative"]]],
    ["Ia tiba kemarin.", [["kemarin", "2023-09-12", "day", "dates/id-relative"]]],
    ["Ia tiba hari ini.", [["hari ini", "2023-09-13", "day", "dates/id-relative"]]],
    [
      "Kompas dunia | 6 September 2023, 07:05 WIB",
      [["6 September 2023, 07:05 WIB", "2023-09-06T07:05+07:00", "minute", "dates/id-date-time"]],
    ],
    [
      "Banjir surut pukul 16.00 WIB.",
      [["pukul 16.00 WIB", "2023-09-13T16:00+07:00", "minute", "dates/id-relative"]],
    ],
    [
      "Laman The Telegraph, Kamis, 14 September 2023 melaporkan.",
      [["Kamis, 14 September 2023", "2023-09-14", "day", "dates/id-weekday-with-date"]],
    ],
    [
      "Deklarasi digelar pada hari Minggu mendatang (17/9) di Bandung.",
      [["hari Minggu mendatang (17/9)", "2023-09-17", "day", "dates/id-weekday-with-date"]],
    ],
    ["Hasil Pemilu 2024 diumumkan.", [["2024", "2024", "year", "dates/id-event-year"]]],
    ["Ketua KPU bicara semalam.", [["semalam", "2023-09-12TNI", "day", "dates/id-relative-day"]]],
    ["Harga turun pada Juni lalu.", [["Juni lalu", "2023-06", "month", "dates/id-month"]]],
    ["Piala AFF digelar November mendatang.", [["November mendatang", "2023-11", "month", "dates/id-month"]]],
    ["Hujan turun selama lima jam terakhir.", [["lima jam terakhir", "PT5H", "-", "dates/id-duration"]]],
    ["Tak ada hujan dalam dua hari ke depan.", [["dua hari", "P2D", "-", "dates/id-duration"]]],
    ["Gempa susulan terjadi selama 3 detik.", [["3 detik", "PT3S", "-", "dates/id-duration"]]],
    // TimeML's vague references, parts of day, sets, decades and centuries (issue 14).
    [
      "Kim tiba Selasa (12/9/2023) sore di Vladivostok.",
      [["Selasa (12/9/2023) sore", "2023-09-12TAF", "day", "dates/id-weekday-with-date"]],
    ],
    [
      "Saat ini harga naik. Kini warga resah.",
      [
        ["Saat ini", "PRESENT_REF", "-", "dates/id-vague-ref"],
        ["Kini", "PRESENT_REF", "-", "dates/id-vague-ref"],
      ],
    ],
    ["Pada saat itu dia pergi.", [["saat itu", "PAST_REF", "-", "dates/id-vague-ref"]]],
    ["Nanti kita lihat hasilnya.", [["Nanti", "FUTURE_REF", "-", "dates/id-vague-ref"]]],
    ["Nanti malam dia pulang.", [["Nanti malam", "2023-09-13TNI", "day", "dates/id-relative"]]],
    ["Kami bertemu setiap minggu.", [["setiap minggu", "P1W", "-", "dates/id-set"]]],
    [
      "Setiap tahun banjir datang. Tiap Senin rapat.",
      [
        ["Setiap tahun", "P1Y", "-", "dates/id-set"],
        ["Tiap Senin", "XXXX-WXX-1", "-", "dates/id-set"],
      ],
    ],
    [
      "Lagu itu populer pada tahun 40-an dan era 1990-an.",
      [
        ["tahun 40-an", "194", "-", "dates/id-decade"],
        ["era 1990-an", "199", "-", "dates/id-decade"],
      ],
    ],
    ["Kota itu berdiri sejak abad ke-20.", [["abad ke-20", "19", "-", "dates/id-century"]]],
    ["Ekonomi tumbuh pada kuartal II 2023.", [["kuartal II 2023", "2023-Q2", "-", "dates/id-year-part"]]],
    [
      "Liga 1 musim 2022-2023 berakhir.",
      [
        ["2022", "2022", "year", "dates/id-year-range"],
        ["2023", "2023", "year", "dates/id-year-range"],
      ],
    ],
    ["Banjir datang sore tadi.", [["sore tadi", "2023-09-13TAF", "day", "dates/id-relative-day"]]],
    ["Rapat digelar dua pekan lalu.", [["dua pekan lalu", "2023-W35", "week", "dates/id-relative"]]],
    // Narrative anchoring: counted from the last date the text named, not from the publication.
    [
      "Gempa terjadi Senin (4/9/2023). Sehari kemudian warga mengungsi. Pukul 10.00 WIB listrik padam.",
      [
        ["Senin (4/9/2023)", "2023-09-04", "day", "dates/id-weekday-with-date"],
        ["Sehari kemudian", "2023-09-05", "day", "dates/id-anaphoric"],
        ["Pukul 10.00 WIB", "2023-09-05T10:00+07:00", "minute", "dates/id-relative"],
      ],
    ],
    ["Harga naik dibanding beberapa hari sebelumnya.", [["beberapa hari", "PXD", "-", "dates/id-duration"]]],
    [
      "Gempa terjadi pada Selasa (5/9), pukul 07.45 WIB.",
      [
        ["Selasa (5/9)", "2023-09-05", "day", "dates/id-weekday-with-date"],
        ["pukul 07.45 WIB", "2023-09-05T07:45+07:00", "minute", "dates/id-relative"],
      ],
    ],
    [
      "Warga terbangun Rabu dini hari sekitar pukul 01.30 WIB.",
      [
        ["Rabu dini hari", "2023-09-13TMO", "day", "dates/id-weekday"],
        ["pukul 01.30 WIB", "2023-09-13T01:30+07:00", "minute", "dates/id-relative"],
      ],
    ],
  ])("%s", (text, expected) => {
    expect(rows(runDates(text, "id", REF).dates)).toEqual(expected);
  });

  it("gives offsets into the text", () => {
    const text = "Kim tiba pada Selasa (12/9/2023) di Khasan.";
    const [d] = runDates(text, "id", REF).dates;
    expect(d).toMatchObject({ start: 14, end: 32, kind: "date" });
    expect(text.slice(d!.start, d!.end)).toBe("Selasa (12/9/2023)");
  });

  it.each([
    ["Mei mengatakan dia setuju."],
    ["Jumlahnya mencapai 2023 unit."],
    ["Skor akhir 2/1 untuk tuan rumah."],
    ["Harga naik 2.022 persen."],
    ["Rumah nomor 12 di Jalan Juni."],
    ["Pusat gempa di 08 derajat 50 menit 24 detik LS."],
    ["Pedagang di Pasar Minggu menjual cabai."],
    ["Sebanyak 2019 orang mengungsi."],
    ["Suhu mencapai 5 hingga 3 derajat."],
  ])("finds nothing in %s", (text) => {
    expect(runDates(text, "id", REF).dates).toEqual([]);
  });

  it("infers the reference from the latest full date and a later bare weekday", () => {
    const text = "Kim tiba pada Selasa (12/9/2023). Media melaporkan pada hari Rabu bahwa dia senang.";
    const { doc, dates } = runDates(text, "id");
    expect(doc.meta.published).toEqual({ value: "2023-09-13", basis: "inferred", notBefore: "2023-09-13" });
    expect(dates.map((d) => d.value)).toEqual(["2023-09-12", "2023-09-13"]);
  });

  it("infers from a cited full date without pushing it by earlier weekdays", () => {
    const text = "Mereka tiba Rabu pagi. Laman The Telegraph, Kamis, 14 September 2023 melaporkan hal itu.";
    const { doc } = runDates(text, "id");
    expect(doc.meta.published.notBefore).toBe("2023-09-14");
  });

  it("never dates an article by a historical date in its body", () => {
    const text =
      "Gencatan senjata ditandatangani pada 27 Juli 1953. Pada 2023 kedua negara kembali berunding kemarin.";
    const { doc, dates } = runDates(text, "id");
    expect(doc.meta.published).toEqual({ value: "2023", basis: "inferred", notBefore: "2023-01-01" });
    // With only a year known, "kemarin" stays unresolved rather than dated to 1953.
    expect(dates.map((d) => d.text)).toEqual(["27 Juli 1953", "2023"]);
  });

  it("does not take the start of a span for the article's date", () => {
    const text = "Titik panas tercatat sejak 1 Januari 2019. Data diumumkan Kamis (1/8/2019).";
    expect(runDates(text, "id").doc.meta.published.notBefore).toBe("2019-08-01");
  });

  it("reads a bare weekday against the narrative's date when the reference is inferred", () => {
    // Inferred from the Tuesday and the later Wednesday; "Senin" is the Monday nearest the story.
    const text =
      "Pada hari Senin polisi datang. Kim tiba pada Selasa (12/9/2023). Pada hari Rabu dia pulang.";
    const { doc, dates } = runDates(text, "id");
    expect(doc.meta.published.value).toBe("2023-09-13");
    expect(dates.map((d) => [d.text, d.value])).toEqual([
      ["Selasa (12/9/2023)", "2023-09-12"],
      ["hari Rabu", "2023-09-13"],
    ]);
  });

  it("keeps an undated article unknown and drops relative values", () => {
    const { doc, dates } = runDates("Ia tiba kemarin dan pergi pada hari Rabu.", "id");
    expect(doc.meta.published.basis).toBe("unknown");
    expect(dates).toEqual([]);
  });
});
