/**
 * @module
 * The dossier as a Markdown report.
 */
import type { Dossier } from "../core/dossier.js";
import { escapeMarkdown as md } from "./escape.js";

export function renderMarkdown(dossier: Dossier): string {
  const out: string[] = [];
  const outletOf = new Map(dossier.articles.map((a) => [a.id, a.outlet ?? a.source]));
  const cite = (ids: readonly string[]): string => ids.map((id) => `[${id}]`).join("");
  out.push("# Dossier", "");
  if (dossier.summary.text) out.push("## Summary", "", md(dossier.summary.text), "");
  out.push("## Articles", "");
  for (const a of dossier.articles) {
    const bits = [
      a.outlet ?? "unknown outlet",
      a.published.value ?? "date unknown",
      a.agencies.join(", "),
    ].filter(Boolean);
    out.push(`- **[${a.id}]** ${md(a.title ?? a.source)} (${md(bits.join("; "))})`);
  }
  out.push("");
  if (dossier.timeline.length) {
    out.push("## Timeline", "", "| date | what | sources |", "| --- | --- | --- |");
    for (const t of dossier.timeline) out.push(`| ${md(t.date)} | ${md(t.what)} | ${cite(t.articles)} |`);
    out.push("");
  }
  if (dossier.claims.length) {
    out.push("## Claims", "", "| claim | outlets | independent origins |", "| --- | --- | --- |");
    for (const c of dossier.claims) {
      out.push(`| ${md(c.what)} | ${cite(c.articles)} | ${md(c.origins.join(", "))} (${c.origins.length}) |`);
    }
    out.push("");
  }
  if (dossier.contradictions.length) {
    out.push("## Contradictions", "");
    for (const c of dossier.contradictions) {
      out.push(
        `- **${md(c.topic)}**: ${c.values.map((v) => `${md(v.value)} ${cite(v.articles)}`).join(" vs. ")}`,
      );
    }
    out.push("");
  }
  if (dossier.quotes.length) {
    out.push("## Who said what", "");
    for (const q of dossier.quotes) {
      out.push(
        `- ${md(q.speaker?.name ?? "unknown")}${q.direct ? "" : " (indirect)"}: ${md(q.text)} [${q.article}]`,
      );
    }
    out.push("");
  }
  if (dossier.entities.length) {
    out.push("## Entities", "", "| name | type | mentions |", "| --- | --- | --- |");
    for (const e of dossier.entities) out.push(`| ${md(e.name)} | ${e.type} | ${e.mentions.length} |`);
    out.push("");
  }
  out.push("## Sources", "");
  for (const a of dossier.articles)
    out.push(`- [${a.id}] ${md(outletOf.get(a.id))}: ${md(a.url ?? a.source)}`);
  return `${out.join("\n")}\n`;
}
