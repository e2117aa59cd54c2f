/**
 * @module
 * What the story sections share: the dossier, its articles by key, and `open`, which shows a
 * source article with a span highlighted (the evidence of whatever was clicked).
 */
import type { Dossier, DossierArticle } from "../../core/dossier.js";

export interface Target {
  readonly article: string;
  readonly start?: number;
  readonly end?: number;
  /** What was clicked, for the panel's heading. */
  readonly label?: string;
}

export interface SectionProps {
  readonly dossier: Dossier;
  readonly articles: Map<string, DossierArticle>;
  readonly open: (t: Target) => void;
}
