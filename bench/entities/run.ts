/**
 * @module
 * `npm run bench:entities -- [idnerDev|wikigoldHeldout …]`: runs the whole entities stage (tagger,
 * gazetteers, cue finders and refiners) over NER dev data turned back into running text, and
 * scores its mentions against the gold spans (type and both boundaries must match; person,
 * organization and place only, since the corpora tag events as MISC). The same sentences are also
 * scored with the tagger alone, so the line shows what the stage adds or costs on top of it. Last
 * line: `entities: micro F1 NN.NN (tagger alone NN.NN) on <set>, N mentions/s`. `gateScores()`
 * gives the stage's micro F1 on idner-news-2k dev (id) and Wikigold held-out documents (en).
 * Reads ../shared/data (bench scorers may; the product never does).
 */

import { loadCorpus, type SetName } from "../../scripts/ner/data.js";
import { makeContext } from "../../src/app/context.js";
import { docFromRaw, markDone, withMeta } from "../../src/core/doc/document.js";
import { entitiesStage } from "../../src/stages/entities/index.js";
import { tagTokens } from "../../src/stages/entities/tagger/index.js";
import { segmentStage } from "../../src/stages/segment/index.js";
import { type Counts, counts, isMain, pct, prf } from "../harness.js";
import type { ConllSentence } from "../ner/conll.js";
import { spans } from "../ner/conlleval.js";

const SETS: Readonly<Record<string, { set: SetName; lang: string }>> = {
  idnerDev: { set: "idnerDev", lang: "id" },
  wikigoldHeldout: { set: "wikigoldHeldout", lang: "en" },
};
const TYPES = new Set(["person", "organization", "place"]);
/** Corpora without document breaks are cut into pseudo-articles of this many sentences. */
const CHUNK = 20;

interface GoldDoc {
  readonly text: string;
  /** `type:start:end` of every gold span, in characters. */
  readonly gold: Set<string>;
  /** Sentences as gold tokens with their character offsets, for the tagger-alone run. */
  readonly sentences: { tokens: string[]; starts: number[] }[];
}

/** Rebuilds running text: tokens joined by spaces, sentences by newlines, gold spans in characters. */
export function goldDocs(sentences: readonly ConllSentence[]): GoldDoc[] {
  const groups: ConllSentence[][] = [];
  let last = -1;
  sentences.forEach((s, n) => {
    const chunked = sentences.every((x) => x.doc === sentences[0]!.doc);
    const key = chunked ? Math.floor(n / CHUNK) : s.doc;
    if (key !== last) groups.push([]);
    groups[groups.length - 1]!.push(s);
    last = key;
  });
  return groups.map((group) => {
    let text = "";
    const gold = new Set<string>();
    const sents: GoldDoc["sentences"] = [];
    for (const s of group) {
      const starts: number[] = [];
      const ends: number[] = [];
      s.tokens.forEach((t, k) => {
        if (k > 0) text += " ";
        starts.push(text.length);
        // idner-news-2k writes every number as "NUM"; running text has digits.
        text += t === "NUM" ? "7" : t;
        ends.push(text.length);
      });
      text += "\n";
      for (const sp of spans(s.tags)) gold.add(`${sp.type}:${starts[sp.start]}:${ends[sp.end - 1]}`);
      sents.push({ tokens: s.tokens, starts });
    }
    return { text, gold, sentences: sents };
  });
}

export interface EntityScores {
  readonly stage: Counts;
  readonly tagger: Counts;
  readonly mentions: number;
  readonly seconds: number;
}

export function scoreDocs(docs: readonly GoldDoc[], lang: string): EntityScores {
  const ctx = makeContext();
  const stage = counts();
  const tagger = counts();
  let mentions = 0;
  let seconds = 0;
  docs.forEach((g, n) => {
    const raw = docFromRaw({ source: `gold/${n}.txt`, raw: g.text, format: "text", hints: {} }, `g${n}`);
    const doc = segmentStage.run(
      markDone(markDone(withMeta(raw, { language: lang }), "clean"), "language"),
      ctx,
    );
    const t0 = process.hrtime.bigint();
    const found = entitiesStage.run(doc, ctx).layers.mentions ?? [];
    seconds += Number(process.hrtime.bigint() - t0) / 1e9;
    mentions += found.length;
    tally(
      stage,
      g.gold,
      new Set(found.filter((m) => TYPES.has(m.type)).map((m) => `${m.type}:${m.start}:${m.end}`)),
    );
    const alone = new Set<string>();
    for (const s of g.sentences) {
      for (const sp of spans(tagTokens(s.tokens, lang))) {
        const end = s.starts[sp.end - 1]! + s.tokens[sp.end - 1]!.length;
        alone.add(`${sp.type}:${s.starts[sp.start]}:${end}`);
      }
    }
    tally(tagger, g.gold, alone);
  });
  return { stage, tagger, mentions, seconds };
}

function tally(c: Counts, gold: ReadonlySet<string>, found: ReadonlySet<string>): void {
  for (const f of found) {
    if (gold.has(f)) c.tp += 1;
    else c.fp += 1;
  }
  for (const g of gold) if (!found.has(g)) c.fn += 1;
}

export function scoreSet(name: string): EntityScores {
  const spec = SETS[name];
  if (!spec) throw new Error(`unknown set ${name}; known: ${Object.keys(SETS).join(", ")}`);
  return scoreDocs(goldDocs(loadCorpus(spec.set)), spec.lang);
}

export async function gateScores(): Promise<Record<string, number>> {
  return {
    idnerDevF1: prf(scoreSet("idnerDev").stage).f1,
    wikigoldHeldoutF1: prf(scoreSet("wikigoldHeldout").stage).f1,
  };
}

function line(name: string, r: EntityScores): string {
  const s = prf(r.stage);
  const t = prf(r.tagger);
  return `entities: micro F1 ${pct(s.f1)} (P ${pct(s.precision)} R ${pct(s.recall)}; tagger alone F1 ${pct(t.f1)}, P ${pct(t.precision)} R ${pct(t.recall)}) on ${name}, ${(r.mentions / r.seconds).toFixed(0)} mentions/s`;
}

if (isMain(import.meta.url)) {
  const names = process.argv.slice(2).filter((a) => !a.startsWith("-"));
  for (const name of names.length > 0 ? names : Object.keys(SETS)) console.log(line(name, scoreSet(name)));
}
