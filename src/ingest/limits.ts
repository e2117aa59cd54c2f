/**
 * @module
 * How much of one document kabar analyses, and the default size of file it accepts. Measured, not
 * guessed: the per-article pipeline takes about 1 s for 100,000 characters of news text and grows
 * faster than linearly beyond that (2 s at 200 K, 6 s at 400 K on the 2-core CI machine; see
 * bench/fuzz/README.md). A news article is 2–30 K characters, so the cut only ever touches
 * pathological input; the whole raw text is still stored.
 */

/** Characters of one document's text the pipeline analyses; the rest is stored but not analysed. */
export const ANALYSIS_MAX_CHARS = 100_000;

/**
 * Default `--max-bytes`: the largest file read at all. 5 MiB is two orders of magnitude above any
 * article and keeps decoding, extraction and storage of one file within a second or two.
 */
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

/**
 * Where to cut `text` for analysis: at the last paragraph (else sentence, else word) break before
 * `max`, so the analysed part does not end mid-sentence. Returns `text.length` when no cut is due.
 */
export function analysisCut(text: string, max = ANALYSIS_MAX_CHARS): number {
  if (text.length <= max) return text.length;
  const floor = Math.floor(max * 0.8);
  for (const mark of ["\n", ". ", " "]) {
    const at = text.lastIndexOf(mark, max - mark.length);
    if (at >= floor) return at + mark.length;
  }
  return max;
}

/** The warning a truncated document gets, naming the file and the size kept. */
export function truncationNotice(source: string, length: number, kept: number): string {
  return `only the first ${kept} of ${length} characters are analysed (the whole text is stored): ${source}`;
}
