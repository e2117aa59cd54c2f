/**
 * @module
 * Cues of page chrome in scraped news text. Every list holds phrases; the engine matches them
 * case-insensitively at word boundaries, so packs spell each phrase once.
 */
export interface CleanData {
  /** Line openers of related-article links ("Baca juga", "Read more"). */
  readonly relatedLinks: readonly string[];
  /** Labels that introduce a photo credit or caption ("Foto", "Photo"). */
  readonly photoCredits: readonly string[];
  /** Phrases of share, comment, subscribe and app prompts. */
  readonly prompts: readonly string[];
  /** Whole lines of navigation ("Buka menu utama", "Skip to content"). */
  readonly navigation: readonly string[];
  /** Pagination lines ("No more pages", "Halaman berikutnya"). */
  readonly pagination: readonly string[];
  /** Labels of bylines and credit lines. */
  readonly authorLabels: readonly string[];
  readonly editorLabels: readonly string[];
  readonly sourceLabels: readonly string[];
  /** Phrases that introduce contributors ("Dengan asistensi dari", "Additional reporting by"). */
  readonly contributorCues: readonly string[];
  /** Labels of tag lists ("Tags", "Topik"). */
  readonly tagLabels: readonly string[];
  /** A word that opens a logo line ("Logo"). */
  readonly logoWords: readonly string[];
  /**
   * Openings of interface lines: ads, reading times, comment policies, error banners, section
   * headers of link lists ("Iklan", "Berita Lainnya", "Something went wrong").
   */
  readonly interfacePhrases: readonly string[];
  /** Reporting credits at the foot of wire copy, with the role each verb gives ("Reporting by"). */
  readonly creditVerbs: Readonly<Record<string, "author" | "editor" | "contributor">>;
  /**
   * Job titles printed beside or under a byline name ("Reporter", "Court Correspondent", "Penulis"),
   * with the role each gives. "NAME | Reporter", or a name line followed by a title line.
   */
  readonly roleTitles?: Readonly<Record<string, "author" | "editor">>;
  /**
   * Openings of a line that only names the wire the story came from ("This is reported by",
   * "Dilansir dari"); followed by agency names alone, such a line credits them as origins.
   */
  readonly wireCredits?: readonly string[];
  /** Openings of a "first published elsewhere" note ("Artikel ini telah tayang di"). */
  readonly republishedNotes: readonly string[];
}
