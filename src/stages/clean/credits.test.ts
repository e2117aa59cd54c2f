import { describe, expect, it } from "vitest";
import { cleaned } from "./testing.js";

/** A story of a few body paragraphs with `lines` put where `at` says. */
function page(lines: readonly string[], at: "top" | "bottom" | "lead", language: "id" | "en"): string {
  const body =
    language === "id"
      ? [
          "Banjir merendam ratusan rumah warga di tiga kecamatan sejak Senin malam setelah hujan deras turun selama enam jam.",
          "Petugas gabungan mengevakuasi warga lanjut usia dan anak-anak ke posko pengungsian di balai desa terdekat.",
          "Pemerintah kabupaten menyatakan status tanggap darurat selama dua pekan ke depan untuk mempercepat penanganan.",
        ]
      : [
          "Floodwaters swept through hundreds of homes in three districts after six hours of heavy rain on Monday night.",
          "Rescue teams moved elderly residents and children to shelters set up in the nearest village halls overnight.",
          "The district government declared a two-week state of emergency to speed up the relief effort on Tuesday.",
        ];
  if (at === "lead") return [`${lines[0]} ${body[0]}`, ...body.slice(1)].join("\n\n");
  return (at === "top" ? [...lines, ...body] : [...body, ...lines]).join("\n\n");
}

describe("wire credits, in every position and form", () => {
  it.each([
    // [language, where, lines, agencies]
    ["id", "top", ["Penulis: Rina Ayu | Sumber: AFP"], ["AFP"]],
    ["en", "top", ["By Jane Doe, Reuters"], ["Reuters"]],
    ["id", "lead", ["JAKARTA (ANTARA) -"], ["Antara"]],
    ["en", "lead", ["WASHINGTON (AP) —"], ["Associated Press"]],
    ["id", "lead", ["MOSKOW, 12 September. /TASS/."], ["TASS"]],
    ["en", "lead", ["MOSCOW, September 12. /TASS/."], ["TASS"]],
    ["en", "bottom", ["Source: Reuters"], ["Reuters"]],
    ["id", "bottom", ["Sumber: AP"], ["Associated Press"]],
    ["id", "bottom", ["Sumber AFP"], ["AFP"]],
    ["en", "bottom", ["This is reported by AFP."], ["AFP"]],
    ["en", "bottom", ["As reported by the Associated Press."], ["Associated Press"]],
    ["id", "bottom", ["Berita ini dilansir dari Reuters."], ["Reuters"]],
    [
      "id",
      "bottom",
      ["Dilansir dari Xinhua, korban terus bertambah hingga Selasa pagi di tiga provinsi."],
      ["Xinhua"],
    ],
    [
      "id",
      "bottom",
      ["Mengutip Reuters, pemerintah setempat belum mengumumkan jumlah korban jiwa terbaru."],
      ["Reuters"],
    ],
    ["en", "bottom", ["(AP/AFP)"], ["Associated Press", "AFP"]],
    ["id", "bottom", ["(ant/rs)"], ["Antara"]],
    ["en", "bottom", ["(Reporting by Jane Doe; Editing by John Roe)"], []],
    [
      "en",
      "bottom",
      ["The relief effort will go on through the week, officials said. – Reuters"],
      ["Reuters"],
    ],
    ["id", "lead", ["Malang (Antaranews Jatim) -"], ["Antara"]],
    [
      "en",
      "top",
      [
        "The opposition is set to win 249 seats in parliament, an exit poll shows, reports Xinhua news agency.",
      ],
      ["Xinhua"],
    ],
    [
      "en",
      "top",
      ["A landslide has killed at least 12 people on Java, an official said Saturday, AFP reports."],
      ["AFP"],
    ],
  ] as const)("%s, %s: %j credits %j", (language, at, lines, agencies) => {
    const doc = cleaned(page(lines, at, language));
    expect([...doc.meta.agencies].sort()).toEqual([...agencies].sort());
  });

  it.each([
    [
      "id",
      "Korban tewas mencapai 40 orang, kata laporan RIA pada Selasa malam waktu setempat.",
      "RIA Novosti",
    ],
    [
      "en",
      "The toll rose to 40, according to a Reuters report citing local officials on Tuesday.",
      "Reuters",
    ],
    [
      "en",
      "The death toll rose to 40, the Associated Press reported on Tuesday evening.",
      "Associated Press",
    ],
    ["id", "Menurut The Telegraph, korban tewas mencapai 40 orang pada Selasa malam.", "The Telegraph"],
  ] as const)(
    "%s: a source cited for one statement stays a cited source: %s",
    (language, sentence, cited) => {
      const doc = cleaned(page([sentence], "bottom", language));
      expect(doc.meta.agencies).toEqual([]);
      expect(doc.meta.citedSources).toContain(cited);
      expect(doc.text).toContain(sentence);
    },
  );
});

describe("bylines, in every form", () => {
  it.each([
    ["id", "top", ["Penulis: Rina Ayu Larasati"], ["Rina Ayu Larasati"], []],
    ["id", "top", ["Reporter: Budi Santoso"], ["Budi Santoso"], []],
    ["id", "top", ["Editor: Sari Hardiyanto"], [], ["Sari Hardiyanto"]],
    ["id", "top", ["Penulis: Damanhuri | Editor: Khairunnisa"], ["Damanhuri"], ["Khairunnisa"]],
    ["id", "top", ["| LAPORAN: Deni Wahyono"], ["Deni Wahyono"], []],
    ["en", "top", ["By Jane Doe and John Roe"], ["Jane Doe", "John Roe"], []],
    ["en", "bottom", ["(By Neil Jerome Morales)"], ["Neil Jerome Morales"], []],
    ["en", "top", ["By By Justin Phillips / American Press"], ["Justin Phillips"], []],
    ["en", "top", ["By Jane Doe / Staff Writer"], ["Jane Doe"], []],
    ["en", "top", ["Jane Doe | Reporter"], ["Jane Doe"], []],
    ["id", "top", ["Ditulis oleh Ahmad Fauzi"], ["Ahmad Fauzi"], []],
    ["en", "top", ["Story by Jane Doe"], ["Jane Doe"], []],
    ["en", "top", ["By Jane Doe on March 3, 2021"], ["Jane Doe"], []],
    // The paper the writer files for is no second writer.
    ["id", "top", ["Penulis: Ahmad Fauzi/Kabar Garut"], ["Ahmad Fauzi"], []],
    // A name signed with a ranked job title is the writer; the bare role credits the editing.
    ["en", "top", ["• Bassam Radi, Managing Editor"], ["Bassam Radi"], []],
    ["en", "top", ["Jane Doe, Senior Correspondent"], ["Jane Doe"], []],
    ["en", "top", ["Jane Doe | Editor"], [], ["Jane Doe"]],
    ["en", "top", ["Shaffiq Alkhatib", "Court Correspondent"], ["Shaffiq Alkhatib"], []],
    ["id", "top", ["Irawan Sapto Adhi", "Penulis"], ["Irawan Sapto Adhi"], []],
    ["id", "top", ["Deni Wahyono - detikSumbagsel"], ["Deni Wahyono"], []],
    [
      "id",
      "bottom",
      ["(Tribunnews.com, Widya) (TribunJateng.com, Rezanda Akbar D)"],
      ["Widya", "Rezanda Akbar D"],
      [],
    ],
    ["id", "top", ["Laporan Kontributor TribunJabar.id, Kiki Andriana dari Sumedang"], ["Kiki Andriana"], []],
    [
      "en",
      "bottom",
      ["Written by Gayatri Suroyo, Stefanno Sulaiman for Reuters ->"],
      ["Gayatri Suroyo", "Stefanno Sulaiman"],
      [],
    ],
    ["id", "bottom", ["Deni Wahyono", "Tag: banjir, Demak"], ["Deni Wahyono"], []],
    ["id", "top", ["By Taufik Batubara - Rabu, 4 September 2019 | 20:09 WIB"], ["Taufik Batubara"], []],
    ["id", "top", ["Akhyar Zein | Kamis, 11/02/2021 16:59 WIB"], ["Akhyar Zein"], []],
    ["id", "top", ["  • Oleh Muhammad Hamim"], ["Muhammad Hamim"], []],
    ["en", "top", ["By Jane Doe, Mon., Jan. 6, 2020"], ["Jane Doe"], []],
    ["en", "top", ["Staff Writer", "Fort Smith Times Record"], [], []],
    ["en", "top", ["By Jane Doe and John Roe | March 3, 2021"], ["Jane Doe", "John Roe"], []],
    ["id", "top", ["Kota Bandung | Senin, 12/02/2024 10:15 WIB"], [], []],
    [
      "id",
      "bottom",
      ["Penulis | : | Sintia N |", "Editor | : | Dewi Lestari |"],
      ["Sintia N"],
      ["Dewi Lestari"],
    ],
  ] as const)("%s, %s: %j → authors %j, editors %j", (language, at, lines, authors, editors) => {
    const doc = cleaned(page(lines, at, language));
    expect([...doc.meta.authors].sort()).toEqual([...authors].sort());
    expect([...doc.meta.editors].sort()).toEqual([...editors].sort());
    for (const line of lines) expect(doc.text).not.toContain(line);
  });

  it("cuts editors' initials off the paragraph they close, and reads an agency code among them", () => {
    const doc = cleaned(
      "Petugas gabungan mengevakuasi warga lanjut usia dan anak-anak ke posko pengungsian di balai desa. (ant/rs)",
    );
    expect(doc.text.endsWith("balai desa.")).toBe(true);
    expect(doc.meta.agencies).toEqual(["Antara"]);
    expect(doc.removed.map((r) => r.reason)).toEqual(["agency-tail"]);
  });

  it.each([
    [
      '"Masyarakat yang tinggal di daerah rawan banjir agar mengungsi ke tempat aman terlebih dahulu," ujar Agus. (Genta/kompas)',
      "(Genta/kompas)",
    ],
    [
      "“Harga cabai masih tinggi di pasar induk karena pasokan dari petani berkurang,” kata Ida. (Surya/TribunJatim)",
      "(Surya/TribunJatim)",
    ],
  ])("cuts the desks a copy passed through off the paragraph they close: %s", (last, tail) => {
    const doc = cleaned(page([last], "bottom", "id"));
    expect(doc.text).not.toContain(tail);
    expect(doc.text).toContain(last.replace(` ${tail}`, ""));
    expect(doc.meta.authors).toEqual([]);
  });

  it("reads an author signing off at the end of the story", () => {
    const doc = cleaned(
      page(
        ["Last Tuesday, the quake left at least five people dead. — Patricia Lourdes Viray"],
        "bottom",
        "en",
      ),
    );
    expect(doc.meta.authors).toEqual(["Patricia Lourdes Viray"]);
    expect(doc.text).toContain("left at least five people dead.");
    expect(doc.text).not.toContain("Patricia");
  });

  it.each([
    // [last paragraph, authors]
    ["Semoga hubungan ini berjalan dengan baik seterusnya,” tutupnya. (Laila Lubis)", ["Laila Lubis"]],
    [
      "Pemerintah kabupaten menyatakan status tanggap darurat selama dua pekan. (Eni Kusti Rahayu)",
      ["Eni Kusti Rahayu"],
    ],
    ["Kajian itu disusun oleh tim peneliti dari kampus tersebut. (Universitas Indonesia)", []],
    ["Acara ditutup dengan doa bersama oleh warga setempat. (Kota Batu)", []],
    ["The rescue was completed before dawn on Tuesday. (Reuters)", []],
    // Signed in a hurry: a full stop after the bracket, a surname in lower case.
    ["Pasar itu akan terus dibenahi secara bertahap. (Aris munandar).", ["Aris Munandar"]],
    // The paper or desk the writer filed for, then the writer.
    [
      '"Tahun ini akan kami pastikan dan beritahukan progresnya. Kami akan undang semua pihak," pungkasnya. (Surya/Rifki Edgar)',
      ["Rifki Edgar"],
    ],
    [
      "“Warga kami minta tetap waspada terhadap banjir susulan malam ini,” kata dia. (Ant/Budi Santoso)",
      ["Budi Santoso"],
    ],
    // Without quoted speech the same credit closes a photo caption: the photographer is no writer.
    ["Bupati Kuansing resmikan jembatan penghubung desa. (ANTARA/Asripilyadi)", []],
    // Function words make it a phrase, not a name.
    ["Data itu dihimpun dari laporan warga setempat. (Dari berbagai sumber)", []],
    ["Hujan turun sejak sore hingga malam hari. (foto istimewa)", []],
  ])("reads a full name in parentheses closing the story as its author: %s", (last, authors) => {
    const doc = cleaned(page([last], "bottom", "id"));
    expect(doc.meta.authors).toEqual(authors);
  });

  it("reads the wire before a signed name as the story's source", () => {
    const doc = cleaned(
      page(
        ["“Warga kami minta tetap waspada terhadap banjir susulan malam ini,” kata dia. (Ant/Budi Santoso)"],
        "bottom",
        "id",
      ),
    );
    expect(doc.meta.agencies).toEqual(["Antara"]);
  });

  it.each([
    ["id", "Sumber Prokopim Setda Inhil"],
    ["id", "Sumber Humas Polres Demak"],
    ["en", "Source Reuters Graphics"],
  ] as const)("%s: takes no writer from a source line after the story: %s", (language, line) => {
    const doc = cleaned(page([line], "bottom", language));
    expect(doc.meta.authors).toEqual([]);
  });

  it.each([
    // [line above the lead, language, authors, dateline]
    // Right above a lead without a dateline, a name beside the web address is the dateline.
    ["Batang Kuis | buser-investigasi.com", "id", [], "Batang Kuis"],
    ["Lubuk Pakam | beritadeliserdang.com", "id", [], "Lubuk Pakam"],
    ["Sleepy Hollow | hudsonvalleynews.com", "en", [], "Sleepy Hollow"],
    // Beside a masthead, the name is the writer's.
    ["Hans Itta - Bali Tribune", "id", ["Hans Itta"], null],
    ["Deni Wahyono - detikSumbagsel", "id", ["Deni Wahyono"], null],
  ] as const)("%s above the lead (%s) → authors %j, dateline %j", (line, language, authors, dateline) => {
    const doc = cleaned(page([line], "top", language));
    expect(doc.meta.authors).toEqual(authors);
    expect(doc.meta.dateline).toBe(dateline);
  });

  it("still reads a writer beside the web address when a stamp, not the lead, follows", () => {
    const doc = cleaned(
      ["Rina Ayu Larasati | beritaku.com", "Rabu, 08 Nov 2023 14:31 WIB", page([], "top", "id")].join("\n\n"),
    );
    expect(doc.meta.authors).toEqual(["Rina Ayu Larasati"]);
    expect(doc.meta.dateline).toBeNull();
  });

  it("does not take the story's subject, a place or a list of headlines for a byline", () => {
    const subject = cleaned(
      ["Anwar Ibrahim named Malaysian PM", "Anwar Ibrahim", page([], "top", "en")].join("\n\n"),
    );
    expect(subject.meta.authors).toEqual([]);
    const list = cleaned(
      [
        "- Banjir Mulai Surut",
        "- Hendak Memanen Padi",
        "- Tewas Tertabrak Kereta Api",
        page([], "top", "id"),
      ].join("\n\n"),
    );
    expect(list.meta.authors).toEqual([]);
  });
});

describe("title and outlet", () => {
  it("never takes a promo line for the title, and leaves it null when the text has none", () => {
    const promo = cleaned(["Download aplikasi kami sekarang juga", page([], "top", "id")].join("\n\n"));
    expect(promo.meta.title).toBeNull();
    const none = cleaned(page([], "top", "en"));
    expect(none.meta.title).toBeNull();
    expect(none.meta.outlet).toBeNull();
  });

  it.each([
    ["By Justin Phillips / American Press", "American Press"],
    ["By Mary Lou Smith / The Columbian", "The Columbian"],
    ["By Jane Doe / Fort Smith Times Record", "Fort Smith Times Record"],
    // A desk, a job or a wire after the writer is not the page's outlet.
    ["By Jane Doe / Staff Writer", null],
    ["By Jane Doe / Reuters", null],
  ])("reads the outlet a byline names after the writer: %s", (line, outlet) => {
    expect(cleaned(page([line], "top", "en")).meta.outlet).toBe(outlet);
  });

  it.each([
    // [closing prompt, language, outlet]
    ["Follow The Valley Courier on Facebook and Twitter", "en", "The Valley Courier"],
    ["Subscribe to the Valley Courier for unlimited access.", "en", "Valley Courier"],
    ["Ikuti Radar Malang di Google News untuk berita terbaru", "id", "Radar Malang"],
    // Not an outlet's shape: a person, the reader, a cause.
    ["Follow Governor Newsom on Twitter", "en", null],
    ["Follow us on Facebook and Twitter", "en", null],
    ["Support Local Farmers for a better harvest", "en", null],
  ] as const)("reads the outlet a prompt asks readers to follow: %s", (line, language, outlet) => {
    expect(cleaned(page([line], "bottom", language)).meta.outlet).toBe(outlet);
  });

  it("takes no platform a prompt points to, and no company a copyright names, for the outlet", () => {
    for (const line of [
      "Baca berita lainnya di google.com, klik di sini",
      "© 2023 PT Media Nusantara Citra",
    ]) {
      expect(cleaned(page([line], "bottom", "id")).meta.outlet).toBeNull();
    }
  });

  it.each([
    // A full stop after an initial, a dotted acronym or a listed abbreviation ends no sentence.
    ["en", "E. Coli, influenza, whooping cough: 7 recent and ongoing outbreaks", true],
    ["en", "U.S. Approves New Flood Relief for Three Districts", true],
    ["en", "Gov. Newsom Declares Emergency as Floods Spread", true],
    ["id", "Dr. Tirta Minta Warga Tetap Waspada Banjir Susulan", true],
    // A sentence break inside the line makes it a standfirst or a caption.
    ["en", "Floods spread overnight. Residents flee to shelters in three districts", false],
  ] as const)("%s: reads %j as the headline: %s", (language, line, isTitle) => {
    const doc = cleaned([line, page([], "top", language)].join("\n\n"));
    expect(doc.meta.title).toBe(isTitle ? line : null);
  });

  it("skips a kicker or a topic label for the headline", () => {
    const doc = cleaned(
      ["Sriwijaya Air Jatuh", "Misteri Kotak Hitam Sriwijaya Air, Ini Kata KNKT", page([], "top", "id")].join(
        "\n\n",
      ),
    );
    expect(doc.meta.title).toBe("Misteri Kotak Hitam Sriwijaya Air, Ini Kata KNKT");
  });

  it.each([
    ["id", ["KOMPAS.com -"], "lead", "Kompas.com"],
    ["id", ["jpnn.com, JAKARTA -"], "lead", "JPNN"],
    ["id", ["Jakarta, VIVA –"], "lead", "VIVA"],
    ["id", ["SIDOARJO | duta.co –"], "lead", "duta.co"],
    ["id", ["KONTAN.CO.ID - JAKARTA."], "lead", "KONTAN.CO.ID"],
    ["id", ["Laporan ini ditulis ulang dari sumber resmi.(Tribun-Video.com)"], "bottom", "Tribun-Video.com"],
    ["en", ["https://www.thejakartapost.com/news/2023/09/12/x.html"], "top", "The Jakarta Post"],
    ["en", ["Bangkok Post"], "top", "Bangkok Post"],
    ["en", ["Selangor Journal"], "top", "Selangor Journal"],
    ["en", ["Floods hit the district again | Bali Tribune"], "top", "Bali Tribune"],
    ["en", ["Malaysiakini logo"], "top", "Malaysiakini"],
    ["en", ["The storm is expected to weaken by Friday. (Bali Tribune)"], "bottom", "Bali Tribune"],
    ["en", ["© 2024 Bali Tribune. All rights reserved."], "bottom", "Bali Tribune"],
    ["id", ["Baca berita menarik lainnya di Sidoarjonews.id, klik di sini"], "bottom", "Sidoarjonews.id"],
    [
      "en",
      ["The storm leaves the country on Thursday.—AOL, GMA Integrated News"],
      "bottom",
      "GMA Integrated News",
    ],
    ["id", ["MAKLUMATNEWS.com. Palembang,—"], "lead", "MAKLUMATNEWS.com"],
    ["id", ["Ikuti kumparan di WhatsApp Channel"], "top", "Kumparan"],
    [
      "id",
      ["Pantauan Permatanews di lokasi, petugas masih berjaga hingga Selasa malam di sekitar tanggul."],
      "bottom",
      "Permatanews",
    ],
  ] as const)("%s: %j names the outlet %s", (language, lines, at, outlet) => {
    const doc = cleaned(page(lines, at, language));
    expect(doc.meta.outlet).toBe(outlet);
  });
});

describe("more credit forms", () => {
  it.each([
    ["en", "bottom", ["- REUTERS"], ["Reuters"], []],
    ["en", "bottom", ["The Associated Press contributed to this report."], ["Associated Press"], []],
    ["id", "top", ["Reporter Budi Santoso"], [], ["Budi Santoso"]],
    ["en", "lead", ["(CNN) —"], [], []],
    ["id", "lead", ["BEIJING, 12 September 2023 (Xinhua) -"], ["Xinhua"], []],
    // A wire story appended after the page's own: its dateline credits the wire.
    [
      "en",
      "bottom",
      [
        "GUINDA, Calif. (AP) — Thousands of firefighters are struggling to contain the County Fire in rural Northern California.",
      ],
      ["Associated Press"],
      [],
    ],
    [
      "id",
      "bottom",
      [
        "Surabaya (ANTARA) - Kepolisian Sektor Tegalsari mengamankan seorang pencuri sepeda motor di Surabaya, Senin.",
      ],
      ["Antara"],
      [],
    ],
    // A party or an office in brackets is no wire.
    [
      "id",
      "bottom",
      ["Jakarta (PDIP) - Ketua partai itu menyebut rapat kerja nasional digelar pekan depan di Jakarta."],
      [],
      [],
    ],
  ] as const)("%s, %s: %j → agencies %j, authors %j", (language, at, lines, agencies, authors) => {
    const doc = cleaned(page(lines, at, language));
    expect([...doc.meta.agencies].sort()).toEqual([...agencies].sort());
    expect([...doc.meta.authors].sort()).toEqual([...authors].sort());
  });

  it("reads a stamp glued before a bracketed credit, and keeps the paragraph it opens", () => {
    const doc = cleaned(page([" date 2024-08-21 (RTTNews) -"], "lead", "en"));
    expect(doc.meta.agencies).toEqual(["RTTNews"]);
    expect(doc.meta.published.value).toBe("2024-08-21");
    expect(doc.text).toContain("Floodwaters swept through hundreds of homes");
  });

  it("reads a labelled date inside a credit line", () => {
    const doc = cleaned(page(["Source : News Bharati English  Date : 09-Jun-2016"], "top", "en"));
    expect(doc.meta.published).toEqual({ value: "2016-06-09", basis: "stated" });
  });

  it.each([
    // [stamp line, language, published]
    ["Last update: 06/12/2018", "en", "2018-12-06"],
    ["Last updated: March 3, 2021", "en", "2021-03-03"],
    // A weekday cut to three letters, and an icon font's ligature name kept as a word.
    ["  • calendar_month Jum, 18 Jul 2025", "id", "2025-07-18"],
    ["access_time Sab, 3 Agustus 2024", "id", "2024-08-03"],
    ["Thu, 12 Sep 2024", "en", "2024-09-12"],
    // A label with "pada"/"on", a time after a slash or ISO's "T".
    ["Dipublikasikan pada 5 Juni 2023 pukul 10.15 WIB", "id", "2023-06-05T10:15+07:00"],
    ["Diterbitkan pada: 5 Juni 2023", "id", "2023-06-05"],
    ["June 5, 2023 / 10:15 AM", "en", "2023-06-05T10:15"],
    ["Posted on 2023-06-05T10:15", "en", "2023-06-05T10:15"],
  ] as const)("reads the stamp %j", (line, language, published) => {
    const doc = cleaned(page([line], "top", language));
    expect(doc.meta.published).toEqual({ value: published, basis: "stated" });
    expect(doc.text).not.toContain(line.trim());
  });

  it("takes the date a dateline prints for the publication date", () => {
    const doc = cleaned(page(["[PEKANBARU, RIAU], Rabu, 29 Oktober 2025, WIB —"], "lead", "id"));
    expect(doc.meta.dateline).toBe("Pekanbaru");
    expect(doc.meta.published).toEqual({ value: "2025-10-29", basis: "stated" });
  });

  it("reads the outlet from a copyright notice and from a credit of itself in brackets", () => {
    expect(cleaned(page(["© 2023 Kompas.com"], "bottom", "id")).meta.outlet).toBe("Kompas.com");
    expect(cleaned(page(["(The Jakarta Post)"], "bottom", "en")).meta.outlet).toBe("The Jakarta Post");
    expect(cleaned(page(["(CNN) —"], "lead", "en")).meta.outlet).toBe("CNN");
  });
});
