/**
 * @module
 * An extractive multi-document summary whose every sentence cites the articles that support it.
 * Sentences come only from the claims several articles share (more independent origins first,
 * then more articles), each cited to exactly the articles whose aligned evidence states it and
 * represented by its most central statement in the story's main language; hedged, background
 * and disputed statements are passed over. The picked sentences are then put in the order of
 * events: by date where the sentence carries one, else by where they stand in their articles.
 */
import type { Contradiction, DossierClaim, Summary } from "../../core/dossier.js";
import type { Story } from "./story.js";

/** Sentences in a summary, and the longest one taken. */
const MAX_SENTENCES = 5;
const MAX_SENTENCE_CHARS = 320;

export function summarize(
  story: Story,
  claims: readonly DossierClaim[],
  contradictions: readonly Contradiction[] = [],
): Summary {
  const language = mainLanguage(story);
  // A sentence whose value another outlet disputes does not go into the summary as fact.
  const disputed = new Set(
    contradictions.flatMap((c) => c.values.flatMap((v) => v.evidence.map((e) => `${e.article}:${e.start}`))),
  );
  const docs = new Map(story.articles.map(({ key, doc }) => [key, doc]));
  const picked: { text: string; articles: readonly string[]; order: [string, number] }[] = [];
  const seen = new Set<string>();
  for (const claim of claims) {
    if (picked.length >= MAX_SENTENCES) break;
    // Only corroborated facts (two articles or more) speak for the story; a one-article story
    // is summarised from its own statements.
    if (claim.articles.length < 2 && story.articles.length > 1) continue;
    const candidates = claim.evidence
      .filter((e) => docs.get(e.article)?.meta.language === language || language === null)
      .filter((e) => e.text.length <= MAX_SENTENCE_CHARS)
      .map((e) => ({ e, c: docs.get(e.article)?.layers.claims?.find((c) => c.start === e.start) }))
      .filter(({ e, c }) => !c?.hedged && !c?.background && !disputed.has(`${e.article}:${e.start}`));
    const best =
      candidates.find(({ e }) => claim.what.startsWith(e.text.replace(/\s+/g, " ").trim().slice(0, 40))) ??
      candidates[0];
    if (!best) continue;
    const text = best.e.text.replace(/\s+/g, " ").trim();
    if (seen.has(text)) continue;
    seen.add(text);
    const date = best.c?.slots.dates.find((d) => /^\d{4}-\d{2}-\d{2}/.test(d)) ?? "9999";
    picked.push({ text, articles: claim.articles, order: [date, best.c?.position ?? 0] });
  }
  picked.sort((a, b) => a.order[0].localeCompare(b.order[0]) || a.order[1] - b.order[1]);
  let text = "";
  const citations: { start: number; end: number; articles: readonly string[] }[] = [];
  for (const p of picked) {
    if (text) text += " ";
    citations.push({ start: text.length, end: text.length + p.text.length, articles: p.articles });
    text += p.text;
  }
  return { text, citations };
}

function mainLanguage(story: Story): string | null {
  const counts = new Map<string | null, number>();
  for (const { doc } of story.articles)
    counts.set(doc.meta.language, (counts.get(doc.meta.language) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}
