import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { contentId } from "./content-id.js";
import { decodeText, sniffBinary } from "./decode.js";
import { extractHtml } from "./html.js";
import { type IngestResult, readInputs } from "./read-inputs.js";
import { parseRecords } from "./records.js";

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
});

describe("contentId", () => {
  it("is stable across whitespace and differs across texts", () => {
    expect(contentId("Satu  dua\ntiga")).toBe(contentId("Satu dua tiga"));
    expect(contentId("Satu dua tiga")).not.toBe(contentId("Satu dua empat"));
    expect(contentId("x")).toMatch(/^[0-9a-f]{16}$/);
  });
});
