/**
 * @module
 * End-to-end tests of the built CLI on bad input. Each case runs `node bin/kabar.js analyze` on one
 * bad input next to one good article, and checks the contract users rely on: one clear error line
 * on stderr naming the bad file, no stack trace, the good article still analysed, and exit code 1
 * because some input failed. The folder of 10,000 tiny files checks the walk neither stalls nor
 * runs out of file handles.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "..", "..");
const bin = join(root, "bin", "kabar.js");
let dir = "";
let good = "";

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function kabarWithin(timeout: number, ...paths: string[]): Run {
  const out = spawnSync(process.execPath, [bin, "analyze", ...paths, "--json", "-"], {
    encoding: "utf8",
    maxBuffer: 512 * 1024 * 1024,
    timeout,
  });
  return { status: out.status, stdout: out.stdout, stderr: out.stderr };
}

const kabar = (...paths: string[]): Run => kabarWithin(60_000, ...paths);

function folderOf(name: string, count: number, content: (i: number) => string): string {
  const folder = join(dir, name);
  mkdirSync(folder);
  for (let i = 0; i < count; i++)
    writeFileSync(join(folder, `${String(i).padStart(5, "0")}.txt`), content(i));
  return folder;
}

/** The stderr lines that report a failure (progress bars are off: stderr is not a TTY here). */
const errorLines = (stderr: string): string[] =>
  stderr.split("\n").filter((l) => l.trim() && !/input\(s\) failed; \d+ article\(s\) analysed/.test(l));

/** A stack trace shows "    at fn (file:line:col)" frames. */
const hasStack = (s: string): boolean => /^\s+at .+[:(]/m.test(s) || /internal error/.test(s);

const articleCount = (stdout: string): number =>
  (JSON.parse(stdout) as { articles: unknown[] }).articles.length;

const GOOD_TEXT = [
  "JAKARTA - Hujan deras sejak Senin malam membuat sejumlah sungai di Jakarta meluap.",
  "",
  "Petugas Badan Penanggulangan Bencana Daerah mengevakuasi 300 warga ke tempat yang lebih aman.",
  "",
  '"Kami terus memantau ketinggian air di pintu air Manggarai," kata seorang petugas, Selasa (2/1/2024).',
  "",
].join("\n");

function file(name: string, data: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, data);
  return path;
}

beforeAll(() => {
  if (!existsSync(join(root, "dist", "cli", "main.js"))) {
    execFileSync("npm", ["run", "build"], { cwd: root, stdio: "ignore" });
  }
  dir = mkdtempSync(join(tmpdir(), "kabar-e2e-"));
  good = file("good.txt", GOOD_TEXT);
}, 120_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

// Bad inputs are built lazily so the 50 MB file is only written when its case runs.
const PDF = Buffer.from("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", "latin1");
const PNG = Buffer.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
]);
// Bytes no text encoding explains: random-looking high bytes with control characters mixed in.
const GARBAGE = Buffer.from(
  Array.from(
    { length: 4096 },
    (_, i) => [0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1, 0xf0, 0x28, 0x8c, 0xbc, 0x1b][i % 12] ?? 0,
  ),
);

const CASES: [string, () => string, RegExp][] = [
  ["an empty file", () => file("empty.txt", ""), /E_INPUT_EMPTY/],
  ["a whitespace-only file", () => file("blank.txt", "  \n\n\t \n"), /E_INPUT_EMPTY/],
  ["PDF bytes", () => file("report.txt", PDF), /E_INPUT_BINARY.*PDF/],
  ["PNG bytes", () => file("photo.txt", PNG), /E_INPUT_BINARY.*PNG/],
  ["a 50 MB file", () => file("huge.txt", Buffer.alloc(50 * 1024 * 1024, "kata ")), /E_INPUT_TOO_LARGE/],
  ["bytes that are no known encoding", () => file("garbage.txt", GARBAGE), /E_INPUT_(ENCODING|BINARY)/],
  ["a missing path", () => join(dir, "no-such-article.txt"), /E_INPUT_NOT_FOUND/],
  ["malformed JSON", () => file("broken.json", '{"title": "x", "text": '), /E_INPUT_MALFORMED/],
];

describe("kabar analyze on bad input", () => {
  it.each(CASES)(
    "%s: one clear error line naming the file, the rest goes on, exit 1",
    (_name, make, code) => {
      const bad = make();
      const run = kabar(bad, good);
      const lines = errorLines(run.stderr);
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(code);
      expect(lines[0]).toContain(bad);
      expect(hasStack(run.stderr)).toBe(false);
      expect(run.status).toBe(1);
      expect(articleCount(run.stdout)).toBe(1);
    },
  );

  it("reads Latin-1 text as text, not as an error", () => {
    const latin1 = file(
      "latin1.txt",
      Buffer.from(`${GOOD_TEXT}Caf\u00e9 d\u00e9j\u00e0 ferm\u00e9.\n`, "latin1"),
    );
    const run = kabar(latin1);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const doc = JSON.parse(run.stdout) as { articles: { text: string }[] };
    expect(doc.articles[0]?.text).toContain("Caf\u00e9");
    expect(doc.articles[0]?.text).not.toContain("\uFFFD");
  });

  it("exits non-zero with one error line when the only input is missing", () => {
    const missing = join(dir, "gone", "article.txt");
    const run = kabar(missing);
    expect(errorLines(run.stderr).filter((l) => l.includes(missing))).toHaveLength(1);
    expect(hasStack(run.stderr)).toBe(false);
    expect(run.status).not.toBe(0);
    expect(run.stdout).toBe("");
  });

  it("reports each of 10,000 empty files on its own line and goes on (slow)", { timeout: 30_000 }, () => {
    const many = folderOf("empty-many", 10_000, () => "");
    const run = kabarWithin(28_000, many, good);
    const lines = errorLines(run.stderr);
    expect(lines).toHaveLength(10_000);
    expect(lines.every((l) => /E_INPUT_EMPTY/.test(l) && l.includes(many))).toBe(true);
    expect(hasStack(run.stderr)).toBe(false);
    expect(run.status).toBe(1);
    expect(articleCount(run.stdout)).toBe(1);
  });

  // One dossier over 10,000 articles: consolidation must not compare every pair (copy detection
  // goes through an inverted index of shingles). The time limit is generous; speed is measured in
  // bench/, not here.
  it("analyses a folder of 10,000 tiny articles (slow)", { timeout: 150_000 }, () => {
    const many = folderOf("tiny-many", 10_000, (i) => `Berita singkat nomor ${i} dari Jakarta.\n`);
    writeFileSync(join(many, "zz-empty.txt"), "");
    const run = kabarWithin(140_000, many);
    const lines = errorLines(run.stderr);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain("zz-empty.txt");
    expect(hasStack(run.stderr)).toBe(false);
    expect(run.status).toBe(1);
    expect(articleCount(run.stdout)).toBe(10_000);
  });
});
