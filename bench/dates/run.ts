/**
 * @module
 * The dates scorer: `npm run bench:dates -- [dir] [--verbose]`. Reads `<dir>/<lang>/*.tml`
 * (default: the committed hand-annotated corpus), tags each document's tag-free text with its DCT
 * as the reference day, and reports per language and overall the relaxed extent F1 (a system
 * expression matches a gold one when they overlap, one-to-one) and the value accuracy (share of
 * matched expressions whose value is exactly the gold value), and the TE3-style value F1: a value
 * counts only when its expression was found too, so it is extent F1 × value accuracy (value
 * accuracy alone flatters a tagger that finds few expressions). Last line:
 * `dates: extent F1 NN.NN, value accuracy NN.NN, value F1 NN.NN (id NN.NN, en NN.NN), NNNN docs/s`.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import type { DateMention } from "../../src/core/doc/layers/dates.js";
import { defaultPacks } from "../../src/lang/registry.js";
import { parseDay } from "../../src/stages/dates/calendar.js";
import { tagDates } from "../../src/stages/dates/tagger.js";
import { type Counts, counts, isMain, pct, prf } from "../harness.js";
import { type GoldTimex, parseTimeML, type TimeMLDoc } from "./timeml.js";

export const corpus = "bench/corpora/dates";

interface LangScore {
  readonly lang: string;
  readonly docs: number;
  readonly extent: Counts;
  readonly valueRight: number;
  readonly errors: string[];
}

function load(dir: string): Map<string, TimeMLDoc[]> {
  const out = new Map<string, TimeMLDoc[]>();
  for (const lang of readdirSync(dir).sort()) {
    const sub = join(dir, lang);
    if (!statSync(sub).isDirectory()) continue;
    const docs = readdirSync(sub)
      .filter((f) => f.endsWith(".tml"))
      .sort()
      .map((f) => parseTimeML(readFileSync(join(sub, f), "utf8"), `${lang}/${f}`));
    if (docs.length > 0) out.set(lang, docs);
  }
  return out;
}

/** One-to-one matching by overlap, largest overlap first. */
function match(gold: readonly GoldTimex[], sys: readonly DateMention[]): [GoldTimex, DateMention][] {
  const pairs: [number, number, number][] = [];
  gold.forEach((g, i) => {
    sys.forEach((s, j) => {
      const ov = Math.min(g.end, s.end) - Math.max(g.start, s.start);
      if (ov > 0) pairs.push([ov, i, j]);
    });
  });
  pairs.sort((a, b) => b[0] - a[0]);
  const usedG = new Set<number>();
  const usedS = new Set<number>();
  const out: [GoldTimex, DateMention][] = [];
  for (const [, i, j] of pairs) {
    if (usedG.has(i) || usedS.has(j)) continue;
    usedG.add(i);
    usedS.add(j);
    out.push([gold[i]!, sys[j]!]);
  }
  return out;
}

function scoreLang(lang: string, docs: readonly TimeMLDoc[]): LangScore {
  const pack = defaultPacks.get(lang);
  const extent = counts();
  let valueRight = 0;
  const errors: string[] = [];
  for (const doc of docs) {
    const sys = tagDates(doc.text, pack.dates, lang, parseDay(doc.dct));
    const pairs = match(doc.timexes, sys);
    extent.tp += pairs.length;
    extent.fn += doc.timexes.length - pairs.length;
    extent.fp += sys.length - pairs.length;
    for (const [g, s] of pairs) {
      if (g.value === s.value) valueRight += 1;
      else errors.push(`${doc.id}: VALUE "${g.text}" gold ${g.value} got ${s.value} ("${s.text}")`);
    }
    const matchedG = new Set(pairs.map(([g]) => g));
    const matchedS = new Set(pairs.map(([, s]) => s));
    for (const g of doc.timexes) if (!matchedG.has(g)) errors.push(`${doc.id}: MISS "${g.text}" ${g.value}`);
    for (const s of sys)
      if (!matchedS.has(s)) errors.push(`${doc.id}: EXTRA "${s.text}" ${s.value} ${s.rule}`);
  }
  return { lang, docs: docs.length, extent, valueRight, errors };
}

const valueAcc = (s: { extent: Counts; valueRight: number }): number =>
  s.extent.tp === 0 ? 0 : s.valueRight / s.extent.tp;

/** TE3's value F1: right values over system and gold counts, i.e. extent F1 × value accuracy. */
export const valueF1 = (s: { extent: Counts; valueRight: number }): number => prf(s.extent).f1 * valueAcc(s);

export function score(dir: string): { langs: LangScore[]; docsPerSec: number } {
  const byLang = load(dir);
  const langs = [...byLang].map(([lang, docs]) => scoreLang(lang, docs));
  // Timed after the scoring pass, which doubles as the warm-up (chrono set-up, JIT).
  const all = [...byLang].flatMap(([lang, docs]) => docs.map((d) => [lang, d] as const));
  const rounds = 3;
  const started = performance.now();
  for (let r = 0; r < rounds; r++)
    for (const [lang, d] of all) tagDates(d.text, defaultPacks.get(lang).dates, lang, parseDay(d.dct));
  const seconds = (performance.now() - started) / 1000;
  return { langs, docsPerSec: seconds > 0 ? (rounds * all.length) / seconds : 0 };
}

export async function gateScores(): Promise<Record<string, number>> {
  const { langs } = score(join(import.meta.dirname, "..", "..", corpus));
  const out: Record<string, number> = {};
  for (const l of langs) {
    out[`${l.lang}ExtentF1`] = prf(l.extent).f1;
    out[`${l.lang}ValueAcc`] = valueAcc(l);
    out[`${l.lang}ValueF1`] = valueF1(l);
  }
  return out;
}

if (isMain(import.meta.url)) {
  const args = process.argv.slice(2);
  const dir = args.find((a) => !a.startsWith("--")) ?? join(import.meta.dirname, "..", "..", corpus);
  const { langs, docsPerSec } = score(dir);
  const total = { extent: counts(), valueRight: 0 };
  for (const l of langs) {
    if (args.includes("--verbose")) for (const e of l.errors) console.log(e);
    const p = prf(l.extent);
    console.log(
      `${l.lang}: ${l.docs} docs, ${l.extent.tp + l.extent.fn} gold, extent P ${pct(p.precision)} R ${pct(p.recall)} F1 ${pct(p.f1)}, value accuracy ${pct(valueAcc(l))}, TE3 value F1 ${pct(valueF1(l))}`,
    );
    total.extent.tp += l.extent.tp;
    total.extent.fp += l.extent.fp;
    total.extent.fn += l.extent.fn;
    total.valueRight += l.valueRight;
  }
  const perLang = langs.map((l) => `${l.lang} ${pct(valueF1(l))}`).join(", ");
  console.log(
    `dates: extent F1 ${pct(prf(total.extent).f1)}, value accuracy ${pct(valueAcc(total))}, value F1 ${pct(valueF1(total))} (${perLang}), ${Math.round(docsPerSec)} docs/s`,
  );
}
