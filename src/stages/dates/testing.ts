/**
 * @module
 * Test helper: runs the dates stage on a segmented test document and checks the document
 * invariants on its output, so every table-driven test exercises the stage as the pipeline does.
 */

import { type ArticleDoc, layer } from "../../core/doc/document.js";
import { assertInvariants } from "../../core/doc/invariants.js";
import type { DateMention } from "../../core/doc/layers/dates.js";
import { makeContext } from "../../lang/context.js";
import { segmentedDoc } from "../segment/testing.js";
import { datesStage } from "./index.js";

export function runDates(
  text: string,
  lang: string,
  published?: string,
): { doc: ArticleDoc; dates: DateMention[] } {
  const doc = datesStage.run(
    segmentedDoc(text, lang, published ? { value: published, basis: "stated" } : undefined),
    makeContext(),
  );
  assertInvariants(doc);
  return { doc, dates: [...layer(doc, "dates")] };
}

/** A compact row for table comparisons: `[text, value, precision, rule]`. */
export function rows(dates: readonly DateMention[]): [string, string, string, string][] {
  return dates.map((d) => [d.text, d.value, d.precision ?? "-", d.rule]);
}
