/**
 * @module
 * `npm run train:ner [-- --lang id|en] [--epochs N] [--bits B] [--sets a,b] [--no-da] [--no-lex]
 * [--each] [--dry]`: trains the averaged-perceptron NER models from ../shared/data and writes
 * `models/ner/<lang>.bin.gz`. Reproducible: fixed seed, fixed shuffles, corpora read in a fixed
 * order. Each training corpus is a "domain" whose feature copies let corpora with different
 * annotation habits coexist; the shipped model tags with the news domain's copy (Indonesian) or
 * the general features only (English, which has no news training corpus). Dev scores are
 * printed so epochs are chosen on dev/valid data (never on test).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { NerScorer } from "../bench/ner/conlleval.js";
import {
  DOMAINS,
  extractFeatures,
  FEATURE_COUNT,
  withDomain,
} from "../src/stages/entities/tagger/features.js";
import { type ModelLanguage, modelPath, tagWith } from "../src/stages/entities/tagger/index.js";
import { buildLexicon } from "../src/stages/entities/tagger/lexicon.js";
import { encodeModel } from "../src/stages/entities/tagger/model-io.js";
import {
  type PerceptronModel,
  type TrainingSentence,
  train,
} from "../src/stages/entities/tagger/perceptron.js";
import { tagIndex } from "../src/stages/entities/tagger/tags.js";
import { DOMAIN, loadCorpus, properNounBuckets, type SetName } from "./ner/data.js";

interface LangPlan {
  train: SetName[];
  dev: SetName[];
  epochs: number;
  /** Models trained with different shuffles and averaged. */
  runs: number;
  /** Corpus read only for the external lexicon. */
  external?: SetName;
  /** Whether to train per-domain feature copies. */
  da: boolean;
  /** Domain the shipped model tags with (0 = general features only). */
  domain: number;
}

const PLANS: Record<ModelLanguage, LangPlan> = {
  id: {
    train: ["nergritTrain", "idnerTrain"],
    dev: ["nergritValid", "idnerDev"],
    epochs: 10,
    runs: 3,
    external: "nerpTrain",
    da: true,
    domain: DOMAINS.news,
  },
  en: {
    train: ["wikigoldTrain", "unerTrain", "btcTrain"],
    dev: ["wikigoldHeldout", "unerDev", "btcDev"],
    epochs: 10,
    runs: 2,
    da: false,
    domain: DOMAINS.general,
  },
};

const SEED = 20261123;
const FOLDS = 5;
/** Minimum occurrences for a word to enter the training-data lexicon. */
const LEX_MIN = Number(process.env.NER_LEX_MIN ?? 1);
const BITS = 22;

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const flag = (name: string): boolean => process.argv.includes(`--${name}`);

function evaluate(model: PerceptronModel, set: SetName): string {
  const scorer = new NerScorer();
  for (const s of loadCorpus(set)) scorer.add(s.tags, tagWith(model, s.tokens));
  const r = scorer.result();
  return `${set}[d${model.domain ?? 0}] macro ${(100 * r.macroF1).toFixed(2)} micro ${(100 * r.micro.f1).toFixed(2)}`;
}

/**
 * The external lexicon: NERP's word codes (type and entity ratio; its lower-case ratio is
 * meaningless in a lower-cased corpus) with the POSP proper-noun ratio in the low two bits.
 */
function externalLexicon(set: SetName): Map<number, number> {
  const words = buildLexicon(loadCorpus(set)).words;
  const nnp = flag("no-pos") ? new Map<number, number>() : properNounBuckets();
  const out = new Map<number, number>();
  for (const key of new Set([...words.keys(), ...nnp.keys()])) {
    const typeAndRatio = ((words.get(key) ?? 1) - 1) >> 2;
    out.set(key, 1 + typeAndRatio * 4 + (nnp.get(key) ?? 0));
  }
  return out;
}

/** Element-wise mean of several models' weights. */
function average(models: readonly PerceptronModel[]): PerceptronModel {
  const first = models[0]!;
  const weights = new Float32Array(first.weights.length);
  const trans = new Float32Array(first.trans.length);
  for (const m of models) {
    for (let k = 0; k < weights.length; k++) weights[k]! += m.weights[k]! / models.length;
    for (let k = 0; k < trans.length; k++) trans[k]! += m.trans[k]! / models.length;
  }
  return { ...first, weights, trans };
}

function main(): void {
  const langs = (arg("lang")?.split(",") ?? ["id", "en"]) as ModelLanguage[];
  const bits = Number(arg("bits") ?? BITS);

  const useLex = !flag("no-lex");
  for (const lang of langs) {
    const plan = PLANS[lang];
    const useDomains = plan.da && !flag("no-da");
    const sets = (arg("sets")?.split(",") as SetName[] | undefined) ?? plan.train;
    const epochs = Number(arg("epochs") ?? plan.epochs);
    const t0 = Date.now();
    const sents = sets.flatMap((set) => loadCorpus(set).map((s) => ({ ...s, domain: DOMAIN[set] })));
    const tokens = sents.reduce((n, s) => n + s.tokens.length, 0);
    // Jackknifed lexicons: sentence i gets statistics only from the folds it is not in.
    // The external lexicon comes from a corpus that is not trained on, so it needs no jackknife.
    const external =
      plan.external && !flag("no-ext") ? externalLexicon(plan.external) : new Map<number, number>();
    const foldLex = Array.from({ length: FOLDS }, (_, k) => ({
      ...buildLexicon(
        sents.filter((_, i) => i % FOLDS !== k),
        LEX_MIN,
      ),
      external,
    }));
    const lexicon = useLex ? { ...buildLexicon(sents, LEX_MIN), external } : undefined;
    const data: TrainingSentence[] = sents.map((s, i) => {
      const base = extractFeatures(s.tokens, bits, useLex ? foldLex[i % FOLDS] : undefined);
      return {
        feats: useDomains && s.domain > 0 ? withDomain(base, s.domain, bits) : base,
        gold: Uint8Array.from(s.tags, tagIndex),
      };
    });
    console.log(`${lang}: ${data.length} sentences, ${tokens} tokens from ${sets.join("+")}`);
    const withExtras = (m: PerceptronModel, domain: number): PerceptronModel => ({
      ...m,
      ...(lexicon ? { lexicon } : {}),
      domain: useDomains ? domain : 0,
    });
    const report = (what: string, m: PerceptronModel): void => {
      const secs = ((Date.now() - t0) / 1000).toFixed(0);
      const own = plan.dev.map((d) => evaluate(withExtras(m, DOMAIN[d]), d));
      const shippedDomain = Number(arg("eval-domain") ?? plan.domain);
      const shipped = useDomains ? plan.dev.map((d) => evaluate(withExtras(m, shippedDomain), d)) : [];
      console.log(`${lang} ${what} (${secs}s): ${[...own, ...shipped].join("; ")}`);
    };
    // Several shuffles' averaged perceptrons, averaged again: cuts the run-to-run variance.
    const runs = Number(arg("runs") ?? plan.runs);
    const models: PerceptronModel[] = [];
    for (let r = 0; r < runs; r++) {
      models.push(
        train(data, {
          bits,
          featureCount: FEATURE_COUNT,
          epochs,
          seed: Number(arg("seed") ?? SEED) + r,
          onEpoch: (epoch, averaged) => {
            if (!flag("each") && epoch !== epochs) return;
            report(`run ${r + 1} epoch ${epoch}`, averaged());
          },
        }),
      );
    }
    const trained = average(models);
    if (runs > 1) report(`average of ${runs}`, trained);
    if (flag("dry")) continue;
    const model = withExtras(trained, plan.domain);
    const path = modelPath(lang);
    mkdirSync(dirname(path), { recursive: true });
    const bytes = encodeModel(model, lang, { trainedOn: sets, epochs, seed: SEED, tokens, bits });
    writeFileSync(path, bytes);
    console.log(`${lang}: wrote ${path} (${(bytes.length / 1e6).toFixed(2)} MB)`);
  }
}

main();
