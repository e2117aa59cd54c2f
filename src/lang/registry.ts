/**
 * @module
 * Finds a language pack by BCP 47 code. Unknown languages get the neutral base pack.
 */
import { pack as base } from "./base/index.js";
import { pack as en } from "./en/index.js";
import { pack as id } from "./id/index.js";
import type { LanguagePack } from "./types/pack.js";

const PACKS: Readonly<Record<string, LanguagePack>> = { id, en };

/** Languages with a pack of their own. */
export const PACK_CODES = Object.keys(PACKS);

export function packFor(code: string | null | undefined): LanguagePack {
  if (!code) return base;
  const primary = code.toLowerCase().split("-")[0]!;
  // Malay shares most of Indonesian's function words and news chrome.
  return PACKS[primary] ?? (primary === "ms" ? id : base);
}

/** Every pack with data, for cues that must be recognised before the language is known. */
export function allPacks(): readonly LanguagePack[] {
  return [id, en];
}
