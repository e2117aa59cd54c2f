/**
 * @module
 * `npm run bench:ner -- <file> [--lang id|en] [--domain wiki|news|web|social|general] [--all]`:
 * tags a CoNLL-style file with the shipped models and prints per-type scores, then as its last
 * line `ner: type-macro F1 NN.NN, micro F1 NN.NN, NNNNN tokens/s` (conlleval spans; tokens/s is
 * the tagger alone, model already loaded, per CPU-second of this single-threaded process). The
 * language comes from `--lang` or the path (indonlu/nergrit/nerp/idner → id, else en).
 *
 * Which annotation convention is scored: the Indonesian model learned two, as feature copies
 * per training corpus ("wiki" for Wikipedia-style NERGrit, which labels universities and schools
 * as places; "news" for idner-news-2k, which labels them organisations). A NERGrit file is
 * scored in its own convention (the wiki copy), as the IndoNLU figures are; every other file is
 * tagged exactly as the product tags (`tagTokens`: the news copy for Indonesian, folded in at the
 * model's copy weight). `--domain` overrides either (the model's own domain at its weight, any
 * other at weight 1); `--domain news` on NERGrit gives the product's own tagging there. The header
 * line names the domain used. For Wikigold, only the held-out documents (every 5th) are scored
 * unless `--all`; for BTC, a bare "@" before a tagged handle is O as in training. `gateScores()`
 * gives the CI gate NERGrit valid type-macro F1 (wiki copy, as above), idner-news-2k dev micro F1
 * and Wikigold held-out micro F1 (both as shipped), as fractions.
 */
import { basename } from "node:path";
import { defaultPacks } from "../../src/lang/registry.js";
import { DOMAINS, type DomainName, domainBucket } from "../../src/stages/entities/tagger/features.js";
import { type EntityTag, loadModel, loadRawModel, tagWith } from "../../src/stages/entities/tagger/index.js";
import { foldDomain, type PerceptronModel } from "../../src/stages/entities/tagger/perceptron.js";
import { type ConllSentence, isWikigoldHeldout, readConll } from "../../tools/ner/conll.js";
import { NerScorer, type NerScores } from "../../tools/ner/conlleval.js";
import { dataPath, fixBtcAt, loadCorpus } from "../../tools/ner/data.js";
import { isMain, pct } from "../harness.js";

/** Language of a corpus file guessed from its path. */
export function languageOfPath(path: string): "id" | "en" {
  return /indonlu|nergrit|nerp|idner|indo/i.test(path) ? "id" : "en";
}

/** The annotation convention a corpus file is scored in by default (undefined: as shipped). */
export function conventionOfPath(path: string): DomainName | undefined {
  return /nergrit/i.test(path) ? "wiki" : undefined;
}

/** The model for `lang` with `domain`'s copy folded in, at the shipped weight if it is the shipped domain. */
export function foldFor(lang: string, domain: number): PerceptronModel & { copyWeight: number } {
  const raw = loadRawModel(defaultPacks.get(lang).tagger);
  const copyWeight = domain === raw.domain ? (raw.domainWeight ?? 1) : 1;
  return { ...foldDomain(raw, domain, domainBucket, copyWeight), copyWeight };
}

/** Scores sentences and measures tagging speed. */
export function score(
  sentences: readonly ConllSentence[],
  lang: string,
  domain?: number,
): { scores: NerScores; tokensPerSecond: number; copyWeight: number } {
  // The shipped path (domain folded in) unless another domain is asked for.
  // The requested domain's copies are folded in as the product folds its own, so the speed
  // figure is the product's whatever the domain.
  // The model's own domain is folded at the model's own copy weight (as the product folds it);
  // any other domain's copy at weight 1, as trained.
  const model = domain === undefined ? loadModel(defaultPacks.get(lang).tagger) : foldFor(lang, domain);
  const scorer = new NerScorer();
  const predicted: EntityTag[][] = [];
  let tokens = 0;
  let elapsed = 0;
  // Repeat the tagging until at least a second of CPU has been spent, for a stable figure. CPU
  // time of this (single-threaded) process, not wall time: "tokens/s on one core" even when
  // other jobs share the machine.
  for (let pass = 0; pass === 0 || elapsed < 1000; pass++) {
    const c0 = process.cpuUsage();
    for (const s of sentences) {
      const tags = tagWith(model, s.tokens);
      if (pass === 0) predicted.push(tags);
      tokens += s.tokens.length;
    }
    const c = process.cpuUsage(c0);
    elapsed += (c.user + c.system) / 1000;
    if (tokens === 0) break;
  }
  sentences.forEach((s, i) => {
    scorer.add(s.tags, predicted[i]!);
  });
  const copyWeight = "copyWeight" in model ? (model.copyWeight as number) : 1;
  return {
    scores: scorer.result(),
    tokensPerSecond: elapsed === 0 ? 0 : (tokens * 1000) / elapsed,
    copyWeight,
  };
}

/** The CI gate's headline scores on the shared dev/valid data (fractions 0..1). */
export async function gateScores(): Promise<Record<string, number>> {
  const f = (sents: readonly ConllSentence[], lang: string, domain?: number): NerScores => {
    const model =
      domain === undefined
        ? loadModel(defaultPacks.get(lang).tagger)
        : loadRawModel(defaultPacks.get(lang).tagger);
    const scorer = new NerScorer();
    for (const s of sents) scorer.add(s.tags, tagWith(model, s.tokens, domain));
    return scorer.result();
  };
  return {
    nergritValidMacroF1: f(
      loadCorpus("nergritValid"),
      "id",
      DOMAINS[conventionOfPath(dataPath("nergritValid"))!],
    ).macroF1,
    idnerDevMicroF1: f(loadCorpus("idnerDev"), "id").micro.f1,
    wikigoldHeldoutMicroF1: f(loadCorpus("wikigoldHeldout"), "en").micro.f1,
  };
}

function main(): void {
  const args = process.argv.slice(2);
  const optionValue = (flag: string): string | undefined => {
    const i = args.indexOf(flag);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const values = new Set(["--lang", "--domain"].map((f) => args.indexOf(f) + 1).filter((i) => i > 0));
  const file = args.find((a, i) => !a.startsWith("--") && !values.has(i)) ?? dataPath("nergritValid");
  const lang = optionValue("--lang") ?? languageOfPath(file);
  const domainName = (optionValue("--domain") as DomainName | undefined) ?? conventionOfPath(file);
  if (domainName !== undefined && !(domainName in DOMAINS)) throw new Error(`unknown domain ${domainName}`);
  const domain = domainName === undefined ? undefined : DOMAINS[domainName];
  // BTC's "@" quirk is fixed as in training (one span per @mention).
  let sentences = /^btc\./.test(basename(file)) ? readConll(file).map(fixBtcAt) : readConll(file);
  if (/wikigold/i.test(basename(file)) && !args.includes("--all"))
    sentences = sentences.filter(isWikigoldHeldout);
  const { scores, tokensPerSecond, copyWeight } = score(sentences, lang, domain);
  const tokenCount = sentences.reduce((n, s) => n + s.tokens.length, 0);
  console.log(
    `${file} (${lang}${domainName ? `, ${domainName} domain${copyWeight !== 1 ? ` copy × ${copyWeight}, as shipped` : ""}` : ""}): ${sentences.length} sentences, ${tokenCount} tokens`,
  );
  for (const [type, s] of Object.entries(scores.perType)) {
    console.log(
      `  ${type.padEnd(13)} P ${pct(s.precision)} R ${pct(s.recall)} F1 ${pct(s.f1)} (${s.gold} gold)`,
    );
  }
  console.log(
    `ner: type-macro F1 ${pct(scores.macroF1)}, micro F1 ${pct(scores.micro.f1)}, ${Math.round(tokensPerSecond)} tokens/s`,
  );
}

if (isMain(import.meta.url)) main();
