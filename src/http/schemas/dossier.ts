/**
 * @module
 * The `kabar.dossier/1` schemas the API describes in /openapi.json. They are the contract itself
 * (src/core/dossier.ts), re-exported, so the documented responses cannot drift from what the
 * pipeline emits; the `id` each carries in `.meta()` names its OpenAPI component.
 */
export {
  ContradictionSchema,
  DossierArticleSchema,
  DossierClaimSchema,
  DossierEntitySchema,
  DossierQuoteSchema,
  DossierSchema,
  EvidenceSchema,
  TimelineEntrySchema,
} from "../../core/dossier.js";
