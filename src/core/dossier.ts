/**
 * @module
 * The `kabar.dossier/1` contract: the one object the JSON file, the Markdown report, the HTML page
 * and the API all render (described for readers in ../shared/docs/DOSSIER.md). Fields may be
 * added; existing ones keep their names and meaning.
 *
 * The zod schema below is the single source: the TypeScript types are inferred from it, the API's
 * /openapi.json is generated from it (the `id` in `.meta()` names the OpenAPI component), and a
 * test validates real pipeline dossiers against it. Objects and arrays are `.readonly()` so the
 * inferred types are deeply readonly, as the pipeline builds them; objects are plain `z.object`,
 * which lets a client accept fields added later and lets the contract test see an emitted field the
 * schema does not describe (parsing strips it).
 */
import { z } from "zod";
import type { DateBasis } from "./doc/document.js";
import type { EntityType } from "./doc/layers/index.js";

export const DOSSIER_SCHEMA = "kabar.dossier/1";

const list = <T extends z.ZodType>(item: T) => z.array(item).readonly();
const strings = () => list(z.string());

/** A `[start, end)` span of one article's cleaned text, with the text it covers. */
const span = {
  article: z.string().meta({ description: "Dossier-local article key (a1, a2, …)." }),
  start: z.number().int().meta({ description: "UTF-16 offset into the article's cleaned text." }),
  end: z.number().int().meta({ description: "Exclusive UTF-16 end offset." }),
  text: z.string(),
};

export const EvidenceSchema = z.object(span).readonly().meta({ id: "Evidence" });

const DateBasisSchema = z.enum(["stated", "inferred", "unknown"]);
const EntityTypeSchema = z.enum(["person", "organization", "place", "event", "other"]);

export const DossierArticleSchema = z
  .object({
    id: z.string(),
    contentId: z
      .string()
      .meta({ description: "The content hash that identifies the article across runs and stores." }),
    source: z.string(),
    outlet: z.string().nullable(),
    title: z.string().nullable(),
    url: z.string().nullable(),
    language: z.string().nullable(),
    published: z
      .object({
        value: z.string().nullable(),
        basis: DateBasisSchema,
        notBefore: z.string().optional(),
      })
      .readonly(),
    authors: strings(),
    editors: strings(),
    contributors: strings(),
    agencies: strings(),
    citedSources: strings(),
    origins: strings().meta({
      description: "The independent origins behind the article: its agencies, or the outlet itself.",
    }),
    dateline: z.string().nullable(),
    text: z.string(),
    removed: list(z.object({ text: z.string(), reason: z.string() }).readonly()),
  })
  .readonly()
  .meta({ id: "DossierArticle" });

export const DossierMentionSchema = z.object(span).readonly();

export const DossierEntitySchema = z
  .object({
    id: z.string(),
    name: z.string(),
    type: EntityTypeSchema,
    aliases: strings(),
    mentions: list(DossierMentionSchema),
  })
  .readonly()
  .meta({ id: "DossierEntity" });

export const TimelineEntrySchema = z
  .object({
    date: z.string(),
    what: z.string(),
    articles: strings(),
    evidence: list(EvidenceSchema),
    scheduled: z
      .boolean()
      .optional()
      .meta({ description: "True when the text says it is scheduled rather than done." }),
    background: z.boolean().optional().meta({
      description: "True for history well before the story's coverage began (the story page collapses it).",
    }),
    disputedDates: strings().optional().meta({
      description:
        "Other days outlets give for this event (a date contradiction lists who says which); the row's own day is the one more articles give, and it cites only those.",
    }),
  })
  .readonly()
  .meta({ id: "TimelineEntry" });

export const DossierQuoteSchema = z
  .object({
    ...span,
    direct: z.boolean(),
    speaker: z.object({ entity: z.string().nullable(), name: z.string() }).readonly().nullable(),
  })
  .readonly()
  .meta({ id: "DossierQuote" });

export const DossierClaimSchema = z
  .object({
    id: z.string(),
    what: z.string(),
    articles: strings(),
    origins: strings().meta({
      description:
        "The independent origins behind the claim, one per origin group: articles that credit the same agency or copy each other count once.",
    }),
    evidence: list(EvidenceSchema),
    singleSource: z
      .boolean()
      .optional()
      .meta({ description: "Fewer than two independent origins: stated, not corroborated." }),
    confidence: z.number().optional().meta({
      description: "Mean probability (0..1) the alignment model gives the claim's cross-article pairs.",
    }),
  })
  .readonly()
  .meta({ id: "DossierClaim" });

export const ContradictionValueSchema = z
  .object({ value: z.string(), articles: strings(), evidence: list(EvidenceSchema) })
  .readonly();

export const ContradictionSchema = z
  .object({
    topic: z.string(),
    slot: z.string().optional().meta({ description: "Which slot disagrees: place, date, number, actor." }),
    values: list(ContradictionValueSchema),
  })
  .readonly()
  .meta({ id: "Contradiction" });

export const SummarySchema = z
  .object({
    text: z.string(),
    citations: list(
      z.object({ start: z.number().int(), end: z.number().int(), articles: strings() }).readonly(),
    ),
  })
  .readonly();

export const DossierSchema = z
  .object({
    schema: z.literal(DOSSIER_SCHEMA),
    generator: z.object({ name: z.literal("kabar"), version: z.string() }).readonly(),
    articles: list(DossierArticleSchema),
    entities: list(DossierEntitySchema),
    timeline: list(TimelineEntrySchema),
    quotes: list(DossierQuoteSchema),
    claims: list(DossierClaimSchema),
    contradictions: list(ContradictionSchema),
    summary: SummarySchema,
  })
  .readonly()
  .meta({ id: "Dossier" });

export type Evidence = z.infer<typeof EvidenceSchema>;
export type DossierArticle = z.infer<typeof DossierArticleSchema>;
export type DossierMention = z.infer<typeof DossierMentionSchema>;
export type DossierEntity = z.infer<typeof DossierEntitySchema>;
export type TimelineEntry = z.infer<typeof TimelineEntrySchema>;
export type DossierQuote = z.infer<typeof DossierQuoteSchema>;
export type DossierClaim = z.infer<typeof DossierClaimSchema>;
export type ContradictionValue = z.infer<typeof ContradictionValueSchema>;
export type Contradiction = z.infer<typeof ContradictionSchema>;
export type Summary = z.infer<typeof SummarySchema>;
export type Dossier = z.infer<typeof DossierSchema>;

// The enums restate two document-model types; these fail to compile if either side changes alone.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameBasis: Same<z.infer<typeof DateBasisSchema>, DateBasis> = true;
const sameType: Same<z.infer<typeof EntityTypeSchema>, EntityType> = true;
void sameBasis;
void sameType;
