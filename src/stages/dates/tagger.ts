/**
 * @module
 * The tagger: text, calendar words and a reference day in, resolved date mentions out. Pure and
 * clock-free: with no reference day, expressions whose value depends on one are left out rather
 * than guessed. Shared by the stage, the scorer and the speed bench.
 */
import type { ParsingResult } from "chrono-node";
import type { DateMention } from "../../core/doc/layers/dates.js";
import type { DateData } from "../../lang/types/dates.js";
import { parseDay, toUtc, type Ymd } from "./calendar.js";
import { chronoFor } from "./chrono-setup.js";
import { hasTag } from "./parsers/shared.js";
import { toMention } from "./resolve.js";
import { vocabFor } from "./vocab.js";

/** Any fixed instant: chrono needs one, but values that depend on it are dropped when ref is null. */
const PLACEHOLDER = new Date(Date.UTC(2000, 0, 1, 12));

/** chrono's raw results for a text, read against `ref` (in the article's own calendar). */
export function parseRaw(text: string, data: DateData, lang: string, ref: Ymd | null): ParsingResult[] {
  const instant = ref ? toUtc(ref) : PLACEHOLDER;
  return chronoFor(data, lang).parse(text, { instant, timezone: 0 }) as ParsingResult[];
}

/**
 * Date mentions of `text`, in text order. `lang` prefixes rule names (`dates/<lang>-…`); `inferred`
 * says `ref` is a lower bound read from the text, not a stated publication day.
 */
export function tagDates(
  text: string,
  data: DateData,
  lang: string,
  ref: Ymd | null,
  inferred = false,
): DateMention[] {
  const vocab = vocabFor(data);
  const out: DateMention[] = [];
  let anchor: Ymd | null = null;
  // The last day named at all, and where: within its paragraph it is the narrative's time too
  // ("Thursday morning … by noon"), beyond it only a spelled-out date carries over.
  let lastDay: { day: Ymd; end: number } | null = null;
  for (const r of parseRaw(text, data, lang, ref)) {
    const near = lastDay && !text.slice(lastDay.end, r.index).includes("\n") ? lastDay.day : null;
    const found = toMention(r, { text, lang, vocab, ref, anchor: near ?? anchor, inferred });
    if (!found) continue;
    const closesSpan = vocab.until.test(text.slice(Math.max(0, found.start - 20), found.start));
    const datesReport = vocab.publishing.test(text.slice(found.end, found.end + 30));
    const mention: DateMention = {
      ...found,
      ...(closesSpan ? { bound: "end" as const } : {}),
      ...(datesReport ? { dates: "report" as const } : {}),
    };
    out.push(mention);
    // The narrative's reference time moves only with a date the text spells out ("Senin (11/9)",
    // "Sept. 11") or counts from one ("sehari kemudian"); "Monday's election" or "kemarin" name a
    // day without moving the story there.
    const spelled = r.start.isCertain("day") && r.start.isCertain("month");
    const counted = hasTag(r, `${lang}-anaphoric`);
    if (mention.kind !== "date" || (mention.precision !== "day" && mention.precision !== "minute")) continue;
    const day = parseDay(mention.value);
    if (!day) continue;
    lastDay = { day, end: mention.end };
    if (spelled || counted) anchor = day;
  }
  return out;
}
