/**
 * @module
 * The pack registry's shape and how one is made: a lookup by BCP 47 code and the list of every
 * pack. Stages reach it through the run context (`ctx.packs`), never through the default
 * registry (`lang/registry.ts`), so a test can run the pipeline over a registry of its own.
 */
import { DomainError } from "../core/errors.js";
import type { LanguagePack } from "./types/pack.js";

export interface PackRegistry {
  /** The pack for a BCP 47 code (any region or case: `ms-MY`), or the fallback. */
  get(code: string | null | undefined): LanguagePack;
  /** Every registered pack, in registration order: for cues needed before the language is known. */
  all(): readonly LanguagePack[];
  /** Codes of the registered packs. */
  readonly codes: readonly string[];
  /** The pack for languages without one of their own (`und`). */
  readonly fallback: LanguagePack;
}

/** A registry over `packs` (codes must be distinct), falling back to `fallback` for other codes. */
export function createRegistry(packs: readonly LanguagePack[], fallback: LanguagePack): PackRegistry {
  const byCode = new Map<string, LanguagePack>();
  for (const p of packs) {
    if (byCode.has(p.code)) throw new DomainError("E_LANG_DUPLICATE", { code: p.code });
    byCode.set(p.code, p);
  }
  const all = Object.freeze([...packs]);
  return Object.freeze({
    get(code: string | null | undefined): LanguagePack {
      if (!code) return fallback;
      return byCode.get(code.toLowerCase().split("-")[0]!) ?? fallback;
    },
    all: () => all,
    codes: Object.freeze([...byCode.keys()]),
    fallback,
  });
}

/**
 * Distinct values of one part of every pack, by identity, in registration order: a pack that
 * shares another's list (Malay shares Indonesian's) adds nothing to a union built from them.
 */
export function distinctParts<T>(packs: PackRegistry, pick: (p: LanguagePack) => T | null | undefined): T[] {
  const out: T[] = [];
  for (const p of packs.all()) {
    const part = pick(p);
    if (part !== undefined && part !== null && !out.includes(part)) out.push(part);
  }
  return out;
}

/** Caches one value per registry, built on first use: cues compiled from every pack. */
export function perRegistry<T>(build: (packs: PackRegistry) => T): (packs: PackRegistry) => T {
  const cache = new WeakMap<PackRegistry, T>();
  return (packs) => {
    let hit = cache.get(packs);
    if (hit === undefined) {
      hit = build(packs);
      cache.set(packs, hit);
    }
    return hit;
  };
}
