/**
 * @module
 * Short forms the text defines: "Kantor Berita Pusat Korea Utara (KCNA)", "Korean Central News
 * Agency (KCNA)", "Komisi Pemilihan Umum (KPU)". The bracketed form takes the long name's type and
 * canonical (or, when the short form is listed, the long name takes the listed canonical), and
 * every later bare use of it in the document becomes a mention of the same thing. A long name
 * written as a list ("Badan Meteorologi, Klimatologi, dan Geofisika (BMKG)", "Organisation for
 * Economic Co-operation and Development (OECD)") is first joined into one name when the initials
 * of its capitalised words spell the short form.
 */

import { isAllCaps, isCapitalised, tidy } from "../../../core/text/names.js";
import { type Candidate, phraseAt, type SentenceView } from "../candidate.js";
import { sliceText } from "../find/titled.js";
import { byPosition, clash, type Refiner } from "./env.js";

interface Definition {
  readonly type: Candidate["type"];
  readonly canonical: string;
}

export const defineAcronyms: Refiner = (candidates, env) => {
  const out = joinSpelledNames(candidates, env.views, env.ctx.connectors).sort(byPosition);
  const defined = new Map<string, Definition>();
  for (let n = 0; n < out.length; n++) {
    const long = out[n]!;
    const view = env.views[long.sentence]!;
    const w = view.words;
    if (w[long.j] !== "(" || w[long.j + 2] !== ")" || !isCapitalised(w[long.j + 1] ?? "")) continue;
    const short = w[long.j + 1]!;
    if (short.length < 2 || short.length > 10 || long.j - long.i < 2) continue;
    // "Perdana Menteri (PM)" defines a title, not a name.
    if (
      phraseAt(env.ctx.titles, view.lower, long.i) > 0 ||
      phraseAt(env.ctx.titles, view.lower, long.j + 1) > 0
    )
      continue;
    const at = long.j + 1;
    const existing = out.findIndex((c) => c.sentence === long.sentence && c.i === at);
    if (existing >= 0) {
      const s = out[existing]!;
      // A listed short form names the thing better than a long name the text spells its own way.
      if (s.listed && !long.listed && s.type === long.type) out[n] = { ...long, canonical: s.canonical };
      else if (!s.listed)
        out[existing] = { ...s, type: long.type, canonical: long.canonical, rule: "acronym" };
      defined.set(short, out[existing]!.listed ? s : { type: long.type, canonical: long.canonical });
      continue;
    }
    const def = { type: long.type, canonical: long.canonical };
    defined.set(short, def);
    out.push({
      ...def,
      sentence: long.sentence,
      i: at,
      j: at + 1,
      rule: "acronym",
      weight: long.weight,
      listed: false,
    });
  }
  if (defined.size === 0) return out;
  const whole = keepBracketsWhole(out, env.views);
  // Later bare uses of a defined short form.
  for (const view of env.views) {
    view.words.forEach((word, i) => {
      const def = defined.get(word);
      if (!def) return;
      const c: Candidate = {
        ...def,
        sentence: view.index,
        i,
        j: i + 1,
        rule: "acronym",
        weight: 3,
        listed: false,
      };
      const same = whole.findIndex((o) => o.sentence === c.sentence && o.i === i && o.j === i + 1);
      // The tagger's bare "NEC" is the defined one.
      if (same >= 0 && !whole[same]!.listed)
        whole[same] = { ...whole[same]!, type: def.type, canonical: def.canonical };
      else if (!whole.some((o) => clash(o, c))) whole.push(c);
    });
  }
  return whole.sort(byPosition);
};

/**
 * An organisation or place with its short form in brackets right after it, "Bursa Efek Indonesia
 * (BEI)", is one mention over both: the bracket is part of how the name is printed, not a second
 * entity. A person's bracketed nickname ("Joko Widodo (Jokowi)") stays a mention of its own.
 */
function keepBracketsWhole(candidates: readonly Candidate[], views: readonly SentenceView[]): Candidate[] {
  const out = [...candidates].sort(byPosition);
  const drop = new Set<Candidate>();
  for (const long of out) {
    if (long.type === "person" || drop.has(long)) continue;
    const w = views[long.sentence]!.words;
    if (w[long.j] !== "(" || w[long.j + 2] !== ")") continue;
    const short = out.find((c) => c.sentence === long.sentence && c.i === long.j + 1 && c.j === long.j + 2);
    if (!short || short.type !== long.type) continue;
    drop.add(short);
    const merged = { ...long, j: long.j + 3 };
    out[out.indexOf(long)] = merged;
  }
  return out.filter((c) => !drop.has(c));
}

/** Longest stretch, in tokens, that a long name spelled by a short form may cover. */
const MAX_SPELLED = 12;

/**
 * Joins the words before "(ABC)" into one organisation (or the type of a candidate that starts
 * it) when the initials of its capitalised words, read left to right over commas and connectors
 * ("dan", "of"), are exactly the letters of ABC; the candidates inside it give way.
 */
function joinSpelledNames(
  candidates: readonly Candidate[],
  views: readonly SentenceView[],
  connectors: ReadonlySet<string>,
): Candidate[] {
  let out = [...candidates];
  for (const view of views) {
    const w = view.words;
    for (let open = 1; open + 2 < w.length; open++) {
      if (w[open] !== "(" || w[open + 2] !== ")" || !isAllCaps(w[open + 1]!)) continue;
      const letters = w[open + 1]!.toLowerCase();
      if (letters.length < 3 || letters.length > 10) continue;
      const start = spelledStart(view, open, letters, connectors);
      if (start < 0) continue;
      // Already one candidate: the ordinary definition below handles it.
      if (out.some((c) => c.sentence === view.index && c.i === start && c.j === open)) continue;
      const first = out.find((c) => c.sentence === view.index && c.i === start);
      // Capitalised common terms have short forms too ("Bahan Bakar Minyak (BBM)"): join only a
      // name written as a list or with a connector inside ("… for … and …"), or one a finder
      // already read as an organisation from its start.
      const joinedBy = view.lower.slice(start, open).some((x) => x === "," || connectors.has(x));
      if (!joinedBy && first?.type !== "organization") continue;
      const joined: Candidate = {
        sentence: view.index,
        i: start,
        j: open,
        type: first?.type === "person" || !first ? "organization" : first.type,
        canonical: tidy(sliceText(view, start, open)),
        rule: "acronym-spelled",
        weight: first?.weight ?? 4,
        listed: false,
      };
      out = [...out.filter((c) => !clash(c, joined)), joined];
    }
  }
  return out;
}

/** Where a long name ending before token `open` starts, if its initials spell `letters`; else -1. */
function spelledStart(
  view: SentenceView,
  open: number,
  letters: string,
  connectors: ReadonlySet<string>,
): number {
  let k = letters.length - 1;
  for (let i = open - 1; i >= 0 && open - i <= MAX_SPELLED; i--) {
    const word = view.words[i]!;
    if (word === "," || connectors.has(view.lower[i]!)) continue;
    if (!isCapitalised(word) || word[0]!.toLowerCase() !== letters[k]) return -1;
    if (k === 0) return i;
    k--;
  }
  return -1;
}
