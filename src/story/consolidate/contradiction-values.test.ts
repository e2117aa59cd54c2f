import { describe, expect, it } from "vitest";
import { agree, type Bound, boundOf, type Reading, zoneOf } from "./contradiction-values.js";

const clock = (h: number, m: number) => h * 60 + m;
const r = (lo: number, unit: string, bound: Bound = "exact", hi = lo): Reading => ({ lo, hi, unit, bound });

describe("boundOf", () => {
  it.each([
    [
      "Kebakaran terjadi sekitar pukul 01.50 WIB.",
      { lo: clock(1, 50), hi: clock(1, 50), unit: "#clock" },
      "approx",
    ],
    [
      "The fire started at 1:45 a.m. local time.",
      { lo: clock(1, 45), hi: clock(1, 45), unit: "#clock" },
      "exact",
    ],
    [
      "At about 3am, firefighters extinguished the blaze.",
      { lo: clock(3, 0), hi: clock(3, 0), unit: "#clock" },
      "approx",
    ],
    [
      "Hingga pukul 19.34 WIB sebanyak 62 orang meninggal.",
      { lo: clock(19, 34), hi: clock(19, 34), unit: "#clock" },
      "asOf",
    ],
    [
      "as of 7:34 p.m. it is recorded 62 people died",
      { lo: clock(19, 34), hi: clock(19, 34), unit: "#clock" },
      "asOf",
    ],
    [
      "terjadi letusan sebanyak 9 kali sejak pukul 00.00 WIB dinihari",
      { lo: 0, hi: 0, unit: "#clock" },
      "asOf",
    ],
    ["A crush killed at least 151 people.", { lo: 151, hi: 151, unit: "#person" }, "atLeast"],
    ["lebih dari 2.200 rumah rusak", { lo: 2200, hi: 2200, unit: "#house" }, "atLeast"],
    ["more than 2,200 houses had been damaged", { lo: 2200, hi: 2200, unit: "#house" }, "atLeast"],
    ["Around 400 firefighters battled the blaze.", { lo: 400, hi: 400, unit: "#person" }, "approx"],
    ["There were 155 passengers - 138 adults, 16 children.", { lo: 16, hi: 16, unit: "#person" }, "exact"],
    ["Tiga korban meninggal dunia, sekitar pukul lima.", { lo: 3, hi: 3, unit: "#person" }, "approx"],
  ])("%s → %s", (text, q, bound) => {
    expect(boundOf(text, q)).toBe(bound);
  });
});

describe("zoneOf", () => {
  it.each([
    ["Kebakaran terjadi pukul 01.45 WIB.", clock(1, 45), "wib"],
    ["The plane crashed at 9:03 a.m. (0003 GMT) on Sunday.", clock(9, 3), "local"],
    ["The fire broke out at 1.45am local time.", clock(1, 45), "local"],
    ["Pesawat jatuh pukul 09.03 KST.", clock(9, 3), "kst"],
  ])("%s → %s", (text, lo, zone) => {
    expect(zoneOf(text, { lo, unit: "#clock" })).toBe(zone);
  });
});

describe("agree", () => {
  it.each([
    ["exact clock times a minute apart", r(clock(14, 53), "#clock"), r(clock(14, 54), "#clock"), false],
    ["'sekitar 13.20' and 13.21", r(clock(13, 20), "#clock", "approx"), r(clock(13, 21), "#clock"), true],
    ["'sekitar 01.50' and 01.45", r(clock(1, 50), "#clock", "approx"), r(clock(1, 45), "#clock"), false],
    ["'about 22.00' and 22.20", r(clock(22, 0), "#clock", "approx"), r(clock(22, 20), "#clock"), true],
    ["'about 3am' and 03.30", r(clock(3, 0), "#clock", "approx"), r(clock(3, 30), "#clock"), false],
    ["an as-of time and an event time", r(clock(19, 34), "#clock", "asOf"), r(clock(23, 56), "#clock"), true],
    ["16 and 17 children", r(16, "#person"), r(17, "#person"), false],
    ["'some 500' and 'around 400'", r(500, "#person", "approx"), r(400, "#person", "approx"), false],
    ["'nearly 130' and 'about 128'", r(130, "#person", "approx"), r(128, "#person", "approx"), true],
    ["'at least 151' and 153", r(151, "#person", "atLeast"), r(153, "#person"), true],
    ["'more than 2,200' and 2,272", r(2200, "#house", "atLeast"), r(2272, "#house"), true],
    ["'about 100' and 122", r(100, "#person", "approx"), r(122, "#person"), true],
    ["4 km and 2.5 miles", r(4, "#km"), r(4.023, "#km"), true],
    ["3.2 km and 4 km", r(3.2, "#km"), r(4.023, "#km"), false],
    ["different units", r(3, "#person"), r(4, "#house"), true],
  ])("%s", (_, a, b, expected) => {
    expect(agree(a, b)).toBe(expected);
    expect(agree(b, a)).toBe(expected);
  });
});
