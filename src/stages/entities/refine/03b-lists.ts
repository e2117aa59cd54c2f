/**
 * @module
 * Names listed together are names of one kind: in "ke Cirebon, Kuningan, Majalengka dan
 * Indramayu" the tagger's lone "Majalengka" person is one more place. A run of three or more
 * names joined by commas and closed by "dan"/"and", whose items are mostly places (at least two,
 * and more than any other type), retypes its unlisted, untitled items to place, except a name the
 * article gives a person elsewhere; a span the tagger ran over such a list is cut at its commas
 * first.
 */

import { tidy } from "../../../core/text/names.js";
import type { Candidate, SentenceView } from "../candidate.js";
import { sliceText } from "../find/titled.js";
import { byPosition, type Refiner } from "./env.js";

export const settleLists: Refiner = (candidates, env) => {
  const split = candidates.flatMap((c) => splitAtCommas(c, env.views[c.sentence]!));
  const out = [...split].sort(byPosition);
  const people = new Set(
    out
      .filter((c) => c.type === "person" && (c.role || c.j - c.i > 1))
      .flatMap((c) => c.canonical.split(/\s+/)),
  );
  for (const list of listsOf(out, env)) {
    const places = list.filter((c) => c.type === "place").length;
    const others = new Map<string, number>();
    for (const c of list) if (c.type !== "place") others.set(c.type, (others.get(c.type) ?? 0) + 1);
    if (places < 2 || [...others.values()].some((n) => n >= places)) continue;
    for (const c of list) {
      // A name the article gives a person elsewhere ("Jokowi") stays a person.
      if (c.type === "place" || c.listed || c.role || people.has(c.canonical)) continue;
      out[out.indexOf(c)] = { ...c, type: "place" };
    }
  }
  return out;
};

/** A tagger span over "Cirebon , Kuningan" is two names. */
function splitAtCommas(c: Candidate, view: SentenceView): Candidate[] {
  if (c.rule !== "tagger" || c.type === "organization") return [c];
  const parts: Candidate[] = [];
  let from = c.i;
  for (let k = c.i; k <= c.j; k++) {
    if (k < c.j && view.words[k] !== ",") continue;
    if (k > from) {
      const text = tidy(sliceText(view, from, k));
      parts.push(k === c.j && from === c.i ? c : { ...c, i: from, j: k, canonical: text });
    }
    from = k + 1;
  }
  return parts;
}

/** Runs of candidates separated only by a comma or a list conjunction. */
function listsOf(sorted: readonly Candidate[], env: Parameters<Refiner>[1]): Candidate[][] {
  const lists: Candidate[][] = [];
  let run: Candidate[] = [];
  // A list closes with a conjunction ("A, B dan C"); commas alone chain an address or a dateline.
  const flush = () => {
    const last = run[run.length - 1];
    const prev = run[run.length - 2];
    const closed =
      last &&
      prev &&
      env.views[last.sentence]!.lower.slice(prev.j, last.i).some((w) => env.ctx.listJoiners.has(w));
    if (run.length >= 3 && closed) lists.push(run);
    run = [];
  };
  for (const c of sorted) {
    const prev = run[run.length - 1];
    if (
      prev &&
      prev.sentence === c.sentence &&
      joined(env.views[c.sentence]!, prev.j, c.i, env.ctx.listJoiners)
    ) {
      run.push(c);
      continue;
    }
    flush();
    run = [c];
  }
  flush();
  return lists;
}

/** True when the tokens `[from, to)` between two names are a list joint (",", "dan", ", dan"). */
function joined(view: SentenceView, from: number, to: number, joiners: ReadonlySet<string>): boolean {
  if (to <= from || to - from > 2) return false;
  const between = view.lower.slice(from, to);
  return between.every((w) => w === "," || joiners.has(w)) && between.filter((w) => w !== ",").length <= 1;
}
