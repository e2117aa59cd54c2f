import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { contentId } from "../core/doc/content-id.js";
import { decodeText, sniffBinary } from "./decode.js";
import { extractHtml } from "./html.js";
import { ANALYSIS_MAX_CHARS, analysisCut } from "./limits.js";
import { type IngestResult, readInputs } from "./read-inputs.js";
import { MAX_JSON_DEPTH, parseRecords, readRecords } from "./records.js";

const collect = async (paths: string[], maxBytes = 1_000_000): Promise<IngestResult[]> => {
  const out: IngestResult[] = [];
  for await (const r of readInputs(paths, { maxBytes })) out.push(r);
  return out;
};

describe("decode", () => {
  it.each([
    ["PDF", Buffer.from("%PDF-1.7\n...")],
    ["PNG image", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a])],
    ["binary data", Buffer.from([0x41, 0x00, 0x42, 0x43])],
  ])("refuses %s", (kind, bytes) => {
    expect(sniffBinary(bytes)).toBe(kind);
    expect(() => decodeText(bytes, "x")).toThrow(/not a text/);
  });

  it("reads UTF-8 with a BOM and CRLF line ends", () => {
    expect(decodeText(Buffer.from("\uFEFFSatu\r\nDua", "utf8"), "x")).toBe("Satu\nDua");
  });

  it("converts Latin-1 text", () => {
    const bytes = iconv.encode(
      "Le café de la gare a fermé ses portes après trente années de service à la ville.",
      "latin1",
    );
    expect(decodeText(bytes, "x")).toContain("café");
  });
});

describe("records", () => {
  it("reads kabar's plain shape", () => {
    const [a] = parseRecords(
      JSON.stringify({
        text: "Banjir melanda Semarang.",
        title: "Banjir",
        outlet: "Tempo",
        published: "2024-03-14T08:00:00+07:00",
        authors: ["Ani"],
      }),
      "r.json",
    );
    expect(a?.hints).toMatchObject({
      title: "Banjir",
      outlet: "Tempo",
      authors: ["Ani"],
      published: { value: "2024-03-14T08:00+07:00", basis: "stated" },
    });
  });

  it("reads news-please output fields", () => {
    const [a] = parseRecords(
      JSON.stringify({
        maintext: "Floods hit the city.",
        date_publish: "2024-05-06 09:15:00",
        source_domain: "reuters.com",
        language: "en",
        url: "https://www.reuters.com/x",
      }),
      "np.json",
    );
    expect(a?.raw).toBe("Floods hit the city.");
    expect(a?.hints).toMatchObject({
      outlet: "Reuters",
      language: "en",
      published: { value: "2024-05-06T09:15" },
    });
  });

  it("reads JSONL, one article per line, naming each", () => {
    const list = parseRecords('{"text":"Satu."}\n{"text":"Dua."}\n', "a.jsonl");
    expect(list.map((a) => a.source)).toEqual(["a.jsonl#1", "a.jsonl#2"]);
  });

  it.each([
    ["broken JSONL line", '{"text":"Satu."}\n{"text":', /line 2/],
    ["a record without text", '{"title":"x"}', /no article text/],
    ["an empty file", "  \n", /empty/],
  ])("refuses %s", (_, text, message) => {
    expect(() => parseRecords(text, "bad.json")).toThrow(message);
  });
});

// Issue 13: one bad record no longer takes the rest of its file down with it.
describe("record-level isolation", () => {
  const summary = (text: string, source: string): string[] =>
    readRecords(text, source).map((r) =>
      r.ok ? `ok ${r.article.source}` : `${r.error.code} ${r.error.message}`,
    );

  it("a JSONL file with 1 broken line of 6 yields the 5 good lines and names the bad one", () => {
    const lines = ["Satu.", "Dua.", "Tiga.", "Empat.", "Lima."].map((t) => JSON.stringify({ text: t }));
    lines.splice(3, 0, '{"text": "Rusak');
    expect(summary(lines.join("\n"), "a.jsonl")).toEqual([
      "ok a.jsonl#1",
      "ok a.jsonl#2",
      "ok a.jsonl#3",
      expect.stringMatching(/^E_INPUT_MALFORMED malformed JSONL \(line 4: .*\): a\.jsonl$/),
      "ok a.jsonl#5",
      "ok a.jsonl#6",
    ]);
  });

  it("a JSON array with 1 record of wrong types of 7 yields the 6 good records and names the bad one", () => {
    const records: unknown[] = ["A", "B", "C", "D", "E", "F"].map((t) => ({ text: `Berita ${t}.` }));
    records.splice(2, 0, { text: 42, title: ["not", "a", "string"] });
    expect(summary(JSON.stringify(records), "b.json")).toEqual([
      "ok b.json#1",
      "ok b.json#2",
      "E_INPUT_NO_TEXT no article text could be extracted: b.json#3",
      "ok b.json#4",
      "ok b.json#5",
      "ok b.json#6",
      "ok b.json#7",
    ]);
  });

  it.each([
    ["a JSON document", `${"[".repeat(100_000)}${"]".repeat(100_000)}`, "deep.json"],
    [
      "a JSONL line",
      `{"text":"ok"}\n${'{"a":'.repeat(MAX_JSON_DEPTH + 1)}1${"}".repeat(MAX_JSON_DEPTH + 1)}`,
      "deep.jsonl",
    ],
  ])("nesting deeper than the cap in %s is a clear error", (_n, text, source) => {
    const run = (): string[] => summary(text, source);
    if (source.endsWith(".json")) expect(run).toThrow(/nested deeper than 64 levels/);
    else expect(run()).toEqual(["ok deep.jsonl#1", expect.stringMatching(/nested deeper than 64 levels/)]);
  });

  it("brackets inside strings do not count as nesting", () => {
    expect(summary(JSON.stringify({ text: `${"[{".repeat(500)} \\" ]` }), "s.json")).toEqual(["ok s.json"]);
  });
});

describe("analysis cut", () => {
  it("leaves a normal article whole and cuts a huge one at a paragraph break", () => {
    expect(analysisCut("Satu.\nDua.")).toBe(10);
    const para = `${"Kalimat berita yang cukup panjang. ".repeat(20)}\n`;
    const huge = para.repeat(Math.ceil((ANALYSIS_MAX_CHARS * 2) / para.length));
    const cut = analysisCut(huge);
    expect(cut).toBeLessThanOrEqual(ANALYSIS_MAX_CHARS);
    expect(cut).toBeGreaterThan(ANALYSIS_MAX_CHARS * 0.8);
    expect(huge[cut - 1]).toBe("\n");
  });
});

describe("html", () => {
  const page = `<!doctype html><html lang="id"><head><title>x</title>
<meta property="og:title" content="Gempa Guncang Cianjur">
<meta property="og:site_name" content="Kompas.com">
<meta property="article:published_time" content="2022-11-21T14:05:00+07:00">
<meta name="author" content="Rina Ayu">
<link rel="canonical" href="https://www.kompas.com/x">
</head><body><nav><a href="/">Beranda</a></nav><article><h1>Gempa Guncang Cianjur</h1>
<p>Gempa bermagnitudo 5,6 mengguncang Cianjur, Jawa Barat, pada Senin siang dan merusak ribuan rumah warga di sejumlah kecamatan.</p>
<p>Badan Nasional Penanggulangan Bencana mencatat ratusan korban luka dan meminta warga menjauhi bangunan yang retak.</p>
<p>Warga mengungsi ke lapangan terbuka sambil menunggu bantuan tenda dan logistik dari pemerintah daerah setempat.</p>
</article></body></html>`;

  it("extracts the body a paragraph a line and the page metadata", () => {
    const { text, hints } = extractHtml(page);
    expect(text.split("\n").filter((l) => l.startsWith("Gempa bermagnitudo"))).toHaveLength(1);
    expect(text).toContain("Warga mengungsi");
    expect(text).not.toContain("Beranda");
    expect(hints).toMatchObject({
      title: "Gempa Guncang Cianjur",
      outlet: "Kompas.com",
      url: "https://www.kompas.com/x",
      authors: ["Rina Ayu"],
      language: "id",
      published: { value: "2022-11-21T14:05+07:00", basis: "stated" },
    });
  });
});

describe("readInputs", () => {
  it("walks folders, reads every kind, and names each bad file without stopping", async () => {
    const dir = await mkdtemp(join(tmpdir(), "kabar-ingest-"));
    await mkdir(join(dir, "sub"));
    await writeFile(join(dir, "a.txt"), "Banjir melanda Semarang pada Kamis pagi.");
    await writeFile(join(dir, "sub", "b.json"), JSON.stringify({ text: "Gempa di Cianjur." }));
    await writeFile(join(dir, "empty.txt"), "");
    await writeFile(join(dir, "img.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0]));
    await writeFile(join(dir, "big.txt"), "x".repeat(2000));
    await writeFile(join(dir, "ignored.png"), "not read");
    await writeFile(join(dir, "README.md"), "# About this folder");
    await writeFile(join(dir, "LICENSE"), "MIT");
    const results = await collect([dir, join(dir, "missing.txt")], 1000);
    const summary = results.map((r) =>
      r.ok ? `ok ${r.article.source.slice(dir.length)}` : `${r.error.code} ${r.source.slice(dir.length)}`,
    );
    expect(summary).toEqual([
      "ok /a.txt",
      "E_INPUT_TOO_LARGE /big.txt",
      "E_INPUT_EMPTY /empty.txt",
      "E_INPUT_BINARY /img.txt",
      "ok /sub/b.json",
      "E_INPUT_NOT_FOUND /missing.txt",
    ]);
  });

  it("a text too long to analyse whole is read with a notice naming it and the size kept", async () => {
    const dir = await mkdtemp(join(tmpdir(), "kabar-ingest-"));
    const para = `${"Banjir melanda Semarang pada Kamis pagi. ".repeat(20)}\n`;
    const text = para.repeat(Math.ceil((ANALYSIS_MAX_CHARS * 1.5) / para.length));
    await writeFile(join(dir, "long.txt"), text);
    const [r] = await collect([join(dir, "long.txt")], 10_000_000);
    expect(r?.ok && r.article.raw).toBe(text);
    expect(r?.ok && r.notice).toMatch(
      new RegExp(`^only the first \\d+ of ${text.length} characters are analysed .*long\\.txt$`),
    );
  });
});

describe("contentId", () => {
  it("is stable across whitespace and differs across texts", () => {
    expect(contentId("Satu  dua\ntiga")).toBe(contentId("Satu dua tiga"));
    expect(contentId("Satu dua tiga")).not.toBe(contentId("Satu dua empat"));
    expect(contentId("x")).toMatch(/^[0-9a-f]{16}$/);
  });
});
