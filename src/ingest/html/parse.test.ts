/**
 * @module
 * The unclosed-`<title>` repair: a title that runs into markup would swallow the page as raw
 * text; it is closed at the first tag after it, and a well-formed page is left as it is.
 */
import { describe, expect, it } from "vitest";
import { parsePage, repairTitle } from "./parse.js";

const body = "<body><p>The river rose in the night and the town was cut off by noon on Monday.</p></body>";

describe("repairTitle", () => {
  it.each([
    ["closed title", `<html><head><title>Flood</title></head>${body}</html>`, "same"],
    ["no title", `<html><head></head>${body}</html>`, "same"],
    ["closing tag with a space", `<title>Flood</title >${body}`, "same"],
    ["title to the end of the page", "<title>Flood and nothing else", "same"],
    ["unclosed title before a script", `<title>BBC SPORTi library-->\n<script>x()</script>${body}`, "closed"],
    ["damaged closing tag", `<title>Oil Please</titleval<meta name="a">${body}`, "closed"],
  ])("%s", (_, html, want) => {
    const out = repairTitle(html);
    if (want === "same") expect(out).toBe(html);
    else {
      expect(out).not.toBe(html);
      const page = parsePage(html);
      expect(page.blocks.map((b) => b.text)).toContain(
        "The river rose in the night and the town was cut off by noon on Monday.",
      );
    }
  });

  it("keeps the title's own text as the page title", () => {
    const page = parsePage(`<html><head><title>Press sceptical\n<script>x()</script></head>${body}`);
    expect(page.meta.title?.trim()).toBe("Press sceptical");
    expect(page.blocks).toHaveLength(1);
  });
});
