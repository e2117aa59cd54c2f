/**
 * @module
 * A synthetic news stream for the clustering speed bench: many stories, each with its own people,
 * places, organisation and topic words, told by several articles over a few days in Indonesian or
 * English (some stories in both), with filler prose drawn from a large pseudo-word vocabulary so
 * term statistics look like a real archive (a long tail of rare words, a core of frequent ones).
 * Deterministic for a seed.
 */

import { seededRandom } from "../../src/core/random.js";
import type { ClusterInput } from "../../src/story/cluster/index.js";

/** Seeded, so every run generates the same stream. */
export const rng = seededRandom;

const SYL =
  "ba be bi bo bu da de di do du ga gi gu ka ke ki ko ku la li lo lu ma me mi mo mu na ne ni no nu pa pe pi po pu ra re ri ro ru sa se si so su ta te ti to tu wa wi ya yu an ar in ur ng".split(
    " ",
  );

function pseudoWord(next: () => number, syllables: number): string {
  let w = "";
  for (let i = 0; i < syllables; i++) w += SYL[Math.floor(next() * SYL.length)];
  return w;
}

const cap = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);

interface StorySpec {
  readonly id: string;
  readonly languages: readonly ("id" | "en")[];
  readonly people: readonly string[];
  readonly places: readonly string[];
  readonly org: string;
  readonly topic: readonly string[];
  readonly start: number;
  readonly days: number;
  readonly size: number;
}

const ID_FRAMES = [
  "{P} mengatakan {T} di {L} akan dibahas bersama {O}.",
  "Menurut {P}, {T} dan {T} menjadi perhatian warga {L}.",
  "{O} mencatat {T} meningkat sejak pekan lalu di {L}.",
  "Warga {L} menunggu keputusan {O} soal {T}.",
  "Pihak {O} menyatakan {T} masih diselidiki, kata {P}.",
];
const EN_FRAMES = [
  "{P} said the {T} in {L} would be discussed with {O}.",
  "According to {P}, {T} and {T} worry residents of {L}.",
  "{O} recorded rising {T} in {L} since last week.",
  "Residents of {L} await a decision by {O} on the {T}.",
  "{O} said the {T} was still under investigation, {P} added.",
];
const ID_FILLER =
  "yang dan di ke dari untuk dengan pada ini itu dalam akan telah sudah tidak bahwa atau juga oleh sebagai adalah ada lebih banyak hari tahun pemerintah warga kota daerah menurut kata saat masih".split(
    " ",
  );
const EN_FILLER =
  "the and of to in for with on this that will has have was were not also by as is are more many day year government residents city region said when still".split(
    " ",
  );

/** Generates `count` articles over many stories, in publication order. */
export function syntheticStream(
  count: number,
  seed = 7,
): { inputs: ClusterInput[]; gold: Map<string, string> } {
  const next = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  // A vocabulary with a Zipf-like use: the first words are drawn far more often.
  const vocab = Array.from({ length: 30_000 }, () => pseudoWord(next, 2 + Math.floor(next() * 3)));
  const zipf = (): string => vocab[Math.floor(vocab.length * next() ** 3)]!;
  const firstNames = Array.from({ length: 600 }, () => cap(pseudoWord(next, 2 + Math.floor(next() * 2))));
  const lastNames = Array.from({ length: 1500 }, () => cap(pseudoWord(next, 3)));
  const places = Array.from({ length: 2000 }, () => cap(pseudoWord(next, 3)));
  const orgs = Array.from({ length: 800 }, () => pseudoWord(next, 2).toUpperCase());
  const topics = Array.from({ length: 300 }, () => Array.from({ length: 25 }, () => pseudoWord(next, 3)));
  const DAY = 86_400_000;
  const t0 = Date.parse("2022-01-01");
  const span = 730 * DAY;
  const stories: StorySpec[] = [];
  let planned = 0;
  while (planned < count) {
    const topic = pick(topics);
    const size = Math.min(60, 1 + Math.floor(-Math.log(1 - next()) * 7));
    const r = next();
    stories.push({
      id: `st${stories.length}`,
      languages: r < 0.6 ? ["id"] : r < 0.9 ? ["en"] : ["id", "en"],
      people: [`${pick(firstNames)} ${pick(lastNames)}`, `${pick(firstNames)} ${pick(lastNames)}`],
      places: [pick(places), pick(places)],
      org: pick(orgs),
      topic: Array.from({ length: 8 }, () => pick(topic)),
      start: t0 + next() * span,
      days: 1 + Math.floor(next() * 7),
      size,
    });
    planned += size;
  }
  const items: { time: number; input: ClusterInput; story: string }[] = [];
  let n = 0;
  for (const s of stories) {
    for (let k = 0; k < s.size && n < count; k++, n++) {
      const lang = pick(s.languages);
      const frames = lang === "id" ? ID_FRAMES : EN_FRAMES;
      const filler = lang === "id" ? ID_FILLER : EN_FILLER;
      const fill = (m: number): string =>
        Array.from({ length: m }, () => (next() < 0.5 ? pick(filler) : zipf())).join(" ");
      const sentence = (): string =>
        pick(frames)
          .replace(/\{P\}/g, () => pick(s.people))
          .replace(/\{L\}/g, () => pick(s.places))
          .replace(/\{O\}/g, s.org)
          .replace(/\{T\}/g, () => pick(s.topic));
      const paragraphs = Array.from(
        { length: 6 + Math.floor(next() * 6) },
        () => `${sentence()} ${cap(fill(12))}.`,
      );
      const time = s.start + next() * s.days * DAY;
      const id = `a${n}`;
      items.push({
        time,
        story: s.id,
        input: {
          id,
          title: `${pick(s.people)} ${pick(s.topic)} ${pick(s.topic)} ${pick(s.places)}`,
          text: paragraphs.join("\n\n"),
          language: lang,
          published: new Date(time).toISOString().slice(0, 10),
        },
      });
    }
  }
  items.sort((a, b) => a.time - b.time);
  return { inputs: items.map((i) => i.input), gold: new Map(items.map((i) => [i.input.id, i.story])) };
}
