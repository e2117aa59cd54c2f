/**
 * @module
 * Speech cues of a language: which words report speech, where the speaker stands relative to
 * them, and which words end a speaker's noun phrase. Every field but the first two is optional so
 * a pack without quote data (the fallback `und`) still type-checks; the stage treats a missing
 * list as empty.
 */
export interface QuoteData {
  /** Every reporting verb and attribution word ("kata", "mengatakan", "said", "according to"). */
  readonly reportingVerbs: readonly string[];
  /** Pronouns that can stand for a speaker ("dia", "ia", "he", "she"). */
  readonly pronouns: readonly string[];
  /** Pronouns that only stand for people (the rest may stand for organisations: "it", "mereka"). */
  readonly personPronouns?: readonly string[];
  /**
   * Cues that may follow a quote or clause and sit next to the speaker, either side:
   * `"…," kata X`, `"…," said X`, `"…," X said`.
   */
  readonly postCues?: readonly string[];
  /** Post cues that only ever follow their speaker (`X menambahkan`, never `menambahkan X`). */
  readonly speakerBeforeOnly?: readonly string[];
  /** Cues with the speaker folded into a suffix ("katanya", "tambahnya"): the speaker is a pronoun. */
  readonly suffixCues?: readonly string[];
  /** Verbs that govern a reported clause after their subject: `X mengatakan (bahwa) …`. */
  readonly clauseVerbs?: readonly string[];
  /**
   * Verbs that turn their clause around ("membantah", "meragukan", "denied"): the clause alone
   * would say the opposite, so the span starts at the verb ("meragukan mereka dapat …").
   */
  readonly polarityVerbs?: readonly string[];
  /** Verbs whose reported clause needs the complementizer ("told reporters that …"). */
  readonly objectVerbs?: readonly string[];
  /** Markers that name a source before or after a clause: `Menurut X, …`, `…, according to X`. */
  readonly sourceMarkers?: readonly string[];
  /** Cues that name who relayed a remark (a report, a wire), weaker than a speaker named by a verb. */
  readonly relayCues?: readonly string[];
  /** Words that introduce the reported clause ("bahwa", "that"). */
  readonly complementizers?: readonly string[];
  /** Words that end a speaker's noun phrase ("kepada", "di", "saat", "in", "at", "when"). */
  readonly speakerStops?: readonly string[];
  /** Words right before a verb that cancel the report ("tanpa menyebutkan", "did not say"). */
  readonly cancelBefore?: readonly string[];
  /** Words right after a cue that make the cue a noun ("kata kunci", "kata sambutan"). */
  readonly nounAfterCue?: readonly string[];
  /**
   * Role and rank words ("kapolres", "menteri", "coach", "spokesman"): a speaker phrase made of
   * them alone ("ujar Kapolres", "the coach said") points back to a person named earlier.
   */
  readonly roleWords?: readonly string[];
  /** Words that open an apposition after a name ("seorang", "a", "one of"): not the subject. */
  readonly appositionOpeners?: readonly string[];
  /** Words that introduce the agent of a passive ("oleh", "by"): who follows is not the subject. */
  readonly agentMarkers?: readonly string[];
  /** Sentence connectives that are not part of a reported clause ("Jadi", "Namun", "However"). */
  readonly connectives?: readonly string[];
  /** Words that may stand before a post cue without being the speaker ("demikian", "pun"). */
  readonly fillers?: readonly string[];
}
