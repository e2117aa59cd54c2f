/**
 * @module
 * Short forms the text defines: "Kantor Berita Pusat Korea Utara (KCNA)", "Korean Central News
 * Agency (KCNA)", "Komisi Pemilihan Umum (KPU)". The bracketed form takes the long name's type and
 * canonical (or, when the short form is listed, the long name takes the listed canonical), and
 * every later bare use of it in the document becomes a mention of the same thing.
 */
import { type Candidate, phraseAt } from "../candidate.js";
import { isCapitalised } from "../names.js";
import { byPosition, clash, type Refiner } from "./env.js";

interface Definition {
  readonly type: Candidate["type"];
  readonly canonical: string;
}

export const defineAcronyms: Refiner = (candidates, env) => {
  const out = [...candidates].sort(byPosition);
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
      const same = out.findIndex((o) => o.sentence === c.sentence && o.i === i && o.j === i + 1);
      // The tagger's bare "NEC" is the defined one.
      if (same >= 0 && !out[same]!.listed)
        out[same] = { ...out[same]!, type: def.type, canonical: def.canonical };
      else if (!out.some((o) => clash(o, c))) out.push(c);
    });
  }
  return out.sort(byPosition);
};
