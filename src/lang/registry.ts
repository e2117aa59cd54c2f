/**
 * @module
 * The shipped languages: one line per language in {@link defaultPacks}, each pack a folder
 * `lang/<code>/`. Unknown languages get the fallback (`lang/und`). Stages never import this
 * file; the app puts this registry in the run context (`lang/context.ts`).
 */
import { pack as en } from "./en/index.js";
import { pack as id } from "./id/index.js";
import { pack as ms } from "./ms/index.js";
import { createRegistry, type PackRegistry } from "./packs.js";
import { pack as und } from "./und/index.js";

export type { PackRegistry } from "./packs.js";

export const defaultPacks: PackRegistry = createRegistry([id, en, ms], und);
