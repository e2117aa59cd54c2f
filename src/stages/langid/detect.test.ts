import { describe, expect, it } from "vitest";
import { defaultPacks } from "../../lang/registry.js";
import { detectLanguage, ownWords } from "./detect.js";

describe("detectLanguage", () => {
  it.each([
    [
      "id",
      "Presiden Joko Widodo meninjau lokasi banjir di Semarang pada Kamis dan berjanji bahwa bantuan akan segera disalurkan kepada warga.",
    ],
    ["id", "Ia mengatakan jumlah korban masih bisa bertambah karena tim SAR belum selesai mencari."],
    [
      "en",
      "The president visited the flooded city on Thursday and said that aid would reach residents within days.",
    ],
    [
      "ms",
      "Polis berkata mangsa dikejarkan ke hospital selepas kemalangan yang melibatkan sebuah kenderaan.",
    ],
    [
      "fr",
      "Le président a visité la ville inondée jeudi et a promis une aide rapide aux habitants sinistrés de la région.",
    ],
    [
      "de",
      "Der Präsident besuchte am Donnerstag die überflutete Stadt und versprach den Bewohnern schnelle Hilfe.",
    ],
  ])("%s: %s", (code, text) => {
    expect(detectLanguage(text, defaultPacks)).toBe(code);
  });

  // Indonesian news that uses words Malay also has, in names or in its own sense: the annotated
  // pages that were read as Malay (a hospital abroad by its name, formal "ialah") and their kin.
  it.each([
    [
      "hospitals abroad by name",
      "WNI berinisial AR telah dirawat di Korea University Anam Hospital akibat kejadian di Itaewon. Seorang WNI lainnya dirawat di Seobuk Hospital karena luka ringan dan sudah kembali ke kediaman.",
    ],
    [
      "formal ialah",
      "Disebutkan, penyebabnya ialah jumlah pengunjung yang membludak. Sebagian besar korban ialah remaja hingga dewasa muda yang terdesak di gang sempit.",
    ],
    [
      "a court and a post",
      "Mahkamah Konstitusi menolak gugatan itu. Masa jabatan hakim tidak diubah, kata juru bicara Mahkamah Konstitusi kepada wartawan di Jakarta.",
    ],
    [
      "a kingdom and a man",
      "Kerajaan Arab Saudi memulangkan seorang lelaki asal Lombok setelah kerajaan itu memberi pengampunan, ujar pejabat Kementerian Luar Negeri.",
    ],
  ])("reads Indonesian with %s as id", (_, text) => {
    expect(detectLanguage(text, defaultPacks)).toBe("id");
  });

  // Malay paragraphs with few function words, which the vote leaves to tinyld (which has no
  // Malay and answers Indonesian): the Malay spellings still decide.
  it.each([
    "Seramai 1,200 mangsa banjir dipindahkan ke pusat pemindahan sementara setakat petang ini.",
    "Jurucakap pasukan itu berkata pemain berkenaan tiada dalam senarai kerana kecederaan.",
    "Lori itu merempuh dua motosikal sebelum pemandunya ditahan kerana disyaki memandu di bawah pengaruh dadah.",
    "Kadar cukai baharu berkuat kuasa bulan depan, manakala syarikat kecil diberi pengecualian.",
  ])("reads Malay %s as ms", (text) => {
    expect(detectLanguage(text, defaultPacks)).toBe("ms");
  });

  it.each(["", "12 34", "OK"])("says nothing about %j", (text) => {
    expect(detectLanguage(text, defaultPacks)).toBeNull();
  });
});

describe("ownWords", () => {
  it.each([
    ["dirawat di Seobuk Hospital kemarin", ["dirawat", "di", "kemarin"]],
    ["Polis berkata. Hospital itu penuh.", ["polis", "berkata", "hospital", "itu", "penuh"]],
    ['"Kerana hujan," katanya.', ["kerana", "hujan", "katanya"]],
    ["Menurut WHO, kasus naik", ["menurut", "kasus", "naik"]],
  ])("%j → %j", (text, words) => {
    expect(ownWords(text)).toEqual(words);
  });
});
