/**
 * @module
 * The SQLite full-text index: an FTS5 table over title, body and the stem column, kept in step
 * with `articles` by the store (same rowid as `articles.seq`). Porter stemming in the tokenizer
 * covers English; the stem column covers languages whose pack gives a stemmer (Indonesian, Malay). This is the only backend-specific
 * SQL; postgres/search.ts is its PostgreSQL counterpart (tsvector + GIN over the same three texts).
 */
import { type Kysely, sql } from "kysely";
import type { PackRegistry } from "../../lang/packs.js";
import { defaultPacks } from "../../lang/registry.js";
import { searchStems } from "../../lang/search.js";
import type { Database } from "../sql/schema.js";
import type { TextHit, TextIndex } from "../text-index.js";

export type { TextHit };

export async function indexText(
  db: Kysely<Database>,
  seq: number,
  title: string,
  body: string,
  stems: string,
): Promise<void> {
  await sql`delete from articles_fts where rowid = ${seq}`.execute(db);
  await sql`insert into articles_fts (rowid, title, body, stems) values (${seq}, ${title}, ${body}, ${stems})`.execute(
    db,
  );
}

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * An FTS5 query from free text: every word must match, in the title or body as written (Porter
 * stemmed) or through any of the stem candidates the language packs give for it (`lang/search.ts`).
 * Words are quoted, so user input can never be FTS syntax.
 */
export function ftsQuery(text: string, packs: PackRegistry = defaultPacks): string | null {
  const parts: string[] = [];
  for (const m of text.toLowerCase().matchAll(WORD)) {
    const w = m[0];
    const stems = searchStems(packs, w).map((s) => `"${s}"`);
    parts.push(`({title body} : "${w}" OR stems : (${stems.join(" OR ")}))`);
  }
  return parts.length > 0 ? parts.join(" AND ") : null;
}

export async function searchText(
  db: Kysely<Database>,
  query: string,
  options: { limit: number; offset: number; language?: string },
): Promise<TextHit[]> {
  const match = ftsQuery(query);
  if (!match) return [];
  const language = options.language ?? null;
  // Rank first, then make snippets for the page of hits only: in one statement SQLite computes the
  // snippet of every match before sorting, which a common word turns into most of the archive.
  const ranked = await sql<{ seq: number; score: number }>`
    select f.rowid as seq, bm25(articles_fts, 4.0, 1.0, 0.5) as score
    from articles_fts f join articles a on a.seq = f.rowid
    where articles_fts match ${match} and (${language} is null or a.language = ${language})
    order by score limit ${options.limit} offset ${options.offset}`.execute(db);
  if (ranked.rows.length === 0) return [];
  const seqs = ranked.rows.map((r) => r.seq);
  const snippets = await sql<{ seq: number; snippet: string }>`
    select rowid as seq, snippet(articles_fts, 1, '[', ']', '…', 16) as snippet
    from articles_fts where articles_fts match ${match} and rowid in (${sql.join(seqs)})`.execute(db);
  const snippetOf = new Map(snippets.rows.map((r) => [r.seq, r.snippet]));
  // bm25 is lower-is-better; the interface promises higher-is-better.
  return ranked.rows.map((r) => ({ seq: r.seq, score: -r.score, snippet: snippetOf.get(r.seq) ?? "" }));
}

export const sqliteTextIndex: TextIndex = { indexText, search: searchText };
