/**
 * @module
 * The PostgreSQL full-text index: one tsvector per article in `articles_search` (same key as
 * `articles.seq`) under a GIN index. Title and body go through the `english` configuration (its
 * Snowball stemmer plays the part of FTS5's Porter tokenizer), the packs' stem candidates
 * (Indonesian's) through `simple`, each under its own weight so a query can say where a word may
 * match, exactly as the FTS5 query on SQLite does. PostgreSQL 13+ ships an `indonesian` configuration, but it stems
 * differently from the project's stemmer (it leaves `pertemuan` apart from `bertemu`); indexing the
 * stems computed in codec.ts on both backends is what makes them find the same articles.
 */
import { type Kysely, type RawBuilder, sql } from "kysely";
import type { PackRegistry } from "../../lang/packs.js";
import { defaultPacks } from "../../lang/registry.js";
import { searchStems } from "../../lang/search.js";
import type { Database } from "../sql/schema.js";
import type { TextHit, TextIndex, TextSearchOptions } from "../text-index.js";

async function indexText(
  db: Kysely<Database>,
  seq: number,
  title: string,
  body: string,
  stems: string,
): Promise<void> {
  await sql`
    insert into articles_search (seq, tsv) values (${seq},
      setweight(to_tsvector('english', ${title}), 'A') ||
      setweight(to_tsvector('english', ${body}), 'B') ||
      setweight(to_tsvector('simple', ${stems}), 'C'))
    on conflict (seq) do update set tsv = excluded.tsv`.execute(db);
}

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * A tsquery from free text: every word must match, in the title or body (weights A, B) as written
 * and English-stemmed, or in the stems (weight C) through any of the stem candidates the language
 * packs give for it (`lang/search.ts`).
 * Words are letters and digits only and travel as bound parameters, so user input is never
 * tsquery syntax. Null when the text has no word.
 */
export function tsQuery(text: string, packs: PackRegistry = defaultPacks): RawBuilder<unknown> | null {
  const parts: RawBuilder<unknown>[] = [];
  for (const m of text.toLowerCase().matchAll(WORD)) {
    const w = m[0];
    const stems = searchStems(packs, w).map((s) => sql`to_tsquery('simple', ${`${s}:C`})`);
    parts.push(sql`(to_tsquery('english', ${`${w}:AB`}) || ${sql.join(stems, sql` || `)})`);
  }
  return parts.length > 0 ? sql.join(parts, sql` && `) : null;
}

/** ts_rank weights {D, C, B, A}: title four times the body, the body twice the stems, as bm25 on SQLite. */
const WEIGHTS = "{0.05, 0.125, 0.25, 1.0}";

async function search(db: Kysely<Database>, query: string, options: TextSearchOptions): Promise<TextHit[]> {
  const q = tsQuery(query);
  if (!q) return [];
  // The articles table is joined only to filter by language: most searches need no join.
  const matches = options.language
    ? sql`select s.seq, s.tsv from articles_search s join articles a on a.seq = s.seq, q
          where s.tsv @@ q.q and a.language = ${options.language}`
    : sql`select s.seq, s.tsv from articles_search s, q where s.tsv @@ q.q`;
  // The headline is computed for the page of hits only: it re-parses the whole body.
  const rows = await sql<{ seq: number; score: number; snippet: string }>`
    with q as (select ${q} as q),
    hits as (
      select m.seq, ts_rank(${WEIGHTS}::float4[], m.tsv, q.q) as score
      from (${matches}) m, q
      order by score desc, m.seq limit ${options.limit} offset ${options.offset})
    select h.seq, h.score,
      ts_headline('english', a.text, q.q, 'StartSel=[, StopSel=], MaxWords=16, MinWords=6, ShortWord=2') as snippet
    from hits h join articles a on a.seq = h.seq, q
    order by h.score desc, h.seq`.execute(db);
  return rows.rows.map((r) => ({ seq: r.seq, score: Number(r.score), snippet: r.snippet }));
}

export const postgresTextIndex: TextIndex = { indexText, search };
