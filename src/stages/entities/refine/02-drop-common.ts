/**
 * @module
 * Drops one-word names that are only capitalised because they open a sentence: a word the pack
 * lists as never a name by itself ("Namun", "However"), or one the same document also writes in
 * lower case ("Antara lain …" beside "di antara"). Listed names mid-sentence are left alone, and a
 * nationality adjective ("Israeli", "North Korean") is no entity at all.
 */
import { opensSentence } from "../candidate.js";
import type { Refiner } from "./env.js";

export const dropCommon: Refiner = (candidates, env) =>
  candidates.filter((c) => {
    const view = env.views[c.sentence]!;
    // A nationality adjective ("Russian", "North Korean") points to its country but names no
    // entity: not a place, not a person, never a speaker.
    if (!c.listed && env.ctx.demonyms.has(view.words.slice(c.i, c.j).join(" "))) return false;
    if (c.j - c.i !== 1) return true;
    const word = view.words[c.i]!;
    if (env.ctx.nonNames.has(word) && !c.listed) return false;
    // After a dash or quote ("KOMPAS.TV - Seorang …") a word is capitalised as a sentence opener.
    if (!opensSentence(view, c.i)) return true;
    return !env.lowerSeen.has(view.lower[c.i]!) && !env.ctx.nonNames.has(word) && !env.ctx.openers.has(word);
  });
