/**
 * @module
 * The dates stage: assigns the `dates` layer, every temporal expression of the article resolved
 * against its reference day. The reference is the publication date when known; otherwise it is
 * inferred from the text (see reference.ts) and recorded in `meta.published` with basis
 * "inferred", or, failing that, the run's configured reference. Never the clock.
 */
import { withLayer, withMeta } from "../../core/doc/document.js";
import type { Stage } from "../../core/pipeline/stage.js";
import { parseDay } from "./calendar.js";
import { inferReference } from "./reference.js";
import { tagDates } from "./tagger.js";

export const datesStage: Stage = {
  name: "dates",
  version: "1.0.0",
  requires: ["sentences"],
  assigns: ["dates"],
  run: (doc, ctx) => {
    const pack = ctx.packs.get(doc.meta.language);
    // The calendar's locale names the rules and their grammar: Malay borrows Indonesian's, `und` English's.
    const lang = pack.dates.chronoLocale;
    let ref = parseDay(doc.meta.published.value);
    let out = doc;
    let inferredRef = false;
    if (!ref) {
      const inferred = inferReference(doc.text, pack.dates, lang);
      if (inferred) {
        const prior = doc.meta.published.notBefore;
        const notBefore = prior && prior > inferred.notBefore ? prior : inferred.notBefore;
        // A lower bound from cleaning that is later than the text's own evidence wins, at its day.
        const value = notBefore === inferred.notBefore ? inferred.value : notBefore;
        out = withMeta(doc, { published: { value, basis: "inferred", notBefore } });
        // Only an inferred day anchors relative dates; a year alone leaves them unresolved.
        ref = parseDay(value.length === 10 ? value : null);
        inferredRef = ref !== null;
      } else ref = parseDay(ctx.options.reference);
    }
    return withLayer(out, "dates", tagDates(doc.text, pack.dates, lang, ref, inferredRef));
  },
};
