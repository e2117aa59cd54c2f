/**
 * @module
 * `npm run bench:langid`: accuracy and speed of language identification on short Indonesian,
 * Malay and English news paragraphs (bench/corpora/langid/*.tsv, `lang<TAB>text`). It scores the
 * product's detector (`detectLanguage`, tinyld underneath) and, for the record, eld and franc when
 * they are installed (devDependencies; a missing one is skipped, not an error). Each paragraph is
 * also scored cut to its first 8 words, the hard case of titles and captions. Malay matters as the
 * confusable neighbour of Indonesian: kabar has no Malay pack, so "id/ms merged" accuracy is shown
 * beside the strict one. The last stdout line is `langid: detectLanguage accuracy N.NNN (…)`.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { defaultPacks } from "../../src/lang/registry.js";
import { detectLanguage } from "../../src/stages/langid/detect.js";
import { isMain } from "../harness.js";
import { articlesReport } from "./articles.js";

export const corpus = "bench/corpora/langid";
const dir = fileURLToPath(new URL("../corpora/langid", import.meta.url));

export interface Sample {
  readonly lang: string;
  readonly text: string;
}

export function readSamples(folder: string = dir): Sample[] {
  return readdirSync(folder)
    .filter((n) => n.endsWith(".tsv"))
    .sort()
    .flatMap((n) =>
      readFileSync(join(folder, n), "utf8")
        .split("\n")
        .filter((l) => l.includes("\t"))
        .map((l) => {
          const tab = l.indexOf("\t");
          return { lang: l.slice(0, tab), text: l.slice(tab + 1) };
        }),
    );
}

/** A detector under test: text in, ISO 639-1 code (or "" when it will not say) out. */
export type Detector = (text: string) => string;

// franc answers in ISO 639-3; Malay comes as the macro- or an individual language.
const FROM_639_3: Record<string, string> = { ind: "id", zlm: "ms", zsm: "ms", msa: "ms", eng: "en" };

async function alternatives(): Promise<Record<string, Detector>> {
  const out: Record<string, Detector> = {};
  try {
    const { eld } = (await import("eld/large")) as {
      eld: { detect(t: string): { language: string } };
    };
    out.eld = (t) => eld.detect(t).language;
  } catch {
    // eld is optional: the comparison is for the record only.
  }
  try {
    const { franc } = (await import("franc")) as { franc(t: string, o?: object): string };
    out.franc = (t) => FROM_639_3[franc(t, { minLength: 3 })] ?? franc(t, { minLength: 3 });
  } catch {
    // franc is optional too.
  }
  return out;
}

export interface Score {
  readonly total: number;
  readonly correct: number;
  /** Correct when Indonesian and Malay count as one label. */
  readonly merged: number;
  readonly byLang: Record<string, { n: number; correct: number }>;
  readonly confusions: Record<string, number>;
}

const family = (code: string): string => (code === "ms" ? "id" : code);

export function score(samples: readonly Sample[], detect: Detector): Score {
  const byLang: Record<string, { n: number; correct: number }> = {};
  const confusions: Record<string, number> = {};
  let correct = 0;
  let merged = 0;
  for (const s of samples) {
    const got = detect(s.text) || "?";
    const slot = byLang[s.lang] ?? { n: 0, correct: 0 };
    byLang[s.lang] = slot;
    slot.n += 1;
    if (got === s.lang) {
      correct += 1;
      slot.correct += 1;
    } else {
      const key = `${s.lang}->${got}`;
      confusions[key] = (confusions[key] ?? 0) + 1;
    }
    if (family(got) === family(s.lang)) merged += 1;
  }
  return { total: samples.length, correct, merged, byLang, confusions };
}

/** Paragraphs per second over `rounds` passes (after one warm-up pass). */
export function speed(samples: readonly Sample[], detect: Detector, rounds = 5): number {
  for (const s of samples) detect(s.text);
  const start = process.hrtime.bigint();
  for (let r = 0; r < rounds; r++) for (const s of samples) detect(s.text);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  return (samples.length * rounds) / seconds;
}

/**
 * A third of the paragraphs (by a hash of their text, FNV-1a) are the test split: rules are tuned
 * on the dev split's errors only, and the test split says whether they generalise.
 */
export function splitOfSample(sample: Sample): "dev" | "test" {
  let h = 0x811c9dc5;
  for (const ch of sample.text) {
    h ^= ch.codePointAt(0)!;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % 3 === 0 ? "test" : "dev";
}

const firstWords = (text: string, n: number): string => text.split(/\s+/).slice(0, n).join(" ");

/** The product detector, as the langid stage calls it (null → "" so it counts as wrong). */
const product: Detector = (t) => detectLanguage(t, defaultPacks) ?? "";

/** Gate: strict accuracy of the product detector on the Indonesian and English paragraphs. */
export async function gateScores(): Promise<Record<string, number>> {
  const samples = readSamples().filter((s) => s.lang === "id" || s.lang === "en");
  const s = score(samples, product);
  return { idEnAccuracy: s.correct / s.total };
}

async function main(argv: readonly string[]): Promise<number> {
  if (argv.includes("--articles")) {
    articlesReport(argv.includes("--verbose"));
    return 0;
  }
  const samples = readSamples();
  const short = samples.map((s) => ({ lang: s.lang, text: firstWords(s.text, 8) }));
  const detectors: Record<string, Detector> = {
    "detectLanguage (tinyld)": product,
    ...(await alternatives()),
  };
  const langs = [...new Set(samples.map((s) => s.lang))].sort();
  const counts = langs.map((l) => `${l} ${samples.filter((s) => s.lang === l).length}`).join(", ");
  console.log(
    `langid: ${samples.length} paragraphs (${counts}); mean ${Math.round(samples.reduce((a, s) => a + s.text.length, 0) / samples.length)} chars`,
  );
  console.log(
    `| detector | ${langs.map((l) => `${l} acc`).join(" | ")} | all strict | all id/ms merged | first-8-words strict | merged | paragraphs/s |`,
  );
  console.log(`|---|${langs.map(() => "---").join("|")}|---|---|---|---|---|`);
  let headline = "";
  for (const [name, detect] of Object.entries(detectors)) {
    const s = score(samples, detect);
    const sh = score(short, detect);
    const per = langs.map((l) => {
      const b = s.byLang[l];
      return b ? (b.correct / b.n).toFixed(3) : "-";
    });
    console.log(
      `| ${name} | ${per.join(" | ")} | ${(s.correct / s.total).toFixed(3)} | ${(s.merged / s.total).toFixed(3)} | ${(sh.correct / sh.total).toFixed(3)} | ${(sh.merged / sh.total).toFixed(3)} | ${speed(samples, detect).toFixed(0)} |`,
    );
    const top = Object.entries(s.confusions)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 4)
      .map(([k, v]) => `${k} ${v}`)
      .join(", ");
    if (top) console.log(`  ${name} confusions: ${top}`);
    if (!headline) {
      headline = `langid: detectLanguage accuracy ${(s.correct / s.total).toFixed(3)} (${langs.map((l, i) => `${l} ${per[i]}`).join(", ")}; id/ms merged ${(s.merged / s.total).toFixed(3)})`;
    }
  }
  for (const split of ["dev", "test"] as const) {
    const part = samples.filter((x) => splitOfSample(x) === split);
    const s = score(part, product);
    const per = langs.map((l) => {
      const b = s.byLang[l];
      return b ? `${l} ${b.correct}/${b.n}` : `${l} -`;
    });
    console.log(`detectLanguage ${split}: ${per.join(", ")}; strict ${(s.correct / s.total).toFixed(3)}`);
  }
  if (argv.includes("--verbose")) {
    // The dev split's errors only: the test split is for measuring, never for reading.
    for (const x of samples.filter((x) => splitOfSample(x) === "dev")) {
      const got = product(x.text);
      if (got !== x.lang) console.log(`  dev ${x.lang} -> ${got || "?"}: ${x.text}`);
    }
  }
  console.log(headline);
  return 0;
}

if (isMain(import.meta.url)) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
