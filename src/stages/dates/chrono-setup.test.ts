import { Chrono } from "chrono-node";
import { describe, expect, it } from "vitest";
import { casualOf } from "./chrono-setup.js";

describe("casualOf", () => {
  it.each(["id", "en", "fr"])("gives chrono-node's casual %s configuration", (locale) => {
    expect(casualOf(locale)).toBeInstanceOf(Chrono);
    expect(casualOf(locale).parsers.length).toBeGreaterThan(0);
  });

  it.each(["xx", "casual", "parse", ""])("refuses %j, which is no chrono-node locale", (locale) => {
    expect(() => casualOf(locale)).toThrow(expect.objectContaining({ code: "E_LANG_UNKNOWN" }));
  });
});
