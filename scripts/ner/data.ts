/**
 * @module
 * Where the NER training and evaluation corpora live (../shared/data beside the checkout) and
 * how each is read: label mapping, Wikigold's document-level held-out split, and BTC's "@"
 * quirk. Used by the trainer and the bench; the product never reads these files.
 */
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { type ConllSentence, isWikigoldHeldout, readConll } from "../../bench/ner/conll.js";
import { DOMAINS } from "../../src/stages/entities/tagger/features.js";

const here = dirname(fileURLToPath(import.meta.url));

/** The shared data folder: $KABAR_DATA or ../shared/data next to the repository. */
export const DATA_DIR = process.env.KABAR_DATA ?? join(here, "..", "..", "..", "shared", "data");

export const FILES = {
  nergritTrain: "indonlu/nergrit_ner-grit/train_preprocess.txt",
  nergritValid: "indonlu/nergrit_ner-grit/valid_preprocess.txt",
  nerpTrain: "indonlu/nerp_ner-prosa/train_preprocess.txt",
  idnerTrain: "idner-news-2k/train.txt",
  idnerDev: "idner-news-2k/dev.txt",
  wikigold: "wikigold/wikigold.conll.txt",
  unerTrain: "uner-en-ewt/en_ewt-ud-train.prerelease-2022.iob2",
  unerDev: "uner-en-ewt/en_ewt-ud-dev.iob2",
  btcTrain: "btc/btc.train",
  btcDev: "btc/btc.dev",
} as const;
export type CorpusName = keyof typeof FILES;
export type SetName = CorpusName | "wikigoldTrain" | "wikigoldHeldout";

/** Text domain of each corpus (see DOMAINS in the tagger's features). */
export const DOMAIN: Record<SetName, number> = {
  nergritTrain: DOMAINS.wiki,
  nergritValid: DOMAINS.wiki,
  nerpTrain: DOMAINS.news,
  idnerTrain: DOMAINS.news,
  idnerDev: DOMAINS.news,
  wikigold: DOMAINS.wiki,
  wikigoldTrain: DOMAINS.wiki,
  wikigoldHeldout: DOMAINS.wiki,
  unerTrain: DOMAINS.web,
  unerDev: DOMAINS.web,
  btcTrain: DOMAINS.social,
  btcDev: DOMAINS.social,
};

export const dataPath = (name: CorpusName): string => join(DATA_DIR, FILES[name]);
export const haveData = (): boolean => existsSync(dataPath("nergritValid"));

/**
 * BTC splits an @mention into "@" and the handle and tags both B-X; keep the handle as the
 * entity and make the bare "@" O, so each mention is one span (as a news reader would see it).
 */
export function fixBtcAt(s: ConllSentence): ConllSentence {
  const tags = s.tags.slice();
  for (let i = 0; i + 1 < tags.length; i++) {
    if (s.tokens[i] === "@" && tags[i]!.startsWith("B-") && tags[i + 1] === tags[i]) tags[i] = "O";
  }
  return { ...s, tags };
}

/** Reads a corpus by name, applying its split and fixes (Wikigold: train = all but held-out docs). */
export function loadCorpus(name: SetName): ConllSentence[] {
  if (name === "wikigoldTrain") return readConll(dataPath("wikigold")).filter((s) => !isWikigoldHeldout(s));
  if (name === "wikigoldHeldout") return readConll(dataPath("wikigold")).filter(isWikigoldHeldout);
  const sents = readConll(dataPath(name));
  return name === "btcTrain" || name === "btcDev" ? sents.map(fixBtcAt) : sents;
}
