/**
 * @module
 * Small logistic models for the clean stage's learned metadata readers, fitted deterministically by
 * Newton (Fisher scoring) steps with an L2 penalty: a binary logistic regression over candidates
 * each on their own, and a conditional logit over a page's candidates and "none".
 */
import type { Features } from "../../src/stages/clean/features.js";

/** A candidate as sparse features: indexes and values. */
export interface Sparse {
  readonly at: number[];
  readonly v: number[];
}

/** One page as the trainers read it: its candidates, which of them are right, and its weight. */
export interface Example {
  readonly x: Sparse[];
  readonly pos: readonly (0 | 1)[];
  readonly w: number;
}

/** A candidate's features as a sparse row over `index` (features it does not know are left out). */
export function sparseOf(features: Features, index: ReadonlyMap<string, number>): Sparse {
  const at: number[] = [];
  const v: number[] = [];
  for (const [n, value] of features) {
    const j = index.get(n);
    if (j === undefined || value === 0) continue;
    at.push(j);
    v.push(value);
  }
  return { at, v };
}

const dot = (x: Sparse, theta: Float64Array): number => x.at.reduce((z, j, k) => z + theta[j]! * x.v[k]!, 0);

/** Adds `scale · x xᵀ` to a matrix. */
function addOuter(h: Float64Array[], x: Sparse, scale: number): void {
  x.at.forEach((j, a) => {
    x.at.forEach((m, b) => {
      h[j]![m]! += scale * x.v[a]! * x.v[b]!;
    });
  });
}

/** Newton (Fisher scoring) steps from a gradient-and-curvature function, with an L2 penalty. */
function newton(
  names: readonly string[],
  lambda: number,
  accumulate: (theta: Float64Array, grad: Float64Array, hess: Float64Array[]) => void,
  steps = 30,
): Float64Array {
  const d = names.length;
  const theta = new Float64Array(d);
  for (let step = 0; step < steps; step++) {
    const grad = new Float64Array(d);
    const hess = Array.from({ length: d }, () => new Float64Array(d));
    accumulate(theta, grad, hess);
    for (let j = 0; j < d; j++) {
      // The bias is held lightly too, so that a feature no page shows cannot run away.
      const l = names[j] === "bias" ? lambda / 100 : lambda;
      grad[j]! += l * theta[j]!;
      hess[j]![j]! += l;
    }
    const delta = solve(hess, grad);
    let move = 0;
    for (let j = 0; j < d; j++) {
      theta[j]! -= delta[j]!;
      move = Math.max(move, Math.abs(delta[j]!));
    }
    if (move < 1e-6) break;
  }
  return theta;
}

/** A logistic regression over candidates, each on its own. */
export function trainBinary(
  data: readonly Example[],
  names: readonly string[],
  lambda: number,
): Float64Array {
  const total = data.reduce((a, e) => a + e.w * e.x.length, 0) || 1;
  return newton(names, lambda, (theta, grad, hess) => {
    for (const e of data)
      e.x.forEach((x, k) => {
        const q = 1 / (1 + Math.exp(-dot(x, theta)));
        const w = e.w / total;
        x.at.forEach((j, a) => {
          grad[j]! += (q - e.pos[k]!) * w * x.v[a]!;
        });
        addOuter(hess, x, q * (1 - q) * w);
      });
  });
}

/**
 * A conditional logit over each page's candidates and "none" (score 0): one decision per page, the
 * gold outlet's candidates as its answer, or none when the gold leaves the outlet out (weighted) or
 * no candidate carries it.
 */
export function trainSoftmax(
  data: readonly Example[],
  names: readonly string[],
  lambda: number,
): Float64Array {
  const d = names.length;
  const total = data.reduce((a, e) => a + e.w, 0) || 1;
  return newton(names, lambda, (theta, grad, hess) => {
    for (const e of data) {
      const s = e.x.map((x) => dot(x, theta));
      const top = Math.max(0, ...s);
      const ex = s.map((v) => Math.exp(v - top));
      const z = Math.exp(-top) + ex.reduce((a, b) => a + b, 0);
      const prob = ex.map((v) => v / z);
      // The answer: the right candidates in proportion to the model's own belief in them, or none.
      const posMass = prob.reduce((a, q, k) => a + (e.pos[k] ? q : 0), 0);
      const w = e.w / total;
      const mean = new Float64Array(d);
      e.x.forEach((x, k) => {
        const target = posMass > 0 && e.pos[k] ? prob[k]! / posMass : 0;
        x.at.forEach((j, a) => {
          grad[j]! += (prob[k]! - target) * w * x.v[a]!;
          mean[j]! += prob[k]! * x.v[a]!;
        });
        addOuter(hess, x, prob[k]! * w);
      });
      const m: Sparse = { at: [], v: [] };
      mean.forEach((v, j) => {
        if (v !== 0) {
          m.at.push(j);
          m.v.push(v);
        }
      });
      addOuter(hess, m, -w);
    }
  });
}

/** Solves A x = b by Gaussian elimination with partial pivoting. */
function solve(a: Float64Array[], b: Float64Array): Float64Array {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let c = 0; c < n; c++) {
    let piv = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[piv]![c]!)) piv = r;
    [m[c], m[piv]] = [m[piv]!, m[c]!];
    const d = m[c]![c]! || 1e-12;
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = m[r]![c]! / d;
      if (f === 0) continue;
      for (let k = c; k <= n; k++) m[r]![k]! -= f * m[c]![k]!;
    }
  }
  return Float64Array.from(m.map((row, i) => row[n]! / (row[i]! || 1e-12)));
}

export const weightsOf = (names: readonly string[], theta: Float64Array): Record<string, number> =>
  Object.fromEntries(names.map((n, j) => [n, Math.round(theta[j]! * 1e4) / 1e4]));
