/**
 * @module
 * The trained sequence tagger's public face: BIO tags for a sentence's tokens. One averaged
 * perceptron per model (Indonesian, English) lives in `models/ner/<model>.bin.gz`; each is read
 * on first use and cached for the life of the process. Which model reads a language is the
 * pack's choice (`LanguagePack.tagger`: Malay, which shares Indonesian's capitalisation and affix
 * cues, names the Indonesian one; the fallback pack the English one). The
 * Indonesian model was trained on Wikipedia-style and news corpora with per-domain feature
 * copies and tags with a fifth of its news copy folded in (the file says how much), since kabar
 * reads news.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { DomainError } from "../../../core/errors.js";
import { domainBucket, extractFeatures, FEATURE_COUNT, withDomain } from "./features.js";
import { decodeModel } from "./model-io.js";
import { foldDomain, type PerceptronModel, viterbi } from "./perceptron.js";
import { type EntityTag, TAGS } from "./tags.js";

export type { EntityTag } from "./tags.js";

/** The models shipped (what the trainer builds); a pack may name any model file present. */
export type ModelLanguage = "id" | "en";

/** Path of a model file by name (src/ and dist/ are both four levels below the package root). */
export function modelPath(lang: string): string {
  // A name is a file stem: anything else could reach outside models/ner.
  if (!/^[a-z][a-z0-9-]*$/.test(lang))
    throw new DomainError("E_MODEL_MISSING", { path: `models/ner/${lang}` });
  return fileURLToPath(new URL(`../../../../models/ner/${lang}.bin.gz`, import.meta.url));
}

const cache = new Map<string, PerceptronModel>();

/** The model file as trained (domain copies not folded in), uncached: for scoring other domains. */
export function loadRawModel(lang: string): PerceptronModel {
  const path = modelPath(lang);
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    throw new DomainError("E_MODEL_MISSING", { path }, { cause: err });
  }
  const model = decodeModel(bytes).model;
  // A model trained with another feature set would silently tag garbage: refuse it.
  if (model.featureCount !== FEATURE_COUNT)
    throw new DomainError("E_MODEL_MISMATCH", {
      path,
      detail: `${model.featureCount} features per token, this build computes ${FEATURE_COUNT}`,
    });
  return model;
}

/**
 * Loads (once) the model for a language, with its domain folded in; throws E_MODEL_MISSING if
 * the file is absent or stale. {@link loadRawModel} gives the unfolded model (for other domains).
 */
export function loadModel(lang: string): PerceptronModel {
  let model = cache.get(lang);
  if (!model) {
    const decoded = loadRawModel(lang);
    // Fold the model's domain copies in once, so tagging reads half as many weights.
    model = foldDomain(decoded, decoded.domain ?? 0, domainBucket);
    cache.set(lang, model);
  }
  return model;
}

/**
 * Tags tokens with a given model (used by the trainer and the bench as well). `domain` overrides
 * the model's own domain (the bench scores Wikipedia-style NERGrit with the "wiki" copy).
 */
export function tagWith(
  model: PerceptronModel,
  tokens: readonly string[],
  domain = model.domain ?? 0,
): EntityTag[] {
  if (tokens.length === 0) return [];
  const base = extractFeatures(tokens, model.bits, model.lexicon);
  const feats = domain ? withDomain(base, domain, model.bits) : base;
  return Array.from(viterbi(model, feats, tokens.length), (t) => TAGS[t]!);
}

/** Tags the tokens of one sentence with the named model (the language pack's `tagger`). */
export function tagTokens(tokens: readonly string[], model: string): EntityTag[] {
  if (tokens.length === 0) return [];
  return tagWith(loadModel(model), tokens);
}
