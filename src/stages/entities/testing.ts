/**
 * @module
 * Test helper: runs the entities stage on a hand-written, segmented document and checks the
 * document invariants on its output.
 */

import type { ArticleDoc } from "../../core/doc/document.js";
import { assertInvariants } from "../../core/doc/invariants.js";
import type { Mention } from "../../core/doc/layers/index.js";
import { makeContext } from "../../lang/context.js";
import { segmentedDoc } from "../segment/testing.js";
import { entitiesStage } from "./index.js";

export function entityDoc(text: string, language: string, id = "test"): ArticleDoc {
  const doc = entitiesStage.run(segmentedDoc(text, language, undefined, id), makeContext());
  assertInvariants(doc);
  return doc;
}

export function mentionsOf(text: string, language: string): readonly Mention[] {
  return entityDoc(text, language).layers.mentions ?? [];
}

/** The mention whose surface text is `surface` (the first one), if any. */
export function mentionAt(mentions: readonly Mention[], surface: string): Mention | undefined {
  return mentions.find((m) => m.text === surface);
}
