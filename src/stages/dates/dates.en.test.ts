import { describe, expect, it } from "vitest";
import { rows, runDates } from "./testing.js";

const REF = "2023-09-13";

describe("dates stage, English", () => {
  it.each([
    ["Kim arrived on Tuesday.", [["Tuesday", "2023-09-12", "day", "dates/en-weekday"]]],
    [
      "He left Pyongyang on Sunday afternoon.",
      [["Sunday afternoon", "2023-09-10", "day", "dates/en-weekday"]],
    ],
    ["The leaders will meet on Thursday.", [["Thursday", "2023-09-14", "day", "dates/en-weekday"]]],
    ["They met last Monday.", [["last Monday", "2023-09-11", "day", "dates/en-weekday"]]],
    [
      "Tuesday, Sept. 12, officials said.",
      [["Tuesday, Sept. 12", "2023-09-12", "day", "dates/en-weekday-with-date"]],
    ],
    ["The war began in 2022.", [["2022", "2022", "year", "dates/en-bare-year"]]],
    ["He has ruled since 2019.", [["2019", "2019", "year", "dates/en-bare-year"]]],
    ["Shoigu visited in July 2023.", [["July 2023", "2023-07", "month", "dates/en-month"]]],
    ["Officials spoke this week.", [["this week", "2023-W37", "week", "dates/en-week"]]],
    ["Talks resume next week.", [["next week", "2023-W38", "week", "dates/en-week"]]],
    ["The war has lasted almost 19 months.", [["almost 19 months", "P19M", "-", "dates/en-duration"]]],
    ["The visit lasted for three days.", [["three days", "P3D", "-", "dates/en-duration"]]],
    ["Prices rose last year.", [["last year", "2022", "year", "dates/en-relative"]]],
    ["He arrived yesterday.", [["yesterday", "2023-09-12", "day", "dates/en-relative"]]],
    [
      "On Wednesday, March 1, 2023 at 10:30 a.m. EDT the court met.",
      [
        [
          "Wednesday, March 1, 2023 at 10:30 a.m. EDT",
          "2023-03-01T10:30-04:00",
          "minute",
          "dates/en-weekday-with-date",
        ],
      ],
    ],
    [
      "The statement came at 07:05 UTC.",
      [["07:05 UTC", "2023-09-13T07:05+00:00", "minute", "dates/en-relative"]],
    ],
    [
      "The crash happened at 12:42 p.m. Monday.",
      [["12:42 p.m. Monday", "2023-09-11T12:42", "minute", "dates/en-weekday"]],
    ],
    ["Inflation peaked last September.", [["last September", "2022-09", "month", "dates/en-month"]]],
    ["Inflation peaked last June.", [["last June", "2023-06", "month", "dates/en-month"]]],
    ["A flood watch is in effect until Friday.", [["Friday", "2023-09-15", "day", "dates/en-weekday"]]],
    ["Prices fell in recent months.", [["recent months", "PXM", "-", "dates/en-duration"]]],
    ["He was rescued 17 hours after the quake.", [["17 hours", "PT17H", "-", "dates/en-duration"]]],
    ["It was the worst in a decade.", []],
  ])("%s", (text, expected) => {
    expect(rows(runDates(text, "en", REF).dates)).toEqual(expected);
  });

  it.each([
    ["May said the deal was done."],
    ["The score was 2/1 at half time."],
    ["Some 2019 people were evacuated."],
    ["A day to remember."],
    ["He works every week."],
    ["See http://example.com/news/image/2005.09/photo.html for more."],
    ["It was my last day in the office."],
    ["Containment was reported at 15% on the ridge."],
    ["Rates rose to 5.25-5.5% this round."],
  ])("finds nothing in %s", (text) => {
    expect(runDates(text, "en", REF).dates).toEqual([]);
  });

  it("resolves against the stated publication date, never the clock", () => {
    const a = runDates("He arrived yesterday.", "en", "2020-02-29").dates;
    expect(a.map((d) => d.value)).toEqual(["2020-02-28"]);
  });
});
