/**
 * @module
 * `npm run train:ner [-- --lang id|en] [--epochs N] [--bits B] [--sets a,b] [--dry]`: trains the
 * averaged-perceptron NER models from ../shared/data and writes `models/ner/<lang>.bin.gz`.
 * Reproducible: fixed seed, fixed shuffles, corpora read in a fixed order. Prints dev scores
 * after each epoch so the epoch count can be chosen on dev/valid data (never on test).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { NerScorer } from "../bench/ner/conlleval.js";
import { extractFeatures, FEATURE_COUNT } from "../src/stages/entities/tagger/features.js";
import { type ModelLanguage, modelPath, tagWith } from "../src/stages/entities/tagger/index.js";
import { encodeModel } from "../src/stages/entities/tagger/model-io.js";
import {
  type PerceptronModel,
  type TrainingSentence,
  train,
} from "../src/stages/entities/tagger/perceptron.js";
import { tagIndex } from "../src/stages/entities/tagger/tags.js";
import { type CorpusName, loadCorpus } from "./ner/data.js";

type SetName = CorpusName | "wikigoldTrain" | "wikigoldHeldout";

interface LangPlan {
  train: SetName[];
  dev: SetName[];
  epochs: number;
}

const PLANS: Record<ModelLanguage, LangPlan> = {
  id: { train: ["nergritTrain", "idnerTrain"], dev: ["nergritValid", "idnerDev"], epochs: 10 },
  en: {
    train: ["wikigoldTrain", "unerTrain", "btcTrain"],
    dev: ["wikigoldHeldout", "unerDev", "btcDev"],
    epochs: 10,
  },
};

const SEED = 20261123;
const BITS = 20;

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function evaluate(model: PerceptronModel, set: SetName): string {
  const scorer = new NerScorer();
  for (const s of loadCorpus(set)) scorer.add(s.tags, tagWith(model, s.tokens));
  const r = scorer.result();
  return `${set} macro ${(100 * r.macroF1).toFixed(2)} micro ${(100 * r.micro.f1).toFixed(2)}`;
}

function main(): void {
  const langs = (arg("lang")?.split(",") ?? ["id", "en"]) as ModelLanguage[];
  const bits = Number(arg("bits") ?? BITS);
  const dry = process.argv.includes("--dry");
  for (const lang of langs) {
    const plan = PLANS[lang];
    const sets = (arg("sets")?.split(",") as SetName[] | undefined) ?? plan.train;
    const epochs = Number(arg("epochs") ?? plan.epochs);
    const t0 = Date.now();
    const data: TrainingSentence[] = [];
    let tokens = 0;
    for (const set of sets) {
      for (const s of loadCorpus(set)) {
        data.push({ feats: extractFeatures(s.tokens, bits), gold: Uint8Array.from(s.tags, tagIndex) });
        tokens += s.tokens.length;
      }
    }
    console.log(`${lang}: ${data.length} sentences, ${tokens} tokens from ${sets.join("+")}`);
    const model = train(data, {
      bits,
      featureCount: FEATURE_COUNT,
      epochs,
      seed: SEED,
      onEpoch: (epoch, averaged) => {
        if (!process.argv.includes("--each") && epoch !== epochs) return;
        const m = averaged();
        const secs = ((Date.now() - t0) / 1000).toFixed(0);
        console.log(`${lang} epoch ${epoch} (${secs}s): ${plan.dev.map((d) => evaluate(m, d)).join("; ")}`);
      },
    });
    if (dry) continue;
    const path = modelPath(lang);
    mkdirSync(dirname(path), { recursive: true });
    const bytes = encodeModel(model, lang, { trainedOn: sets, epochs, seed: SEED, tokens });
    writeFileSync(path, bytes);
    console.log(`${lang}: wrote ${path} (${(bytes.length / 1e6).toFixed(2)} MB)`);
  }
}

main();
