/**
 * @module
 * Precision/recall/F1 counts, shared by the scorers in bench/ and the trainers in scripts/ (which
 * may not import each other: see .dependency-cruiser.cjs).
 */

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export const counts = (): Counts => ({ tp: 0, fp: 0, fn: 0 });

export function prf(c: Counts): { precision: number; recall: number; f1: number } {
  const precision = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}
