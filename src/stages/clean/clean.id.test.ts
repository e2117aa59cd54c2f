import { describe, expect, it } from "vitest";
import { cleaned } from "./testing.js";

const PAGE = [
  "Beranda",
  "NasionalPolitik",
  "KPU Tetapkan Jadwal Debat Calon Presiden Putaran Kedua",
  "Kompas nasional | 3 Januari 2024, 19:30 WIB",
  "JAKARTA, KOMPAS.com - Komisi Pemilihan Umum (KPU) menetapkan jadwal debat kedua calon presiden pada Jumat (5/1/2024) di Jakarta Convention Center.",
  "Baca juga: Ini Tema Debat Capres Pertama",
  "Ketua KPU Hasyim Asy'ari mengatakan debat akan berlangsung selama 120 menit dan disiarkan langsung oleh lima stasiun televisi.",
  "Suasana debat perdana di Jakarta. Foto: ANTARA/Galih Pradipta",
  "Dia menolak berkomentar soal kemungkinan perubahan format debat.",
  "Sumber: Antara",
  "Penulis : Rina Ayu Larasati Editor : Dani-Prabowo-Santoso",
  "Simak breaking news dan berita pilihan kami langsung di ponselmu. Ikuti saluran WhatsApp Channel https://whatsapp.com/channel/x",
  "Tag: Pemilu 2024, KPU, Debat Capres",
].join("\n");

describe("clean (id)", () => {
  const doc = cleaned(PAGE);

  it.each([
    ["Beranda", "navigation"],
    ["NasionalPolitik", "section-label"],
    ["KPU Tetapkan Jadwal Debat Calon Presiden Putaran Kedua", "title"],
    ["Kompas nasional | 3 Januari 2024, 19:30 WIB", "date-stamp"],
    ["JAKARTA, KOMPAS.com -", "dateline"],
    ["Baca juga: Ini Tema Debat Capres Pertama", "related-link"],
    ["Suasana debat perdana di Jakarta. Foto: ANTARA/Galih Pradipta", "photo-caption"],
    ["Sumber: Antara", "byline"],
    ["Penulis : Rina Ayu Larasati Editor : Dani-Prabowo-Santoso", "byline"],
    ["Tag: Pemilu 2024, KPU, Debat Capres", "tags"],
  ])("drops %s as %s", (text, reason) => {
    expect(doc.removed.find((r) => r.text === text)?.reason).toBe(reason);
    expect(doc.text).not.toContain(text);
  });

  it("drops a share prompt that carries a link", () => {
    expect(doc.removed.some((r) => r.reason === "prompt" && r.text.includes("WhatsApp"))).toBe(true);
  });

  it.each([
    "Komisi Pemilihan Umum (KPU) menetapkan jadwal debat",
    "Ketua KPU Hasyim Asy'ari mengatakan debat",
    "Dia menolak berkomentar soal kemungkinan perubahan format debat.",
  ])("keeps the body line %s", (text) => {
    expect(doc.text).toContain(text);
  });

  it("reads the metadata", () => {
    expect(doc.meta).toMatchObject({
      title: "KPU Tetapkan Jadwal Debat Calon Presiden Putaran Kedua",
      outlet: "Kompas.com",
      dateline: "Jakarta",
      published: { value: "2024-01-03T19:30+07:00", basis: "stated" },
      authors: ["Rina Ayu Larasati"],
      editors: ["Dani Prabowo Santoso"],
      agencies: ["Antara"],
    });
  });

  it("maps every kept character back to the raw text", () => {
    const at = doc.text.indexOf("Ketua KPU");
    expect(PAGE.slice(doc.offsets.toRaw(at), doc.offsets.toRaw(at) + 9)).toBe("Ketua KPU");
  });

  it.each([
    [
      "agency tail with editor initials",
      "Badai melanda pantai timur pada Senin malam.\nap/rs (AP, Reuters)",
      ["Associated Press", "Reuters"],
    ],
    ["outlet code tail", "Harga minyak naik tipis pada perdagangan Selasa.\n(ant)", ["Antara"]],
    [
      "byline naming an agency",
      "Penulis: AFP/VOA Indonesia\nBanjir merendam ribuan rumah di pesisir utara.",
      ["AFP", "VOA"],
    ],
    [
      "drawn from a wire in the text",
      "Dilansir dari Reuters, bank sentral menahan suku bunga pada Kamis.",
      ["Reuters"],
    ],
  ])("credits agencies: %s", (_, raw, agencies) => {
    expect(cleaned(raw).meta.agencies).toEqual(agencies);
  });

  it("lists sources the text only cites, apart from origins", () => {
    const doc2 = cleaned(
      "Kantor berita Xinhua melaporkan gempa itu. Menurut The Guardian, korban bertambah.",
    );
    expect(doc2.meta.agencies).toEqual([]);
    expect(doc2.meta.citedSources).toEqual(expect.arrayContaining(["Xinhua", "The Guardian"]));
  });

  it.each([
    [
      "a sentence that merely starts with Sumber",
      "Sumber: pejabat yang tidak mau disebut namanya mengatakan rapat kabinet digelar tertutup pada Rabu pagi dan berlangsung hingga larut malam tanpa keputusan apa pun yang diumumkan kepada publik maupun wartawan.",
    ],
    [
      "a plain news paragraph",
      "Gubernur meninjau lokasi banjir dan berjanji menyalurkan bantuan kepada warga yang terdampak.",
    ],
  ])("removes nothing from %s", (_, raw) => {
    const doc3 = cleaned(raw);
    expect(doc3.removed).toEqual([]);
    expect(doc3.text).toBe(raw);
  });
});

describe("clean (id): page shapes from outlets never tuned on", () => {
  it("joins a hard-wrapped paragraph and keeps it whole", () => {
    const raw = [
      "Komandan regu mengatakan, sebaiknya Damkar dan BPBD dipisah, tidak menjadi satu instansi.",
      "",
      "Menurutnya, Damkar bisa menjadi Organisasi Perangkat Daerah",
      "(OPD) tersendiri, dengan nama Pemadam Kebakaran dan Penyelamatan.",
      "",
      "Menurut Margono, para petugas Damkar seperti dianaktirikan. Sementara para petugas BPBD kata dia,",
      "tidak terlihat di lapangan saat banjir melanda kawasan itu pekan lalu.",
    ].join("\n");
    const doc = cleaned(raw);
    expect(doc.removed).toEqual([]);
    expect(doc.text.replace(/\s+/g, " ")).toContain(
      "Organisasi Perangkat Daerah (OPD) tersendiri, dengan nama Pemadam Kebakaran",
    );
  });

  it.each([
    [
      "a related link in markdown bold",
      "**Baca juga: Gandeng Media, Lapas Terbuka Dukung Resolusi.",
      "related-link",
    ],
    [
      "a caption printed twice around its credit",
      "Pelatih Timnas Indonesia bersalaman dengan pelatih Malaysia dalam konferensi pers di Jakarta, Rabu (4/9/2019).",
      "photo-caption",
    ],
  ])("drops %s", (_, line, reason) => {
    const repeated = reason === "photo-caption" ? [line, "TWITTER.COM/FAM_MALAYSIA", line] : [line];
    const doc = cleaned(
      [
        ...repeated,
        "Banjir merendam ratusan rumah warga di tiga kecamatan sejak Senin malam setelah hujan deras turun.",
        "Petugas gabungan mengevakuasi warga lanjut usia dan anak-anak ke posko pengungsian di balai desa.",
      ].join("\n\n"),
    );
    expect(doc.removed.filter((r) => r.text === line).map((r) => r.reason)).toEqual(
      repeated.filter((l) => l === line).map(() => reason),
    );
    expect(doc.text).toContain("Banjir merendam ratusan rumah");
  });

  it("keeps one copy of an opening paragraph printed twice, and drops a caption printed twice", () => {
    const lead =
      "Banjir merendam ratusan rumah warga di tiga kecamatan sejak Senin malam, kata petugas BPBD setempat.";
    const caption = "Petugas mengevakuasi warga dengan perahu karet di Desa Sukamaju, Senin (4/3/2024).";
    const doc = cleaned(
      [
        caption,
        caption,
        lead,
        lead,
        "Petugas gabungan mengevakuasi warga lanjut usia dan anak-anak ke posko pengungsian di balai desa.",
      ].join("\n\n"),
    );
    expect(doc.removed.map((r) => r.reason)).toEqual(["photo-caption", "photo-caption", "duplicate"]);
    expect(doc.text.split(lead).length - 1).toBe(1);
  });

  it("takes a Title Case headline with a comma for the title, not for a list of names", () => {
    const doc = cleaned(
      [
        "Waspadai Inflasi Jelang Nataru, Harga Cabai Melonjak Tajam",
        "Salah seorang pedagang Pasar Minggu mengungkapkan harga cabai merah naik dalam sepekan terakhir karena stok sedikit.",
        "Warga mengeluhkan harga cabai yang belum turun sejak pekan lalu meski pasokan mulai masuk ke pasar.",
      ].join("\n"),
    );
    expect(doc.meta.title).toBe("Waspadai Inflasi Jelang Nataru, Harga Cabai Melonjak Tajam");
    expect(doc.meta.authors).toEqual([]);
  });
});
