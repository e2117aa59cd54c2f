/**
 * @module
 * Settles overlapping candidates: the longer span wins ("Kantor Berita Pusat Korea Utara" over
 * "Korea Utara"), then the more trusted finder at equal length (a known name over the tagger). A
 * role found by a losing candidate over the same span is kept on the winner. A span that opens
 * with a title ("Presiden Joko Widodo" from the tagger) loses the title to its role first.
 */
import { type Candidate, phraseAt } from "../candidate.js";
import { sliceText } from "../find/titled.js";
import { tidy } from "../names.js";
import { clash, type RefineEnv, type Refiner } from "./env.js";

export const settleOverlaps: Refiner = (candidates, env) => {
  const trimmed = candidates.map((c) => stripTitle(c, env)).filter((c): c is Candidate => c !== null);
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
