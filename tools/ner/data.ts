/**
 * @module
 * Where the NER training and evaluation corpora live (../shared/data beside the checkout) and
 * how each is read: label mapping, Wikigold's document-level held-out split, and BTC's "@"
 * quirk. Used by the trainer and the bench; the product never reads these files.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { DOMAINS } from "../../src/stages/entities/tagger/features.js";
import { wordKey } from "../../src/stages/entities/tagger/lexicon.js";
import { type ConllSentence, isWikigoldHeldout, readConll } from "./conll.js";

const here = dirname(fileURLToPath(import.meta.url));

/** The shared data folder: $KABAR_DATA or ../shared/data next to the repository. */
export const DATA_DIR = process.env.KABAR_DATA ?? join(here, "..", "..", "..", "shared", "data");

export const FILES = {
  nergritTrain: "indonlu/nergrit_ner-grit/train_preprocess.txt",
  nergritValid: "indonlu/nergrit_ner-grit/valid_preprocess.txt",
  nerpTrain: "indonlu/nerp_ner-prosa/train_preprocess.txt",
  pospTrain: "indonlu/posp_pos-prosa/train_preprocess.txt",
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
  pospTrain: DOMAINS.news,
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

const loaded = new Map<SetName, readonly ConllSentence[]>();

/**
 * Reads a corpus by name, applying its split and fixes (Wikigold: train = all but held-out docs).
 * Read once per process: the trainer asks for the same sets for lexicons, clusters and dev reports.
 */
export function loadCorpus(name: SetName): readonly ConllSentence[] {
  let sents = loaded.get(name);
  if (!sents) {
    if (name === "wikigoldTrain")
      sents = readConll(dataPath("wikigold")).filter((s) => !isWikigoldHeldout(s));
    else if (name === "wikigoldHeldout") sents = readConll(dataPath("wikigold")).filter(isWikigoldHeldout);
    else if (name === "btcTrain" || name === "btcDev") sents = readConll(dataPath(name)).map(fixBtcAt);
    else sents = readConll(dataPath(name));
    loaded.set(name, sents);
  }
  return sents;
}

/**
 * Per lower-cased word (seen at least twice) in POSP train, how often it is tagged NNP (proper
 * noun), bucketed 0–3: the one name cue in that lower-cased corpus that also covers organisations.
 */
export function properNounBuckets(): Map<number, number> {
  const stats = new Map<number, [number, number]>();
  for (const line of readFileSync(dataPath("pospTrain"), "utf8").split("\n")) {
    const [token, tag] = line.split("\t");
    if (!token || !tag) continue;
    const key = wordKey(token.toLowerCase());
    const s = stats.get(key) ?? [0, 0];
    s[0]++;
    if (tag.trim() === "B-NNP") s[1]++;
    stats.set(key, s);
  }
  const out = new Map<number, number>();
  for (const [key, [total, nnp]] of stats) {
    if (total < 2) continue;
    const r = nnp / total;
    out.set(key, r >= 0.9 ? 3 : r >= 0.5 ? 2 : r > 0.1 ? 1 : 0);
  }
  return out;
}
