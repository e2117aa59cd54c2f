/**
 * @module
 * Attaches a title printed right before a person's name as the mention's role, for people found
 * by a finder that does not read titles (the tagger, short forms): "Presiden Putin" → role
 * "Presiden". Names that already carry a role keep it.
 */

import { tidy } from "../../../core/text/names.js";
import { phraseAt } from "../candidate.js";
import { sliceText } from "../find/titled.js";
import type { Refiner } from "./env.js";

const LONGEST_TITLE = 4;

export const attachRoles: Refiner = (candidates, env) =>
  candidates.map((c) => {
    if (c.type !== "person" || c.role) return c;
    const view = env.views[c.sentence]!;
    for (let start = Math.max(0, c.i - LONGEST_TITLE); start < c.i; start++) {
      if (phraseAt(env.ctx.titles, view.lower, start) === c.i - start) {
        return { ...c, role: tidy(sliceText(view, start, c.i)) };
      }
    }
    return c;
  });
