import { describe, expect, it } from "vitest";
import { escapeHtml, escapeMarkdown } from "./escape.js";

describe("escape", () => {
  it.each([
    ['<script>alert("x")</script>', "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"],
    ["<img src=x onerror=alert(1)>", "&lt;img src=x onerror=alert(1)&gt;"],
    ["Tom & Jerry's `code`", "Tom &amp; Jerry&#39;s &#96;code&#96;"],
  ])("html: %s", (input, output) => {
    expect(escapeHtml(input)).toBe(output);
  });

  it.each([
    ['"Kami siap," kata Ani.', '"Kami siap," kata Ani.'],
    [
      "<b>bold</b> | *x* [link](javascript:alert(1))",
      "&lt;b&gt;bold&lt;/b&gt; \\| \\*x\\* \\[link\\](javascript:alert(1))",
    ],
    ["satu\n\ndua", "satu dua"],
  ])("markdown: %s", (input, output) => {
    expect(escapeMarkdown(input)).toBe(output);
  });
});
