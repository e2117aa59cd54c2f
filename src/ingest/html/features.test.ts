/**
 * @module
 * The block features added for the article's own description and for line runs: a block that
 * repeats the meta description or the document title scores high on them, one that does not
 * scores low or 0, and lines one element splits with <br> report the run's length.
 */
import { describe, expect, it } from "vitest";
import { blockFeatures, DENSE } from "./features.js";
import { parsePage } from "./parse.js";

const page = parsePage(`<html><head><title>Flood closes the river port</title>
<meta name="description" content="Heavy rain flooded the river port on Monday and closed it to barges."></head>
<body><div class="body"><p>Heavy rain flooded the river port on Monday, closing it to barges for a week.</p>
<p>Traders said rice prices rose at the market.</p></div>
<ul class="menu"><li>Home</li><li>Sport</li><li>Weather</li></ul>
<p class="verse">The first line of a verse<br>the second line<br>the third line</p></body></html>`);
const { dense } = blockFeatures(page, "Flood closes the river port");
const col = (name: (typeof DENSE)[number]): number[] => dense.map((f) => f[DENSE.indexOf(name)]!);
const textOf = page.blocks.map((b) => b.text);
const at = (prefix: string): number => textOf.findIndex((t) => t.startsWith(prefix));

describe("blockFeatures: description overlap and line runs", () => {
  it.each([
    ["Heavy rain", "descOverlap", (x: number) => x > 0.6],
    ["Traders", "descOverlap", (x: number) => x < 0.2],
    ["Home", "descOverlap", (x: number) => x === 0],
    ["Heavy rain", "docTitleOverlap", (x: number) => x >= 0.5],
    ["the second line", "logRun", (x: number) => Math.abs(x - Math.log(3)) < 1e-9],
    ["Sport", "logRun", (x: number) => x === 0],
  ] as const)("%s: %s", (prefix, name, ok) => {
    const i = at(prefix);
    expect(i).toBeGreaterThanOrEqual(0);
    expect(ok(col(name)[i]!)).toBe(true);
  });
});
