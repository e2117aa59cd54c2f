/**
 * @module
 * The dates stage: assigns the `dates` layer, every temporal expression of the article resolved
 * against its reference day. The reference is the publication date when known; otherwise it is
 * inferred from the text (see reference.ts) and recorded in `meta.published` with basis
 * "inferred", or, failing that, the run's configured reference. Never the clock.
 */
import { withLayer, withMeta } from "../../core/doc/document.js";
import type { Stage } from "../../core/pipeline/stage.js";
import { formatDay, parseDay } from "./calendar.js";
import { inferReference } from "./reference.js";
import { tagDates } from "./tagger.js";

export const datesStage: Stage = {
  name: "dates",
  version: "1.0.0",
  requires: ["sentences"],
  assigns: ["dates"],
  run: (doc, ctx) => {
    const pack = ctx.pack(doc.meta.language);
    const lang = pack.code === "und" ? "en" : pack.code;
    let ref = parseDay(doc.meta.published.value);
    let out = doc;
    if (!ref) {
      const inferred = inferReference(doc.text, pack.dates, lang);
      if (inferred) {
        const day = formatDay(inferred);
        const prior = doc.meta.published.notBefore;
        const notBefore = prior && prior > day ? prior : day;
        out = withMeta(doc, { published: { value: notBefore, basis: "inferred", notBefore } });
        ref = parseDay(notBefore);
      } else ref = parseDay(ctx.options.reference);
    }
    return withLayer(out, "dates", tagDates(doc.text, pack.dates, lang, ref));
  },
};
