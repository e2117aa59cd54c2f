/**
 * @module
 * Named pipeline profiles. Order: cleaning fixes the text every later span points into; langid
 * picks the pack segmentation needs; entities come before quotes (speakers link to mentions) and
 * claims use everything before them.
 */
import { buildPipeline, type Pipeline } from "../core/pipeline/stage.js";
import { claimsStage } from "../stages/claims/index.js";
import { cleanStage } from "../stages/clean/index.js";
import { datesStage } from "../stages/dates/index.js";
import { entitiesStage } from "../stages/entities/index.js";
import { langidStage } from "../stages/langid/index.js";
import { quotesStage } from "../stages/quotes/index.js";
import { segmentStage } from "../stages/segment/index.js";

/** Everything: what `kabar analyze` runs. */
export function defaultPipeline(): Pipeline {
  return buildPipeline([
    cleanStage,
    langidStage,
    segmentStage,
    entitiesStage,
    datesStage,
    quotesStage,
    claimsStage,
  ]);
}

/** Cleaning and segmentation only: for ingest speed runs and the cleaning bench. */
export function cleanPipeline(): Pipeline {
  return buildPipeline([cleanStage, langidStage, segmentStage]);
}
