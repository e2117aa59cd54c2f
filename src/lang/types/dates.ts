/**
 * @module
 * Calendar words of a language: month and weekday names (with their short forms), time zones, and
 * the relative-date vocabulary the dates stage builds its patterns from (modifiers such as "lalu" /
 * "last", duration units and number words, the cues that introduce a bare year or mark the future).
 * Everything is lower case; the stage matches case-insensitively.
 */
export interface DateData {
  /** Twelve entries, January first; each lists the names and abbreviations of that month. */
  readonly months: readonly (readonly string[])[];
  /** Seven entries, Sunday first; each lists the names of that weekday. */
  readonly weekdays: readonly (readonly string[])[];
  /** Time-zone abbreviations with their UTC offset ("WIB" → "+07:00"). */
  readonly timeZones: Readonly<Record<string, string>>;
  /** Nouns that may stand before a weekday ("hari Rabu"); they belong to the expression. */
  readonly dayNouns: readonly string[];
  /** Weekday names that are also common nouns ("minggu" = week): taken bare only after a day noun or with a date. */
  readonly ambiguousWeekdays: readonly string[];
  /** Parts of the day after a weekday or date ("sore", "malam"; "morning", "night"). */
  readonly dayParts: readonly string[];
  /** Words before a bare year or a month without a year that make it a date ("pada 2022", "in May"). */
  readonly yearCues: readonly string[];
  /** Prepositions that introduce an expression but are not part of it ("pada", "on"). */
  readonly prepositions: readonly string[];
  /** Modifiers pointing back: "Senin lalu", "last week". */
  readonly lastWords: readonly string[];
  /** Modifiers pointing ahead: "pekan depan", "next week". */
  readonly nextWords: readonly string[];
  /** Modifiers for the current period: "pekan ini", "this week". */
  readonly thisWords: readonly string[];
  /** Modifiers that go before the noun in this language ("last week") rather than after ("pekan lalu"). */
  readonly modifierFirst: boolean;
  /** Words for a week as a period ("pekan", "minggu"; "week"). */
  readonly weekWords: readonly string[];
  /** Duration units (singular and plural) → TIMEX3 unit: Y, M, W, D, H (hours), N (minutes), S (seconds), DE (decades). */
  readonly units: Readonly<Record<string, "Y" | "M" | "W" | "D" | "H" | "N" | "S" | "DE">>;
  /** Number words up to a few dozen, and vague quantities mapped to -1 ("beberapa", "several"). */
  readonly numberWords: Readonly<Record<string, number>>;
  /** Words that may stand before a duration and belong to it ("hampir", "selama"; "almost"). */
  readonly durationModifiers: readonly string[];
  /** Words after a duration that turn it into a date ("lalu", "ago"): then it is not a duration. */
  readonly agoWords: readonly string[];
  /** Words after a length that keep it a duration ("lima jam terakhir"); they belong to it. */
  readonly durationTails: readonly string[];
  /** Words ending a chrono relative date that make it a duration instead ("tiga hari ke depan", "17 hours after"). */
  readonly durationSignals: readonly string[];
  /** Cues before a bare plural unit that make it a vague duration: inside the extent ("recent months") or not ("take weeks"). */
  readonly vagueDurationCues: { readonly inside: readonly string[]; readonly outside: readonly string[] };
  /** Day words chrono does not know, as day offsets from the reference ("semalam" → -1). */
  readonly relativeDays: Readonly<Record<string, number>>;
  /** Prepositions of an end point ("hingga", "until"): a bare weekday after them is the nearest one, either side. */
  readonly untilWords: readonly string[];
  /**
   * Verbs of publishing ("melaporkan", "reported"): a date right before one ("The Telegraph,
   * Kamis, 14 September 2023 melaporkan") is when a report came out, not when its event happened.
   */
  readonly publishingVerbs: readonly string[];
  /** Reporting verbs: a future cue before one of them does not reach a date after it ("will …, he said Monday"). */
  readonly tenseBreakers: readonly string[];
  /** Phrases chrono reads as dates that, in news, are not ("my last day in the office"). */
  readonly notDates: readonly string[];
  /** Reduplicated or idiomatic vague durations ("berhari-hari" → "PXD"). */
  readonly vagueDurations: Readonly<Record<string, string>>;
  /**
   * The chrono-node locale whose casual configuration the dates stage extends (`id`, `en`, or any
   * other locale chrono-node exports). It also names the stage's own rules (`dates/id-weekday`)
   * and the grammar they follow, so a pack borrowing a calendar borrows its rules with it.
   */
  readonly chronoLocale: string;
  /** Tense words before an expression in its clause that put it in the future ("akan", "will"). */
  readonly futureCues: readonly string[];
  /**
   * Parts of the day → TIMEX3 part code, appended to a day ("Selasa (12/9/2023) sore" →
   * "2023-09-12TAF"). Keys are whole words of the expression, longest matched first.
   */
  readonly dayPartValues: Readonly<Record<string, "MO" | "MI" | "AF" | "EV" | "NI">>;
  /** Present/past/future references without a point ("saat ini", "at the time") → TIMEX3 value. */
  readonly vagueRefs: Readonly<Record<string, "PRESENT_REF" | "PAST_REF" | "FUTURE_REF">>;
  /**
   * Words after a length that count it from the narrative's last date ("tiga hari kemudian",
   * "a day later"), with their sign: +1 later, -1 earlier.
   */
  readonly anaphoricWords: Readonly<Record<string, 1 | -1>>;
  /** Fixed anaphoric day phrases ("keesokan harinya", "the next day"), as day offsets from the narrative's last date. */
  readonly anaphoricDays: Readonly<Record<string, number>>;
  /** Words before a unit that make it a recurrence ("setiap tahun", "every year" → P1Y). */
  readonly setWords: readonly string[];
  /** One-word recurrences ("annually", "weekly") → TIMEX3 set value. */
  readonly setAdverbs: Readonly<Record<string, string>>;
  /** The decade pattern's words ("tahun", "era" before "40-an"; none in English, which says "1990s"). */
  readonly decadeCues: readonly string[];
  /** Words for a century ("abad"; "century"). */
  readonly centuryWords: readonly string[];
  /** Words before a length that make it a coordinate, not a time ("derajat"; "degrees"). */
  readonly coordinateWords: readonly string[];
  /**
   * Parts of a year: "kuartal II 2023", "semester I", "the first quarter of 2025", "the second half
   * of 2018" → "2023-Q2", "2018-H2". `words` map the part's noun to Q (quarter) or H (half);
   * `ordinals` its number.
   */
  readonly yearParts: {
    readonly words: Readonly<Record<string, "Q" | "H">>;
    readonly ordinals: Readonly<Record<string, number>>;
  };
  /**
   * Words opening a span from a past point ("sejak 2019", "since 2019"): that point is background,
   * not when the article was written nor when its news happened.
   */
  readonly sinceWords: readonly string[];
  /** The word closing an age ("70-year-old" → P70Y); it belongs to the duration's extent. */
  readonly ageWords: readonly string[];
}
