/**
 * @module
 * Claims aligned across the articles of a story, with the independent origins behind each, and the
 * contradictions between aligned claims.
 */
import type { Contradiction, DossierClaim } from "../../core/dossier.js";
import type { EntityIndex, Story } from "./story.js";

export interface ClaimsResult {
  readonly claims: DossierClaim[];
  readonly contradictions: Contradiction[];
}

export function consolidateClaims(
  _story: Story,
  _origins: ReadonlyMap<string, readonly string[]>,
  _entities: EntityIndex,
): ClaimsResult {
  return { claims: [], contradictions: [] };
}
