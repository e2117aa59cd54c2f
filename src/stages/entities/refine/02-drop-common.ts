/**
 * @module
 * Drops one-word names that are only capitalised because they open a sentence: a word the pack
 * lists as never a name by itself ("Namun", "However"), or one the same document also writes in
 * lower case ("Antara lain …" beside "di antara"). Listed names mid-sentence are left alone.
 */
import type { Refiner } from "./env.js";

export const dropCommon: Refiner = (candidates, env) =>
  candidates.filter((c) => {
    if (c.j - c.i !== 1) return true;
    const view = env.views[c.sentence]!;
    const word = view.words[c.i]!;
    if (env.ctx.nonNames.has(word) && !c.listed) return false;
    // After a dash or quote ("KOMPAS.TV - Seorang …") a word is capitalised as a sentence opener.
    const prev = view.words[c.i - 1];
    const opensSentence = prev === undefined || (prev !== "," && !/^[\p{L}\p{N}]/u.test(prev));
    if (!opensSentence) return true;
    return !env.lowerSeen.has(view.lower[c.i]!) && !env.ctx.nonNames.has(word);
  });
