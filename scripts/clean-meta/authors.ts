/**
 * @module
 * Training and held-out evaluation of the learned author reader (src/stages/clean/meta/authors.ts),
 * which fills in where the rules read no byline. A candidate is right when it is one of the gold
 * authors (after the bench's normalisation); only pages whose gold states the authors and where the
 * rules read none are learned from (most of them credit no author: the reader must learn to keep
 * quiet). Settings are scored by leave-one-outlet-out cross-validation on the field as the bench
 * scores it (the same set of names), beside the rules on the same pages.
 */
import { EMPTY_META } from "../../src/core/doc/document.js";
import { keptAuthors } from "../../src/stages/clean/meta/authors.js";
import type { RankerFile } from "../../src/stages/clean/meta/outlet.js";
import { fieldCorrect, norm } from "../../tools/clean/score.js";
import { type Example, sparseOf, trainBinary, weightsOf } from "./logit.js";
import type { DevPage } from "./pages.js";

export interface AuthorSetting {
  /** Learn from every labelled page ("all": what a byline looks like) or only where the rules read none. */
  readonly learn: "all" | "open";
  readonly lambda: number;
  readonly threshold: number;
}

/** The shipped setting, chosen from a stable region of the `--search` grid. */
export const AUTHOR_SETTING: AuthorSetting = { learn: "all", lambda: 0.01, threshold: 0.7 };

const labelled = (dev: readonly DevPage[]): DevPage[] => dev.filter((d) => d.gold.meta.authors !== undefined);

const labelsOf = (d: DevPage): (0 | 1)[] =>
  d.authors.candidates.map((c) =>
    (d.gold.meta.authors ?? []).some((g) => norm(g) === norm(c.name)) ? 1 : 0,
  );

function fitAuthors(
  pages: readonly DevPage[],
  names: readonly string[],
  s: Omit<AuthorSetting, "threshold">,
): Record<string, number> {
  const index = new Map(names.map((n, i) => [n, i]));
  const data: Example[] = pages
    .filter((d) => s.learn === "all" || d.authors.ruleAuthors.length === 0)
    .map((d) => ({
      x: d.authors.candidates.map((c) => sparseOf(c.features, index)),
      pos: labelsOf(d),
      w: 1,
    }));
  return weightsOf(names, trainBinary(data, names, s.lambda));
}

interface Tally {
  right: number;
  total: number;
  /** Pages where the model named someone: right, wrong. */
  added: number;
  addedRight: number;
}

const correct = (d: DevPage, authors: readonly string[]): boolean =>
  fieldCorrect("authors", d.gold.meta.authors!, { ...EMPTY_META, authors });

const show = (t: Tally): string =>
  `${(t.right / t.total).toFixed(3)} (${t.right}/${t.total}; the model named authors on ${t.added} pages, ${t.addedRight} of them right)`;

type Held = Map<string, { name: string; p: number }[]>;

/** Every page's kept candidates from a model trained without its outlet (threshold 0). */
function heldOut(
  pages: readonly DevPage[],
  names: readonly string[],
  s: Omit<AuthorSetting, "threshold">,
): Held {
  const held: Held = new Map();
  for (const g of new Set(pages.map((p) => p.group))) {
    const weights = fitAuthors(
      pages.filter((p) => p.group !== g),
      names,
      s,
    );
    const model: RankerFile = { version: "cv", threshold: 0, weights };
    for (const p of pages.filter((q) => q.group === g))
      held.set(p.slug, keptAuthors(model, p.authors.candidates));
  }
  return held;
}

function tally(pages: readonly DevPage[], pick: (d: DevPage) => readonly string[], rules: boolean): Tally {
  const t: Tally = { right: 0, total: 0, added: 0, addedRight: 0 };
  for (const d of pages) {
    const got = pick(d);
    const ok = correct(d, got);
    t.total++;
    if (ok) t.right++;
    if (!rules && d.authors.ruleAuthors.length === 0 && got.length > 0) {
      t.added++;
      if (ok) t.addedRight++;
    }
  }
  return t;
}

const pickOf = (s: AuthorSetting, d: DevPage, held: Held): readonly string[] =>
  d.authors.ruleAuthors.length > 0
    ? d.authors.ruleAuthors
    : held
        .get(d.slug)!
        .filter((k) => k.p >= s.threshold)
        .map((k) => k.name);

export function trainAuthors(
  dev: readonly DevPage[],
  opts: { search: boolean; verbose: boolean },
): { file: (RankerFile & { trained: object }) | null } {
  const pages = labelled(dev);
  const names = [
    ...new Set(pages.flatMap((p) => p.authors.candidates.flatMap((c) => [...c.features.keys()]))),
  ].sort();
  const open = pages.filter((p) => p.authors.ruleAuthors.length === 0);
  console.log(
    `authors: ${pages.length} dev pages with gold authors, ${open.length} where the rules read none (${open.filter((p) => (p.gold.meta.authors ?? []).length > 0).length} of those credit someone), ${names.length} features`,
  );
  if (opts.search)
    for (const learn of ["all", "open"] as const)
      for (const lambda of [0.001, 0.01, 0.1]) {
        const held = heldOut(pages, names, { learn, lambda });
        for (const threshold of [0.5, 0.6, 0.7, 0.8, 0.9]) {
          const s = { learn, lambda, threshold };
          console.log(`  cv ${JSON.stringify(s)}: ${show(tally(pages, (d) => pickOf(s, d, held), false))}`);
        }
      }
  const s = AUTHOR_SETTING;
  const held = heldOut(pages, names, s);
  const t = tally(pages, (d) => pickOf(s, d, held), false);
  const rules = tally(pages, (d) => d.authors.ruleAuthors, true);
  if (opts.verbose)
    for (const d of open) {
      const got = pickOf(s, d, held);
      if (correct(d, got) && got.length === 0) continue;
      console.log(
        `  ${d.slug}: gold ${JSON.stringify(d.gold.meta.authors)}, reader ${JSON.stringify(got)}; candidates ${held
          .get(d.slug)!
          .slice(0, 5)
          .map((k) => `${k.name} ${k.p.toFixed(2)}`)
          .join(", ")}`,
      );
    }
  console.log(`  rules, same pages:            ${show(rules)}`);
  console.log(`  reader, leave one outlet out: ${show(t)} ${JSON.stringify(s)}`);
  if (t.right <= rules.right) {
    console.log("  not better than the rules on held-out outlets: not written");
    return { file: null };
  }
  return {
    file: {
      version: "1.0.0",
      kind: "binary",
      mode: "fallback",
      threshold: s.threshold,
      weights: fitAuthors(pages, names, s),
      trained: {
        on: `bench/corpora/clean dev split: ${pages.length} pages with gold authors`,
        setting: s,
        crossValidated: show(t),
        rulesOnSamePages: show(rules),
      },
    },
  };
}
