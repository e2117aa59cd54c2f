import { describe, expect, it } from "vitest";
import { rows, runDates } from "./testing.js";

const REF = "2023-09-13";

describe("dates stage, English", () => {
  it.each([
    ["Kim arrived on Tuesday.", [["Tuesday", "2023-09-12", "day", "dates/en-weekday"]]],
    [
      "He left Pyongyang on Sunday afternoon.",
      [["Sunday afternoon", "2023-09-10TAF", "day", "dates/en-weekday"]],
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
    // TimeML's vague references, parts of day, sets, decades and centuries (issue 14).
    [
      "He is now in Moscow and currently at the port.",
      [
        ["now", "PRESENT_REF", "-", "dates/en-vague-ref"],
        ["currently", "PRESENT_REF", "-", "dates/en-vague-ref"],
      ],
    ],
    ["214 passengers were on board at the time.", [["the time", "PAST_REF", "-", "dates/en-vague-ref"]]],
    ["The time it takes is long.", []],
    ["He works every week.", [["every week", "P1W", "-", "dates/en-set"]]],
    ["The agency updates the count weekly.", [["weekly", "P1W", "-", "dates/en-set"]]],
    ["The Daily Journal reported it.", []],
    [
      "Prices doubled in the 1990s and the '80s.",
      [
        ["the 1990s", "199", "-", "dates/en-decade"],
        ["the '80s", "198", "-", "dates/en-decade"],
      ],
    ],
    ["It was built in the 20th century.", [["the 20th century", "19", "-", "dates/en-century"]]],
    [
      "Output rose in the second half of 2018.",
      [["the second half of 2018", "2018-H2", "-", "dates/en-year-part"]],
    ],
    ["Rates rose a quarter of a percentage point.", []],
    ["Police found him after a 2010 raid.", [["2010", "2010", "year", "dates/en-year-modifier"]]],
    [
      "He played in the 2009-2010 season.",
      [
        ["2009", "2009", "year", "dates/en-year-range"],
        ["2010", "2010", "year", "dates/en-year-range"],
      ],
    ],
    ["Eight years from now it ends.", [["Eight years from now", "2031", "year", "dates/en-relative"]]],
    ["It happened two weeks ago.", [["two weeks ago", "2023-W35", "week", "dates/en-relative"]]],
    ["The 70-year-old woman was rescued.", [["70-year-old", "P70Y", "-", "dates/en-duration"]]],
    ["He spoke this afternoon.", [["this afternoon", "2023-09-13TAF", "day", "dates/en-relative-day"]]],
    // Narrative anchoring: counted from the last date the text named, not from the publication.
    [
      "The quake struck on Sept. 1. A day later, aid came.",
      [
        ["Sept. 1", "2023-09-01", "day", "dates/en-relative"],
        ["A day later", "2023-09-02", "day", "dates/en-anaphoric"],
      ],
    ],
    [
      "They met on Sept. 1. About a month earlier they had talked.",
      [
        ["Sept. 1", "2023-09-01", "day", "dates/en-relative"],
        ["About a month earlier", "2023-08", "month", "dates/en-anaphoric"],
      ],
    ],
    [
      "Soldiers spent Thursday morning clearing the area and warned people to leave by noon.",
      [
        ["Thursday morning", "2023-09-07TMO", "day", "dates/en-weekday"],
        ["noon", "2023-09-07T12:00", "minute", "dates/en-relative"],
      ],
    ],
    [
      "Polls opened on Monday.\n\nThe next briefing is at 7 p.m.",
      [
        ["Monday", "2023-09-11", "day", "dates/en-weekday"],
        ["7 p.m.", "2023-09-13T19:00", "minute", "dates/en-relative"],
      ],
    ],
    [
      "The storm hit on Sept. 10.\n\nLater in the day, it weakened.",
      [
        ["Sept. 10", "2023-09-10", "day", "dates/en-relative"],
        ["Later in the day", "2023-09-10", "day", "dates/en-anaphoric"],
      ],
    ],
  ])("%s", (text, expected) => {
    expect(rows(runDates(text, "en", REF).dates)).toEqual(expected);
  });

  it.each([
    ["May said the deal was done."],
    ["The score was 2/1 at half time."],
    ["Some 2019 people were evacuated."],
    ["A day to remember."],
    ["The ship sat at 8 degrees 50 minutes south."],
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
