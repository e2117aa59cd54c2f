/**
 * @module
 * The claim candidates of every article of a story, flattened into one indexed list with their
 * article key, so alignment and contradiction finding can address them by number.
 */
import { layer } from "../../../core/doc/document.js";
import type { ClaimCandidate } from "../../../core/doc/layers/claims.js";
import type { Story } from "../story.js";

export interface ClaimItem {
  readonly index: number;
  /** The article's dossier key ("a1"). */
  readonly article: string;
  /** The article's order in the story. */
  readonly articleIndex: number;
  readonly language: string | null;
  readonly claim: ClaimCandidate;
}

export function claimItems(story: Story): ClaimItem[] {
  const out: ClaimItem[] = [];
  story.articles.forEach(({ key, doc }, articleIndex) => {
    for (const claim of layer(doc, "claims")) {
      out.push({ index: out.length, article: key, articleIndex, language: doc.meta.language, claim });
    }
  });
  return out;
}
