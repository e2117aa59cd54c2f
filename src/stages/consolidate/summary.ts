/**
 * @module
 * An extractive multi-document summary whose every sentence cites the articles that support it.
 */
import type { DossierClaim, Summary } from "../../core/dossier.js";
import type { Story } from "./story.js";

export function summarize(_story: Story, _claims: readonly DossierClaim[]): Summary {
  return { text: "", citations: [] };
}
