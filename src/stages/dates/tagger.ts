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
import { toMention } from "./resolve.js";
import { vocabFor } from "./vocab.js";

/** Any fixed instant: chrono needs one, but values that depend on it are dropped when ref is null. */
const PLACEHOLDER = new Date(Date.UTC(2000, 0, 1, 12));

/** chrono's raw results for a text, read against `ref` (in the article's own calendar). */
export function parseRaw(text: string, data: DateData, lang: string, ref: Ymd | null): ParsingResult[] {
  const instant = ref ? toUtc(ref) : PLACEHOLDER;
  return chronoFor(data, lang).parse(text, { instant, timezone: 0 }) as ParsingResult[];
}

/** Date mentions of `text`, in text order. `lang` prefixes rule names (`dates/<lang>-…`). */
export function tagDates(text: string, data: DateData, lang: string, ref: Ymd | null): DateMention[] {
  const vocab = vocabFor(data);
  const out: DateMention[] = [];
  let anchor: Ymd | null = null;
  for (const r of parseRaw(text, data, lang, ref)) {
    const found = toMention(r, { text, lang, vocab, ref, anchor });
    if (!found) continue;
    const closesSpan = vocab.until.test(text.slice(Math.max(0, found.start - 20), found.start));
    const datesReport = vocab.publishing.test(text.slice(found.end, found.end + 30));
    const mention: DateMention = {
      ...found,
      ...(closesSpan ? { bound: "end" as const } : {}),
      ...(datesReport ? { dates: "report" as const } : {}),
    };
    out.push(mention);
    if (mention.kind === "date" && (mention.precision === "day" || mention.precision === "minute"))
      anchor = parseDay(mention.value) ?? anchor;
  }
  return out;
}
