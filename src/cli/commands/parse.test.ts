import { InvalidArgumentError } from "commander";
import { describe, expect, it } from "vitest";
import { countInt, isoDate, oneOf, port, positiveInt } from "./parse.js";

describe("numeric option parsers", () => {
  it("accepts plain whole numbers in range", () => {
    expect(positiveInt("20")).toBe(20);
    expect(countInt("0")).toBe(0);
    expect(port("0")).toBe(0);
    expect(port("65535")).toBe(65535);
    expect(oneOf("full", "clean")("clean")).toBe("clean");
    expect(isoDate("2024-03-04")).toBe("2024-03-04");
  });

  it.each([
    [positiveInt, "abc"],
    [positiveInt, ""],
    [positiveInt, "0"],
    [positiveInt, "1e3"],
    [positiveInt, "-5"],
    [positiveInt, "2.5"],
    [countInt, "-1"],
    [port, "65536"],
    [oneOf("full", "clean"), "fast"],
    [isoDate, "yesterday"],
    [isoDate, "2024-13-45"],
  ])("%o rejects %o with commander's usage error", (parse, value) => {
    expect(() => parse(value)).toThrow(InvalidArgumentError);
  });
});
