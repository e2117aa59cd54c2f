/**
 * @module
 * What story maintenance changed after the fact. The online pass decides each article once; the
 * maintenance pass may later merge two stories, move an article, or split a story in two. Each such
 * change is reported so the archive can update stored assignments and keep a merged story's id
 * resolving to the story that absorbed it (a bookmarked id must not go dead).
 */

export type StoryChange =
  /** Story `from` was absorbed by `into`; `from` no longer exists and should redirect. */
  | { readonly kind: "merge"; readonly from: string; readonly into: string }
  /** One article left `from` for `to` (`to` may be new). */
  | { readonly kind: "move"; readonly articleId: string; readonly from: string; readonly to: string }
  /** Articles left `from` together to found the new story `to`. */
  | {
      readonly kind: "split";
      readonly from: string;
      readonly to: string;
      readonly articleIds: readonly string[];
    };

/**
 * Follows merge redirects to the live story id. Chains are followed to their end; a cycle (which
 * maintenance never creates, but stored data could hold) stops at the first repeat.
 */
export function resolveStory(redirects: ReadonlyMap<string, string>, id: string): string {
  let current = id;
  const seen = new Set<string>();
  for (;;) {
    const next = redirects.get(current);
    if (next === undefined || seen.has(next)) return current;
    seen.add(current);
    current = next;
  }
}
