/**
 * @module
 * The hostile-input corpus of issue 13, generated rather than committed: each case is a folder
 * with one good article and the bad input(s) beside it, and says what the command line must do
 * with it (exit code, which file it names, how many articles survive). `small` sizes run in the
 * unit tests; `full` sizes are the issue's own and run in `bench/fuzz/run.ts`.
 */
import { execFileSync } from "node:child_process";
import { chmodSync, mkdirSync, symlinkSync, truncateSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { seededRandom } from "../../src/core/random.js";

export type Scale = "small" | "full";

export interface FuzzCase {
  readonly name: string;
  /** The issue's description of the input. */
  readonly what: string;
  /** Files passed to the command, in order; the first is always the good article. */
  readonly inputs: readonly string[];
  /** The file the command must name on stderr (as an error or a warning). */
  readonly named: string;
  /** Exit code expected from `analyze` and `ingest`. */
  readonly exit: 0 | 1;
  /** Articles that must be analysed (analyze) and stored (ingest). */
  readonly articles: number;
  /**
   * The bad input holds a real article too: reading it (exit 0, one article more, no need to name
   * it) is as right as refusing it by name within the limits.
   */
  readonly mayRead?: boolean;
  /** Writes the inputs under `dir`; returns false when the case cannot be made here. */
  readonly build: (dir: string, scale: Scale) => boolean;
}

/**
 * The file-size limit the small corpus is meant for: its sizes are the full ones scaled so that
 * what is over (or under) the default limit at full size is over (or under) this one.
 */
export const SMALL_MAX_BYTES = 200_000;

/** The good article beside every bad input: a plain, short Indonesian news text (written for this corpus). */
export const GOOD_ARTICLE = `Banjir Rendam Ratusan Rumah di Dayeuhkolot

BANDUNG - Banjir merendam ratusan rumah warga di Kecamatan Dayeuhkolot, Kabupaten Bandung, Jawa Barat, pada Selasa (5/3/2024) setelah hujan deras mengguyur sejak Senin malam.

Kepala Badan Penanggulangan Bencana Daerah (BPBD) Kabupaten Bandung mengatakan ketinggian air mencapai dua meter di beberapa titik. "Kami sudah mengevakuasi lebih dari 300 warga ke posko pengungsian di balai desa," katanya.

Petugas gabungan menyiapkan perahu karet untuk membantu warga yang masih bertahan di rumah. Pemerintah daerah menyalurkan bantuan logistik berupa makanan siap saji, selimut dan air bersih.
`;

const PARAGRAPH =
  "Petugas gabungan terus memantau ketinggian air di sepanjang aliran Sungai Citarum, sementara warga diminta tetap waspada terhadap kemungkinan banjir susulan pada malam hari.";

const size = (scale: Scale, small: number, full: number): number => (scale === "full" ? full : small);

function write(dir: string, name: string, data: string | Uint8Array): void {
  writeFileSync(join(dir, name), data);
}

function html(body: string): string {
  return `<!doctype html><html lang="id"><head><title>Banjir</title></head><body>${body}</body></html>`;
}

/** A case with the good article plus one bad file written by `make`. */
function single(
  name: string,
  what: string,
  bad: string,
  make: (dir: string, scale: Scale) => void,
  expect: { exit?: 0 | 1; articles?: number; mayRead?: boolean } = {},
): FuzzCase {
  return {
    name,
    what,
    inputs: ["good.txt", bad],
    named: bad,
    exit: expect.exit ?? 1,
    articles: expect.articles ?? 1,
    ...(expect.mayRead ? { mayRead: true } : {}),
    build: (dir, scale) => {
      write(dir, "good.txt", GOOD_ARTICLE);
      make(dir, scale);
      return true;
    },
  };
}

const records = (n: number): string[] =>
  Array.from({ length: n }, (_, i) =>
    JSON.stringify({
      title: `Banjir hari ke-${i + 1}`,
      text: `${GOOD_ARTICLE.replace("ratusan", `${(i + 2) * 100}`)}\n${PARAGRAPH}`,
    }),
  );

export const CASES: readonly FuzzCase[] = [
  single("empty", "an empty file", "empty.txt", (d) => write(d, "empty.txt", "")),
  single("whitespace", "whitespace only", "blank.txt", (d) => write(d, "blank.txt", " \n\t\n   \n")),
  single("pdf", "a PDF", "doc.txt", (d) => write(d, "doc.txt", "%PDF-1.7\n1 0 obj\n<< >>\nendobj\n")),
  single("png", "a PNG", "image.html", (d) =>
    write(d, "image.html", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])),
  ),
  single("random-bytes", "random bytes", "noise.txt", (d, s) => {
    const rand = seededRandom(13);
    write(
      d,
      "noise.txt",
      Uint8Array.from({ length: size(s, 4096, 1 << 20) }, () => Math.floor(rand() * 256)),
    );
  }),
  single(
    "invalid-utf8",
    "invalid UTF-8",
    "broken.txt",
    (d) => {
      const bytes = Buffer.concat(
        Array.from({ length: 64 }, () =>
          Buffer.from([0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1, 0xf0, 0x28, 0x8c]),
        ),
      );
      write(d, "broken.txt", bytes);
    },
    { exit: 1 },
  ),
  single("huge-50mb", "a 50 MB file", "huge.txt", (d, s) =>
    write(d, "huge.txt", Buffer.alloc(size(s, 6 << 20, 50 << 20), "Banjir melanda. ")),
  ),
  single("sparse-1gb", "a 1 GB sparse file", "sparse.txt", (d, s) => {
    write(d, "sparse.txt", "");
    truncateSync(join(d, "sparse.txt"), size(s, 64 << 20, 1 << 30));
  }),
  single(
    "jsonl-broken-line",
    "a JSONL file with 1 broken line of 6",
    "feed.jsonl",
    (d) => {
      const lines = records(5);
      lines.splice(2, 0, '{"title": "rusak", "text": "tanpa penutup');
      write(d, "feed.jsonl", `${lines.join("\n")}\n`);
    },
    { articles: 6 },
  ),
  single(
    "json-bad-record",
    "a JSON array with 1 bad record of 7",
    "records.json",
    (d) => {
      const list: unknown[] = records(6).map((r) => JSON.parse(r));
      list.splice(4, 0, { title: 7, text: ["bukan", "teks"] });
      write(d, "records.json", JSON.stringify(list));
    },
    { articles: 7 },
  ),
  single("json-wrong-types", "JSON of wrong types", "types.json", (d) =>
    write(d, "types.json", '[1, null, "x", true]'),
  ),
  single("json-deep", "JSON nested 100,000 deep", "deep.json", (d, s) => {
    const n = size(s, 5000, 100_000);
    write(d, "deep.json", `${'{"a":'.repeat(n)}1${"}".repeat(n)}`);
  }),
  single(
    "nested-divs-closed",
    "an HTML page of 100,000 nested <div>s, closed",
    "divs.html",
    (d, s) => {
      const n = size(s, 3000, 100_000);
      write(d, "divs.html", html(`${"<div>".repeat(n)}${PARAGRAPH}${"</div>".repeat(n)}`));
    },
    { mayRead: true },
  ),
  single(
    "nested-divs-open",
    "an HTML page of 100,000 nested <div>s, never closed",
    "open.html",
    (d, s) => write(d, "open.html", html(`${"<div>".repeat(size(s, 3000, 100_000))}${PARAGRAPH}`)),
    { mayRead: true },
  ),
  {
    // The good article is inside the hostile page here: it must be read, or refused by name.
    name: "nested-divs-around-article",
    what: "10,000 nested <div>s around one article (113 KB)",
    inputs: ["good.txt", "wrapped.html"],
    named: "wrapped.html",
    exit: 1,
    articles: 1,
    mayRead: true,
    build: (d, s) => {
      write(d, "good.txt", GOOD_ARTICLE);
      const n = size(s, 1000, 10_000);
      const article = `<article>${GOOD_ARTICLE.split("\n\n")
        .map((p) => `<p>${p}</p>`)
        .join("")}</article>`;
      write(d, "wrapped.html", html(`${"<div>".repeat(n)}${article}${"</div>".repeat(n)}`));
      return true;
    },
  },
  single(
    "entity-flood",
    "an HTML page flooded with character entities",
    "entities.html",
    (d, s) => {
      const n = size(s, 20_000, 800_000);
      write(
        d,
        "entities.html",
        html(`<article><p>${"&amp;&#x41;&eacute;&#65;&lt;".repeat(n / 5)}</p></article>`),
      );
    },
    { mayRead: true },
  ),
  single("text-19mb", "a 19 MB plain-text file", "long.txt", (d, s) => {
    const para = `${PARAGRAPH}\n\n`;
    write(d, "long.txt", para.repeat(Math.ceil(size(s, 300_000, 19_000_000) / para.length)));
  }),
  single(
    "text-4mb",
    "a 4 MB plain-text file (under the default limit: truncated for analysis, with a warning)",
    "long.txt",
    (d, s) => {
      const para = `${PARAGRAPH}\n\n`;
      write(d, "long.txt", para.repeat(Math.ceil(size(s, 150_000, 4_000_000) / para.length)));
    },
    { exit: 0, articles: 2 },
  ),
  single(
    "utf16-bom",
    "UTF-16 with BOM",
    "utf16.txt",
    (d) =>
      write(
        d,
        "utf16.txt",
        Buffer.concat([
          Buffer.from([0xff, 0xfe]),
          Buffer.from(GOOD_ARTICLE.replace("ratusan", "puluhan"), "utf16le"),
        ]),
      ),
    { exit: 0, articles: 2 },
  ),
  single(
    "windows-1252",
    "Windows-1252",
    "cp1252.txt",
    (d) =>
      write(
        d,
        "cp1252.txt",
        Buffer.from(
          `${GOOD_ARTICLE.replace("ratusan", "ribuan")}\nCaf\u00e9 \u201ccerita\u201d na\u00efve \u2013 d\u00e9j\u00e0 vu.\n`.replace(
            /[\u00e9\u201c\u201d\u00ef\u2013\u00e0]/g,
            (c) =>
              String.fromCharCode(
                {
                  "\u00e9": 0xe9,
                  "\u201c": 0x93,
                  "\u201d": 0x94,
                  "\u00ef": 0xef,
                  "\u2013": 0x96,
                  "\u00e0": 0xe0,
                }[c]!,
              ),
          ),
          "latin1",
        ),
      ),
    { exit: 0, articles: 2 },
  ),
  single("symlink-loop", "a symlink loop", "loop.txt", (d) => symlinkSync("loop.txt", join(d, "loop.txt"))),
  single("fifo", "a FIFO", "pipe.txt", (d) => execFileSync("mkfifo", [join(d, "pipe.txt")])),
  {
    name: "unreadable",
    what: "an unreadable file",
    inputs: ["good.txt", "secret.txt"],
    named: "secret.txt",
    exit: 1,
    articles: 1,
    build: (d) => {
      // root reads any file, so the case cannot be made as root.
      if (process.getuid?.() === 0) return false;
      write(d, "good.txt", GOOD_ARTICLE);
      write(d, "secret.txt", GOOD_ARTICLE);
      chmodSync(join(d, "secret.txt"), 0o000);
      return true;
    },
  },
  single(
    "unicode-path",
    "a unicode path",
    "berita-\u00e9t\u00e9-\u65b0\u805e-\ud83c\udf0a.txt",
    (d) =>
      write(
        d,
        "berita-\u00e9t\u00e9-\u65b0\u805e-\ud83c\udf0a.txt",
        GOOD_ARTICLE.replace("ratusan", "belasan"),
      ),
    { exit: 0, articles: 2 },
  ),
];

/** Writes every case (or those named) under `root`, one folder each; returns the cases made. */
export function generateCorpus(root: string, scale: Scale, only?: readonly string[]): FuzzCase[] {
  const made: FuzzCase[] = [];
  for (const c of CASES) {
    if (only?.length && !only.includes(c.name)) continue;
    const dir = join(root, c.name);
    mkdirSync(dir, { recursive: true });
    if (c.build(dir, scale)) made.push(c);
  }
  return made;
}
