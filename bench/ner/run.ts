/**
 * @module
 * `npm run bench:ner -- <file> [--lang id|en] [--all]`: tags a CoNLL-style file with the shipped
 * models and prints per-type scores, then as its last line
 * `ner: type-macro F1 NN.NN, micro F1 NN.NN, NNNNN tokens/s` (conlleval spans; tokens/s is the
 * tagger alone, model already loaded, one thread). The language comes from `--lang` or the path
 * (indonlu/nergrit/nerp/idner → id, else en). For Wikigold, only the held-out documents (every
 * 5th) are scored unless `--all`. `gateScores()` gives the CI gate NERGrit valid type-macro F1,
 * idner-news-2k dev micro F1 and Wikigold held-out micro F1, as fractions.
 */
import { basename } from "node:path";
import { dataPath, loadCorpus } from "../../scripts/ner/data.js";
import {
  type EntityTag,
  loadModel,
  modelLanguage,
  tagTokens,
} from "../../src/stages/entities/tagger/index.js";
import { isMain, pct } from "../harness.js";
import { type ConllSentence, isWikigoldHeldout, readConll } from "./conll.js";
import { NerScorer, type NerScores } from "./conlleval.js";

/** Language of a corpus file guessed from its path. */
export function languageOfPath(path: string): "id" | "en" {
  return /indonlu|nergrit|nerp|idner|indo/i.test(path) ? "id" : "en";
}

/** Scores sentences and measures tagging speed. */
export function score(
  sentences: readonly ConllSentence[],
  lang: string,
): { scores: NerScores; tokensPerSecond: number } {
  loadModel(modelLanguage(lang));
  const scorer = new NerScorer();
  const predicted: EntityTag[][] = [];
  let tokens = 0;
  let elapsed = 0;
  // Repeat the tagging until at least a second has passed, for a stable speed figure.
  for (let pass = 0; pass === 0 || elapsed < 1000; pass++) {
    const t0 = performance.now();
    for (const s of sentences) {
      const tags = tagTokens(s.tokens, lang);
      if (pass === 0) predicted.push(tags);
      tokens += s.tokens.length;
    }
    elapsed += performance.now() - t0;
    if (tokens === 0) break;
  }
  sentences.forEach((s, i) => {
    scorer.add(s.tags, predicted[i]!);
  });
  return { scores: scorer.result(), tokensPerSecond: elapsed === 0 ? 0 : (tokens * 1000) / elapsed };
}

/** The CI gate's headline scores on the shared dev/valid data (fractions 0..1). */
export async function gateScores(): Promise<Record<string, number>> {
  const f = (sents: ConllSentence[], lang: string): NerScores => {
    const scorer = new NerScorer();
    for (const s of sents) scorer.add(s.tags, tagTokens(s.tokens, lang));
    return scorer.result();
  };
  return {
    nergritValidMacroF1: f(loadCorpus("nergritValid"), "id").macroF1,
    idnerDevMicroF1: f(loadCorpus("idnerDev"), "id").micro.f1,
    wikigoldHeldoutMicroF1: f(loadCorpus("wikigoldHeldout"), "en").micro.f1,
  };
}

function main(): void {
  const args = process.argv.slice(2);
  const langAt = args.indexOf("--lang");
  const file =
    args.find((a, i) => !a.startsWith("--") && (langAt < 0 || i !== langAt + 1)) ?? dataPath("nergritValid");
  const lang = langAt >= 0 ? args[langAt + 1]! : languageOfPath(file);
  let sentences = readConll(file);
  if (/wikigold/i.test(basename(file)) && !args.includes("--all"))
    sentences = sentences.filter(isWikigoldHeldout);
  const { scores, tokensPerSecond } = score(sentences, lang);
  const tokenCount = sentences.reduce((n, s) => n + s.tokens.length, 0);
  console.log(`${file} (${lang}): ${sentences.length} sentences, ${tokenCount} tokens`);
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
