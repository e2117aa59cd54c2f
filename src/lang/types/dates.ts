/**
 * @module
 * Calendar words of a language: month and weekday names (with their short forms) and time zones.
 * The dates stage extends this section with its relative-date vocabulary.
 */
export interface DateData {
  /** Twelve entries, January first; each lists the names and abbreviations of that month. */
  readonly months: readonly (readonly string[])[];
  /** Seven entries, Sunday first; each lists the names of that weekday. */
  readonly weekdays: readonly (readonly string[])[];
  /** Time-zone abbreviations with their UTC offset ("WIB" → "+07:00"). */
  readonly timeZones: Readonly<Record<string, string>>;
}
