/**
 * @module
 * Stable article ids from content: the same text gets the same id on every machine and run.
 */
import { createHash } from "node:crypto";

/** 16 hex digits of SHA-256 over the text with whitespace folded. */
export function contentId(text: string): string {
  const folded = text.normalize("NFC").replace(/\s+/g, " ").trim();
  return createHash("sha256").update(folded).digest("hex").slice(0, 16);
}
