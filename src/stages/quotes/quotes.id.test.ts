import { describe, expect, it } from "vitest";
import { assertInvariants } from "../../core/doc/invariants.js";
import { type NameSpec, quotesOf } from "./testing.js";

interface Case {
  readonly name: string;
  readonly text: string;
  readonly names: readonly NameSpec[];
  /** [fragment the quote contains, direct, speaker name (null: no speaker)] */
  readonly want: readonly (readonly [string, boolean, string | null])[];
}

const cases: Case[] = [
  {
    name: "straight quotes, kata after, name with apposition",
    text: '"Rusia sangat membutuhkan persediaan perang," kata Kim Taewoo, mantan kepala lembaga riset di Seoul.',
    names: [
      ["Kim Taewoo", "person"],
      ["Seoul", "place"],
    ],
    want: [["sangat membutuhkan", true, "Kim Taewoo"]],
  },
  {
    name: "curly quotes, ujar with place after the name",
    text: "“Sudah dimasak saja,” ujar Hasan di Kompleks Istana Kepresidenan, Jakarta.",
    names: [
      ["Hasan", "person", "Hasan Nasbi"],
      ["Jakarta", "place"],
    ],
    want: [["Sudah dimasak", true, "Hasan Nasbi"]],
  },
  {
    name: "speaker before, colon-less comma",
    text: 'Juru bicara Kremlin Dmitry Peskov mengatakan, "Kedua pemimpin akan membahas hubungan dagang."',
    names: [
      ["Kremlin", "organization"],
      ["Dmitry Peskov", "person"],
    ],
    want: [["membahas hubungan dagang", true, "Dmitry Peskov"]],
  },
  {
    name: "tambahnya resolves to the last speaker",
    text:
      "Juru bicara Kremlin Dmitry Peskov mengatakan bahwa ada kemungkinan Putin dan Kim bertemu empat mata.\n\n" +
      '"Kepentingan kedua negara adalah hal yang penting, dan bukan ancaman bagi Washington," tambahnya.',
    names: [
      ["Kremlin", "organization"],
      ["Dmitry Peskov", "person"],
      ["Putin", "person"],
      ["Kim", "person"],
      ["Washington", "place"],
    ],
    want: [
      ["ada kemungkinan", false, "Dmitry Peskov"],
      ["bukan ancaman", true, "Dmitry Peskov"],
    ],
  },
  {
    name: "Dia resolves to the previous sentence's subject; partial quote after menyebut",
    text: 'Sebelumnya, Putin berbicara dalam forum ekonomi di Vladivostok. Dia menggunakan kesempatan itu untuk menyebut kasus hukum Donald Trump sebagai "penganiayaan politik".',
    names: [
      ["Putin", "person", "Vladimir Putin"],
      ["Vladivostok", "place"],
      ["Donald Trump", "person"],
    ],
    want: [["penganiayaan politik", true, "Vladimir Putin"]],
  },
  {
    name: "a place speaks",
    text: '"Kementerian Pertahanan meyakini pemimpin itu telah memasuki Rusia pagi ini," kata Seoul.',
    names: [
      ["Rusia", "place"],
      ["Seoul", "place"],
    ],
    want: [["memasuki Rusia", true, "Seoul"]],
  },
  {
    name: "an agency speaks after demikian laporan",
    text: 'Kim sedang melakukan perjalanan untuk "membangun hubungan persahabatan," demikian laporan Korean Central News Agency pada hari Rabu.',
    names: [
      ["Kim", "person"],
      ["Korean Central News Agency", "organization"],
    ],
    want: [["membangun hubungan", true, "Korean Central News Agency"]],
  },
  {
    name: "role and org before the person after ungkap",
    text: '"Dia adalah pengemis bantuan," ungkap juru bicara Departemen Luar Negeri AS Matthew Miller kepada para wartawan.',
    names: [
      ["Departemen Luar Negeri", "organization"],
      ["AS", "place"],
      ["Matthew Miller", "person"],
    ],
    want: [["pengemis bantuan", true, "Matthew Miller"]],
  },
  {
    name: "guillemets and low-high quotes",
    text: "«Kami siap berunding kapan saja,» kata Menteri Luar Negeri Retno Marsudi. „Tidak ada yang berubah sejak kemarin“, ujar Retno.",
    names: [
      ["Retno Marsudi", "person"],
      ["Retno", "person", "Retno Marsudi"],
    ],
    want: [
      ["siap berunding", true, "Retno Marsudi"],
      ["Tidak ada yang berubah", true, "Retno Marsudi"],
    ],
  },
  {
    name: "quote running over two paragraphs is one span",
    text:
      'Gubernur Anies Baswedan menjelaskan rencana itu. "Kami akan membangun tiga waduk baru tahun ini.\n\n' +
      '"Setelah itu, banjir di wilayah timur diharapkan berkurang," katanya.',
    names: [["Anies Baswedan", "person"]],
    want: [['tiga waduk baru tahun ini.\n\n"Setelah itu', true, "Anies Baswedan"]],
  },
  {
    name: "indirect after menurut and after kata with a comma",
    text: "Menurut Badan Meteorologi, hujan lebat akan turun hingga akhir pekan. Dua kapal tenggelam di perairan itu, kata Basarnas.",
    names: [
      ["Badan Meteorologi", "organization"],
      ["Basarnas", "organization"],
    ],
    want: [
      ["hujan lebat akan turun", false, "Badan Meteorologi"],
      ["Dua kapal tenggelam", false, "Basarnas"],
    ],
  },
  {
    name: "indirect: subject, verb, bahwa",
    text: "Kapolres Jakarta Selatan Budi Sartono mengatakan kepada wartawan bahwa ketiga pelaku sudah ditahan sejak Senin.",
    names: [
      ["Jakarta Selatan", "place"],
      ["Budi Sartono", "person"],
    ],
    want: [["ketiga pelaku sudah ditahan", false, "Budi Sartono"]],
  },
  {
    name: "indirect: membantah without bahwa, org subject",
    text: "PT Kereta Api Indonesia membantah tarif kereta jarak jauh akan naik bulan depan.",
    names: [["PT Kereta Api Indonesia", "organization"]],
    want: [["tarif kereta jarak jauh", false, "PT Kereta Api Indonesia"]],
  },
  {
    name: "a role noun alone points back to the person named before it",
    text:
      "Kapolres Merauke, AKBP Bahara Marpaung menegaskan, 22 warga telah ditahan.\n\n" +
      '"Mereka sudah kami tetapkan sebagai tersangka," ujar Kapolres kepada wartawan.',
    names: [["Bahara Marpaung", "person"]],
    want: [
      ["22 warga telah ditahan", false, "Bahara Marpaung"],
      ["tetapkan sebagai tersangka", true, "Bahara Marpaung"],
    ],
  },
  {
    name: "passive cues: Dikatakan X, and a bare Ditegaskan, continuing the last speaker",
    text:
      '"Enam orang sudah kami amankan," ujar Kapolda Luki Hermawan.\n' +
      "Dikatakan Luki, penangkapan itu sesuai prosedur yang berlaku.\n" +
      "Ditegaskan, para tersangka akan diperiksa secara maraton.",
    names: [
      ["Luki Hermawan", "person"],
      ["Luki", "person", "Luki Hermawan"],
    ],
    want: [
      ["penangkapan itu sesuai prosedur", false, "Luki Hermawan"],
      ["para tersangka akan diperiksa", false, "Luki Hermawan"],
    ],
  },
  {
    name: "a verb that turns its clause around stays in the span",
    text: "Du Hyeong Cha, seorang analis di Institut Asan, meragukan mereka dapat mengirim amunisi dengan cepat.",
    names: [
      ["Du Hyeong Cha", "person"],
      ["Institut Asan", "organization"],
    ],
    want: [["meragukan mereka dapat mengirim", false, "Du Hyeong Cha"]],
  },
  {
    name: "a weekday between commas is not the subject",
    text: "Kepala Polresta Kendari, AKBP Yuyun Yudhantara, di Kendari, Minggu, mengatakan, sebelas orang ditahan.",
    names: [["Yuyun Yudhantara", "person"]],
    want: [["sebelas orang ditahan", false, "Yuyun Yudhantara"]],
  },
  {
    name: "an attribution inside the clause: kata dia, lanjutnya",
    text:
      '"Kami menangkap 38 orang," kata Kepala Polresta Yuyun Yudhantara.\n' +
      "Penangkapan itu, kata dia, merupakan hasil dari patroli gabungan polisi dan TNI.\n" +
      "Memang kenyataannya, lanjutnya, harga beras merangkak naik sejak Agustus.",
    names: [["Yuyun Yudhantara", "person"]],
    want: [
      ["Penangkapan itu, kata dia, merupakan hasil", false, "Yuyun Yudhantara"],
      ["harga beras merangkak naik", false, "Yuyun Yudhantara"],
    ],
  },
];

const nothing: { name: string; text: string; names: readonly NameSpec[] }[] = [
  {
    name: "kata as a noun",
    text: "Pengguna diminta mengganti kata kunci setiap tiga bulan agar akun tetap aman.",
    names: [],
  },
  {
    name: "a title in quotes",
    text: 'Film "Laut Bercerita" ditonton dua juta orang pada pekan pertama.',
    names: [],
  },
  {
    name: "scare quotes without a cue",
    text: 'Kebijakan "merdeka belajar" diterapkan di sekolah negeri sejak 2020.',
    names: [],
  },
  {
    name: "kata kunci after a comma",
    text: "Data itu dilindungi sandi, kata kunci, dan kode verifikasi dari bank.",
    names: [],
  },
  {
    name: "a denied report",
    text: "Menteri itu pergi tanpa menyebutkan tujuan kunjungannya ke daerah.",
    names: [],
  },
  {
    name: "a meN- verb after a comma does not take the words after it as speaker",
    text: "Pertemuan itu, menegaskan kerja sama kedua negara yang makin erat.",
    names: [],
  },
];

describe("quotes stage, Indonesian", () => {
  it.each(cases)("$name", ({ text, names, want }) => {
    const { doc, quotes } = quotesOf(text, "id", names);
    assertInvariants(doc);
    for (const [fragment, direct, speaker] of want) {
      const q = quotes.find((x) => x.text.includes(fragment) && x.direct === direct);
      expect(
        q,
        `no ${direct ? "direct" : "indirect"} quote with "${fragment}" in ${JSON.stringify(quotes.map((x) => x.text))}`,
      ).toBeDefined();
      expect(q!.speaker?.name ?? null).toBe(speaker);
    }
  });

  it.each(nothing)("finds nothing: $name", ({ text, names }) => {
    const { doc, quotes } = quotesOf(text, "id", names);
    assertInvariants(doc);
    expect(quotes).toEqual([]);
  });

  it("direct quote spans include the marks and record the cue", () => {
    const { quotes } = quotesOf('"Kami menolak," kata Budi.', "id", [["Budi", "person"]]);
    expect(quotes[0]).toMatchObject({ text: '"Kami menolak,"', direct: true, cue: "kata" });
    expect(quotes[0]!.speaker).toMatchObject({ name: "Budi", start: 21, end: 25, via: "attribution" });
  });
});
