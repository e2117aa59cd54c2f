/**
 * @module
 * Temporal expressions resolved against an article's reference time.
 */
import type { Span } from "../span.js";

export type DatePrecision = "year" | "month" | "week" | "day" | "minute";

export interface DateMention extends Span {
  /** `date`: a point or period; `duration`: a length of time; `set`: a recurrence. */
  readonly kind: "date" | "duration" | "set";
  /**
   * ISO 8601 cut to the precision ("2019", "2019-04", "2023-W37", "2023-09-12",
   * "2023-09-12T07:05+07:00"), or a TIMEX3 duration ("P19M") when kind is `duration`.
   */
  readonly value: string;
  /** Present for kind `date`. */
  readonly precision?: DatePrecision;
  /** Set when the value depends on the reference time ("kemarin", "Selasa"). */
  readonly relative?: boolean;
  /** Set when the expression points ahead of the reference ("akan", "next", "mendatang"). */
  readonly future?: boolean;
  /**
   * `end` when the date closes a span ("berlangsung hingga Rabu", "runs until Friday"): it is when
   * something stops, not when the sentence's event happened.
   */
  readonly bound?: "end";
  /** `report` when the date is when a report came out ("…, Kamis, 14 September 2023 melaporkan"). */
  readonly dates?: "report";
}
