/**
 * @module
 * Settles overlapping candidates: the longer span wins ("Kantor Berita Pusat Korea Utara" over
 * "Korea Utara"), then the more trusted finder at equal length (a known name over the tagger). A
 * role found by a losing candidate over the same span is kept on the winner. A span that opens
 * with a title ("Presiden Joko Widodo" from the tagger) loses the title to its role first (a
 * tagged organisation just loses it: "Panglima Tentara Nasional Indonesia"), and an organisation
 * run that swallowed a person's name gives it back.
 */

import { tidy } from "../../../core/text/names.js";
import { type Candidate, phraseAt } from "../candidate.js";
import { sliceText } from "../find/titled.js";
import { clash, type RefineEnv, type Refiner } from "./env.js";

export const settleOverlaps: Refiner = (candidates, env) => {
  const stripped = candidates.map((c) => stripTitle(c, env)).filter((c): c is Candidate => c !== null);
  const trimmed = stripped
    .map((c) => cutPersonTail(c, stripped, env))
    .filter((c): c is Candidate => c !== null)
    .map((c) => taggerStart(c, stripped, env));
  const order = [...trimmed].sort((a, b) => b.j - b.i - (a.j - a.i) || b.weight - a.weight);
  const kept: Candidate[] = [];
  for (const c of order) {
    const rival = kept.findIndex((k) => clash(k, c));
    if (rival < 0) {
      kept.push(c);
      continue;
    }
    const k = kept[rival]!;
    if (k.i === c.i && k.j === c.j && k.type === "person" && !k.role && c.role)
      kept[rival] = { ...k, role: c.role };
  }
  return kept;
};

function stripTitle(c: Candidate, env: RefineEnv): Candidate | null {
  if (c.type === "organization" && c.rule === "tagger") return stripOfficeTitle(c, env);
  if (c.type !== "person" || c.role) return c;
  const view = env.views[c.sentence]!;
  const len = phraseAt(env.ctx.titles, view.lower, c.i);
  if (len === 0) return c;
  if (c.i + len >= c.j) return null;
  return {
    ...c,
    i: c.i + len,
    canonical: tidy(sliceText(view, c.i + len, c.j)),
    role: tidy(sliceText(view, c.i, c.i + len)),
  };
}

/**
 * An organisation the tagger ran on from the title of its head ("Panglima Tentara Nasional
 * Indonesia") starts after the title: the organisation is "Tentara Nasional Indonesia".
 */
function stripOfficeTitle(c: Candidate, env: RefineEnv): Candidate {
  const view = env.views[c.sentence]!;
  const len = phraseAt(env.ctx.titles, view.lower, c.i);
  if (len === 0 || c.j - (c.i + len) < 1) return c;
  return { ...c, i: c.i + len, canonical: tidy(sliceText(view, c.i + len, c.j)) };
}

/**
 * A cue-built organisation or place run that ends in a person's name someone else found
 * ("Partai Demokrat Bali I Made Mudharta") stops before the person.
 */
function cutPersonTail(c: Candidate, all: readonly Candidate[], env: RefineEnv): Candidate | null {
  if (c.listed || c.type === "person" || !c.rule.startsWith("head")) return c;
  const person = all.find(
    (p) => p.type === "person" && p.sentence === c.sentence && p.i > c.i && p.i < c.j && p.j >= c.j,
  );
  if (!person) return c;
  const view = env.views[c.sentence]!;
  let j = person.i;
  while (j > c.i && env.ctx.connectors.has(view.lower[j - 1]!)) j--;
  if (j - c.i < 2) return null;
  return { ...c, j, canonical: tidy(sliceText(view, c.i, j)) };
}

/**
 * A title-cue name the tagger starts later, at the same end ("Menteri Investasi Bahlil
 * Lahadalia": the tagger knows "Investasi" is no name), starts where the tagger does; the words
 * between join the role.
 */
function taggerStart(c: Candidate, all: readonly Candidate[], env: RefineEnv): Candidate {
  if (c.rule !== "title-cue" && c.rule !== "appositive") return c;
  const t = all.find(
    (x) =>
      x.rule === "tagger" && x.type === "person" && x.sentence === c.sentence && x.j === c.j && x.i > c.i,
  );
  if (!t) return c;
  const view = env.views[c.sentence]!;
  return { ...c, i: t.i, canonical: t.canonical, role: tidy(`${c.role ?? ""} ${sliceText(view, c.i, t.i)}`) };
}
