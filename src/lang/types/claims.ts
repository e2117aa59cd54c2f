/**
 * @module
 * Data for claim extraction and alignment: function words, hedges and background cues, the
 * affixes of a light stemmer, number words, and a small concept table that maps the words news
 * uses for the same thing (in any pack's language) to one shared concept id, so that "menuduh",
 * "tudingan" and "accuse" align. Everything here is data; the claims stage has no per-language
 * branches. Fields past `hedges` are optional so a pack without them (the fallback `und`)
 * still works, only with cruder alignment.
 */
export interface StemRules {
  /** Prefixes stripped (longest first), at most two passes. */
  readonly prefixes: readonly string[];
  /** Suffixes stripped (longest first), at most two passes. */
  readonly suffixes: readonly string[];
  /** A stem never gets shorter than this. */
  readonly minLength: number;
  /**
   * Initial consonants dropped before a vowel after stripping, so a nasal-assimilated form and its
   * base meet ("menembak" → "embak", "tembak" → "embak"). Keys stay consistent, not pretty.
   */
  readonly foldInitial?: string;
  /** A final letter dropped after stripping, so inflected and base forms meet ("rescued", "rescue"). */
  readonly dropFinal?: string;
}

export interface ClaimData {
  /** Function words left out of keyword sets. */
  readonly stopWords: readonly string[];
  /** Words that mark a statement as hedged or speculative ("mungkin", "possible"). */
  readonly hedges: readonly string[];
  /** Cues of background rather than news ("kala itu", "previously", "tahun lalu"). */
  readonly backgroundCues?: readonly string[];
  /** Cues that a sentence reports someone's words ("kata", "menurut", "said"). */
  readonly attributionCues?: readonly string[];
  /**
   * Phrases that show a wire agency's own reporting in the text, with `{agency}` where its name
   * goes ("told {agency}", "kepada {agency}", "{agency} reporters saw"): someone spoke to the
   * agency, or its staff saw it, so the passage is the agency's copy whoever publishes it. Unlike
   * "according to {agency}", which cites a report for one statement.
   */
  readonly agencyReportingCues?: readonly string[];
  /** Cues that a statement is a plan or a forecast rather than something done ("akan", "will"). */
  readonly futureCues?: readonly string[];
  /**
   * Words that open a relative clause ("yang", "which", "who"): a cue after one belongs to a
   * description of someone or something, not to what the sentence states.
   */
  readonly relativeMarkers?: readonly string[];
  /** Words that negate the statement ("tidak", "belum", "not", "never"). */
  readonly negations?: readonly string[];
  /**
   * Cues that a count is a snapshot of a running figure ("bertambah menjadi", "hingga pukul",
   * "rose to", "as of"): two snapshots taken at different times are an update, not a dispute.
   */
  readonly updateCues?: readonly string[];
  /**
   * Words that name an administrative area ("Kabupaten", "Provinsi", "district", "province"): a
   * place so named may contain a place named at a finer grain, so the two are no dispute.
   */
  readonly regionWords?: readonly string[];
  /**
   * How a statement words an amount, read just before the number (see
   * `story/consolidate/contradiction-values.ts`): two values disagree only beyond what their
   * wording allows ("sekitar 100" is not "122"; "at least 151" is 154).
   */
  readonly amountWording?: AmountWording;
  /** Prepositions that introduce where something happened ("di", "in", "at"). */
  readonly locatives?: readonly string[];
  /** Cardinal number words ("dua" → 2, "three" → 3). */
  readonly numberWords?: Readonly<Record<string, number>>;
  /** Words that open a sentence leaning on the one before ("Hal tersebut", "It"): poor headlines. */
  readonly anaphors?: readonly string[];
  /** Counting words between a number and its noun ("223 unit rumah", "12 buah kapal"). */
  readonly classifiers?: readonly string[];
  /** True when the decimal separator is a comma ("6,9") and the dot groups thousands ("1.000"). */
  readonly decimalComma?: boolean;
  readonly stemming?: StemRules;
  /**
   * Concept id → words that express it in this language. Ids are shared by every pack
   * (`meet`, `weapon`, `person`, …) so articles in different languages align.
   */
  readonly concepts?: Readonly<Record<string, readonly string[]>>;
  /** Concept ids that name events; two statements about the same event may disagree on a slot. */
  readonly events?: readonly string[];
}

/** The words a pack gives for how exactly an amount is stated, and what a count is a part of. */
export interface AmountWording {
  /** "sekitar", "about": an approximate figure. */
  readonly approx: readonly string[];
  /** "at least", "lebih dari": a lower bound. */
  readonly atLeast: readonly string[];
  /** "up to", "kurang dari": an upper bound. */
  readonly atMost: readonly string[];
  /** "hingga", "as of", "sejak": a clock time that dates a running figure or bounds a span. */
  readonly asOf: readonly string[];
  /**
   * Markers safe to read anywhere in a sentence when its number is written as a word ("sekitar
   * tiga"): the unambiguous ones only ("over" and "lebih" have other senses).
   */
  readonly anywhere: readonly string[];
  /** "pukul", "at": a word that may stand between a marker and a clock time. */
  readonly clockWords: readonly string[];
  /** "lainnya", "of them": a count of the rest or of some of a group. */
  readonly parts: readonly string[];
  /** "masih", "still": a count of those still in some state, which runs down. */
  readonly still: readonly string[];
  /** Severity after a count of the injured: "ringan" (light) is not "berat" (serious). */
  readonly light: readonly string[];
  readonly serious: readonly string[];
  /** Words that end the clause a count belongs to ("dan", "while"). */
  readonly clauseBreaks: readonly string[];
}
