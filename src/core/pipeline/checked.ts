/**
 * @module
 * The stage contract enforced. {@link runChecked} hands a stage a view of the document on which
 * only the layers it declares (`requires`, plus its own `assigns`) can be read: reading any other
 * layer throws `E_STAGE_UNDECLARED_LAYER`, even when that layer is absent, so a missing declaration
 * shows on the first run and not only when an earlier stage happens to be dropped. After the stage
 * returns, it checks that every declared layer was assigned and that no other layer was written.
 * The tests run the real pipelines through it; production runs stages plainly (no proxy cost).
 */
import type { RunContext } from "../context.js";
import type { ArticleDoc } from "../doc/document.js";
import { LAYER_NAMES, type LayerName, type Layers } from "../doc/layers/index.js";
import { DomainError } from "../errors.js";
import type { Stage, StageRunner } from "./stage.js";

const isLayer = (name: string): name is LayerName => (LAYER_NAMES as readonly string[]).includes(name);

/**
 * The layers object a stage sees: the declared layers as ordinary (enumerable) properties, every
 * other layer name as a non-enumerable getter that throws. Non-enumerable, so `withLayer`'s spread
 * copies only what the stage may see and never trips a getter; {@link runChecked} puts the hidden
 * layers back afterwards.
 */
function layersView(stage: Stage, layers: Layers): Layers {
  const allowed = new Set<string>([...stage.requires, ...stage.assigns]);
  const view: Record<string, unknown> = {};
  for (const name of LAYER_NAMES) {
    if (allowed.has(name)) {
      if (layers[name] !== undefined) view[name] = layers[name];
      continue;
    }
    Object.defineProperty(view, name, {
      enumerable: false,
      get: () => {
        throw new DomainError("E_STAGE_UNDECLARED_LAYER", { stage: stage.name, layer: name });
      },
    });
  }
  return Object.freeze(view) as Layers;
}

/** Runs one stage on a view of `doc` that enforces its declaration; see the module comment. */
export const runChecked: StageRunner = (stage: Stage, doc: ArticleDoc, ctx: RunContext): ArticleDoc => {
  const view: ArticleDoc = Object.freeze({ ...doc, layers: layersView(stage, doc.layers) });
  const out = stage.run(view, ctx);
  const outLayers = Object.entries(Object.getOwnPropertyDescriptors(out.layers))
    .filter(([, d]) => d.enumerable)
    .map(([name, d]) => [name, d.value] as const);
  const assigned: Record<string, unknown> = {};
  for (const [name, items] of outLayers) {
    if (stage.assigns.includes(name as LayerName)) assigned[name] = items;
    else if (items !== doc.layers[name as LayerName])
      throw new DomainError("E_STAGE_UNDECLARED_WRITE", { stage: stage.name, layer: name });
  }
  for (const name of stage.assigns) {
    const made = isLayer(name) ? name in assigned : out.done.includes(name);
    if (!made) throw new DomainError("E_STAGE_UNASSIGNED", { stage: stage.name, layer: name });
  }
  return Object.freeze({ ...out, layers: Object.freeze({ ...doc.layers, ...assigned }) as Layers });
};
