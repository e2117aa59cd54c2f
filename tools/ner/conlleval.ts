/**
 * @module
 * Span-level scoring as conlleval does it: a predicted entity counts only if its type and both
 * boundaries match a gold entity. Reports micro F1 over all spans and the type-macro F1 (mean
 * of per-type F1 over the types seen in gold or predictions), which is the IndoNLU NER metric.
 */
import { type Counts, counts, prf } from "../score.js";

export interface Span {
  readonly type: string;
  readonly start: number;
  readonly end: number;
}

/** Entity spans of a BIO sequence, read as conlleval does (an I-X not continuing X starts a span). */
export function spans(tags: readonly string[]): Span[] {
  const out: Span[] = [];
  let type: string | null = null;
  let start = 0;
  for (let i = 0; i <= tags.length; i++) {
    const t = i < tags.length ? tags[i]! : "O";
    const prefix = t === "O" ? "O" : t.slice(0, 1);
    const ty = t === "O" ? null : t.slice(2);
    const continues = prefix === "I" && type !== null && ty === type;
    if (type !== null && !continues) {
      out.push({ type, start, end: i });
      type = null;
    }
    if (ty !== null && !continues) {
      type = ty;
      start = i;
    }
  }
  return out;
}

export interface NerScores {
  readonly micro: { precision: number; recall: number; f1: number };
  readonly perType: Record<string, { precision: number; recall: number; f1: number; gold: number }>;
  readonly macroF1: number;
}

/** Accumulates span counts over many sentences. */
export class NerScorer {
  private readonly byType = new Map<string, Counts & { gold: number }>();

  add(gold: readonly string[], pred: readonly string[]): void {
    const g = spans(gold);
    const p = spans(pred);
    const key = (s: Span): string => `${s.type}:${s.start}:${s.end}`;
    const goldKeys = new Set(g.map(key));
    const predKeys = new Set(p.map(key));
    for (const s of g) {
      const c = this.counts(s.type);
      c.gold++;
      if (predKeys.has(key(s))) c.tp++;
      else c.fn++;
    }
    for (const s of p) if (!goldKeys.has(key(s))) this.counts(s.type).fp++;
  }

  private counts(type: string): Counts & { gold: number } {
    let c = this.byType.get(type);
    if (!c) {
      c = { ...counts(), gold: 0 };
      this.byType.set(type, c);
    }
    return c;
  }

  result(): NerScores {
    const total = counts();
    const perType: NerScores["perType"] = {};
    let macro = 0;
    for (const [type, c] of [...this.byType].sort(([a], [b]) => a.localeCompare(b))) {
      total.tp += c.tp;
      total.fp += c.fp;
      total.fn += c.fn;
      perType[type] = { ...prf(c), gold: c.gold };
      macro += prf(c).f1;
    }
    return { micro: prf(total), perType, macroF1: this.byType.size === 0 ? 0 : macro / this.byType.size };
  }
}
