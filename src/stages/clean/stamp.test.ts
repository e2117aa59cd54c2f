import { describe, expect, it } from "vitest";
import * as stamp from "./stamp.js";
import { withShippedCues } from "./testing.js";

const parseStamp = (...a: Parameters<typeof stamp.parseStamp>) =>
  withShippedCues(() => stamp.parseStamp(...a));

describe("parseStamp", () => {
  it.each([
    ["6 September 2023, 07:05 WIB", "2023-09-06T07:05+07:00"],
    ["Selasa, 12 September 2023 | 10:15 WITA", "2023-09-12T10:15+08:00"],
    ["12 September 2023", "2023-09-12"],
    ["Sept. 12, 2023 at 5:01 p.m. EDT", "2023-09-12T17:01-04:00"],
    ["12/09/2023 10:00", "2023-09-12T10:00"],
    ["2024-02-14", "2024-02-14"],
    ["Kamis, 14 Desember 2023 07:00", "2023-12-14T07:00"],
    ["09-Jun-2016", "2016-06-09"],
    // Seconds are kept, and the zone after them still read.
    ["Kamis, 02 Januari 2020 | 06:17:13 WIB", "2020-01-02T06:17:13+07:00"],
    ["Jan 5, 2021 10:04:59 a.m. EST", "2021-01-05T10:04:59-05:00"],
    ["2023-06-05T10:15:00Z", "2023-06-05T10:15:00+00:00"],
  ])("%s → %s", (stamp, iso) => {
    expect(parseStamp(stamp)).toBe(iso);
  });

  it.each(["no date here", "31/31/2023", "Foo 12, 2023"])("finds nothing in %s", (stamp) => {
    expect(parseStamp(stamp)).toBeNull();
  });
});
