/**
 * @module
 * The stage contract. A stage declares what it needs and what it makes; {@link buildPipeline}
 * refuses an order in which a stage would run before what it requires exists.
 */
import type { RunContext } from "../context.js";
import type { ArticleDoc } from "../doc/document.js";
import type { LayerName } from "../doc/layers/index.js";
import { DomainError } from "../errors.js";

/** A layer name or a pseudo-layer established by a stage (`clean`, `language`). */
export type Requirement = LayerName | "clean" | "language";

export interface Stage {
  readonly name: string;
  readonly version: string;
  readonly requires: readonly Requirement[];
  readonly assigns: readonly Requirement[];
  run(doc: ArticleDoc, ctx: RunContext): ArticleDoc;
}

export interface Pipeline {
  readonly stages: readonly Stage[];
}

/** Validates the order of `stages` and freezes it into a pipeline. */
export function buildPipeline(stages: readonly Stage[]): Pipeline {
  const assigned = new Set<Requirement>();
  const seen = new Set<string>();
  for (const stage of stages) {
    if (seen.has(stage.name)) throw new DomainError("E_PIPELINE_DUPLICATE_STAGE", { stage: stage.name });
    seen.add(stage.name);
    for (const req of stage.requires) {
      if (!assigned.has(req))
        throw new DomainError("E_PIPELINE_MISSING_LAYER", { stage: stage.name, layer: req });
    }
    for (const made of stage.assigns) assigned.add(made);
  }
  return Object.freeze({ stages: Object.freeze([...stages]) });
}

/** How one stage is run; {@link runPipeline} takes the checked runner (`checked.ts`) in tests. */
export type StageRunner = (stage: Stage, doc: ArticleDoc, ctx: RunContext) => ArticleDoc;

const runPlain: StageRunner = (stage, doc, ctx) => stage.run(doc, ctx);

/**
 * Runs every stage in order and records `{name: version}` of each on the document, so a stored
 * document says which rules made it.
 */
export function runPipeline(
  pipeline: Pipeline,
  doc: ArticleDoc,
  ctx: RunContext,
  run: StageRunner = runPlain,
): ArticleDoc {
  let current = doc;
  for (const stage of pipeline.stages) {
    const next = run(stage, current, ctx);
    current = Object.freeze({
      ...next,
      stages: Object.freeze({ ...next.stages, [stage.name]: stage.version }),
    });
  }
  return current;
}
