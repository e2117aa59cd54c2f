/**
 * @module
 * The modality of one statement, read from the pack's cue lists (no per-language branches): a
 * negation or a plan changes what is claimed, so it outranks hedging; background history and
 * reported speech come last. Cues match whole words on the lower-cased, punctuation-folded text.
 */
import type { Modality } from "../../core/doc/layers/claims.js";
import type { ClaimData } from "../../lang/types/claims.js";

export interface ModalityCues {
  /** The statement reports a running figure at some moment ("rose to", "hingga pukul"). */
  readonly update: boolean;
  readonly negated: boolean;
  readonly planned: boolean;
  readonly hedged: boolean;
  readonly background: boolean;
  readonly attributed: boolean;
}

/** `folded` is the sentence lower-cased with punctuation as spaces, padded with one space each side. */
export function modalityCues(folded: string, data: ClaimData, quoted: boolean): ModalityCues {
  const has = (cues: readonly string[] | undefined, text = folded): boolean =>
    (cues ?? []).some((c) => text.includes(` ${c.toLowerCase()} `));
  // Plans and negations count in the main clause only: "Kim, yang melakukan perjalanan …
  // didampingi rombongan yang menyatakan … akan …" asserts a trip; the plan is the entourage's.
  const main = mainClause(folded, data.relativeMarkers ?? []);
  return {
    update: has(data.updateCues),
    negated: has(data.negations, main),
    planned: has(data.futureCues, main),
    // A hedge anywhere leaves the statement unsure ("tempat yang mungkin …").
    hedged: has(data.hedges),
    background: has(data.backgroundCues),
    attributed: quoted || has(data.attributionCues),
  };
}

/** The folded text up to the first relative marker (the whole text when it has none). */
function mainClause(folded: string, markers: readonly string[]): string {
  let cut = folded.length;
  for (const m of markers) {
    const at = folded.indexOf(` ${m} `);
    if (at > 0 && at < cut) cut = at;
  }
  return `${folded.slice(0, cut)} `;
}

export function modalityOf(cues: ModalityCues): Modality {
  if (cues.negated) return "negated";
  if (cues.planned) return "planned";
  if (cues.hedged) return "hedged";
  if (cues.background) return "background";
  if (cues.attributed) return "attributed";
  return "asserted";
}

/** Lower-cases and folds punctuation to spaces, padded so every cue can match as ` cue `. */
export function fold(text: string): string {
  return ` ${text
    .toLowerCase()
    .replace(/n't\b/g, " n't")
    .replace(/[^\p{L}\p{N}\s'-]/gu, " ")
    .replace(/\s+/g, " ")} `;
}
