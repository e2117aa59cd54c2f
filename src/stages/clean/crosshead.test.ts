import { describe, expect, it } from "vitest";
import { cleaned } from "./testing.js";

// Two stories with a crosshead in the body, shaped like the annotated pages they stand for: the
// paragraph under a crosshead opens with a credit word ("Laporan", a report), or has lost its
// closing full stop. The crosshead may go; the paragraph under it stays.
const REPORT = [
  "Direktur Perlindungan WNI Kementerian Luar Negeri mengatakan KBRI Seoul terus memantau perkembangan insiden di Itaewon melalui otoritas setempat.",
  '"KBRI Seoul terus berkoordinasi dengan otoritas setempat termasuk rumah sakit terkait kemungkinan adanya WNI yang menjadi korban," ujarnya.',
  "Korban Tewas Jadi 151 Orang",
  "Laporan terbaru menyebutkan korban tewas dalam pesta Halloween di Itaewon bertambah menjadi 151 orang dan 82 orang mengalami cedera. Saat ini para korban menjalani perawatan di rumah sakit di kawasan Seoul, Korea Selatan.",
  "Sebanyak 19 orang dari 151 orang yang meninggal dunia merupakan orang asing, yang telah diidentifikasi berasal dari Iran, Uzbekistan, China dan Norwegia.",
  "Kepala pemadam kebakaran setempat juga mengatakan proses identifikasi para korban masih terus dilakukan hingga kini.",
].join("\n");

const NO_FULL_STOP = [
  "Kebakaran maut di lembaga pemasyarakatan itu menewaskan 41 narapidana, sementara 39 orang lainnya dirawat di dua rumah sakit.",
  '"Sisanya ditempatkan sementara di masjid di lingkungan lapas sambil menunggu blok mereka diperbaiki," kata kepala lapas.',
  "Baca juga: Korsleting Listrik Dugaan Awal Lapas Terbakar Hebat",
  "Seluruh Korban Tewas Adalah Napi",
  "Kapolda Metro Jaya Irjen Pol Fadil Imran mengatakan semua korban tewas di Lapas Tangerang adalah narapidana atau napi",
  "Setidaknya 41 narapidana meninggal dunia akibat insiden ini, karena mereka berada di dalam ruang tahanan yang terkunci.",
  "Sementara di blok yang merupakan lokasi kebakaran, total ada sekitar 100 orang narapidana yang menghuni sel-sel itu.",
].join("\n");

describe("a crosshead in the body", () => {
  it.each([
    ["a paragraph opening with a credit word", REPORT, "Laporan terbaru menyebutkan korban tewas"],
    ["a paragraph without its full stop", NO_FULL_STOP, "mengatakan semua korban tewas di Lapas Tangerang"],
  ])("keeps %s under it", (_, page, paragraph) => {
    const doc = cleaned(page);
    expect(doc.text).toContain(paragraph);
    expect(doc.meta.authors).toEqual([]);
  });

  it.each([
    ["Laporan Wartawan TribunJakarta.com, Ega Alfreda", ["Ega Alfreda"]],
    ["(Reporting by Ananda Teresia; Editing by Martin Petty)", ["Ananda Teresia"]],
  ])("still reads the credit line %s", (line, authors) => {
    const doc = cleaned(`${REPORT}\n${line}`);
    expect(doc.text).not.toContain(line);
    expect(doc.meta.authors).toEqual(authors);
  });
});
