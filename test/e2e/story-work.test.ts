/**
 * @module
 * Browser tests, in Debian's Chromium, for the views an analyst works from: the articles table,
 * the coverage strip and attention chart, the story's own timeline window, corroboration on each
 * claim, the entity page and article search with snippets. Each runs at desktop and phone width
 * over a story with hostile markup in every field: it must show as text and no script may run.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HOSTILE } from "../../src/http/testing/fixture.js";
import { hasChromium, launch } from "./browser.js";
import { exampleServer, hostileDossier, hostileServer, ROOT } from "./servers.js";

/** KABAR_SCREENSHOTS=1 writes the README's screenshots of the story page. */
const SHOTS = process.env.KABAR_SCREENSHOTS === "1" ? join(ROOT, "docs", "screenshots") : null;
const WIDTHS = [
  ["desktop", 1280, 800],
  ["phone", 390, 844],
] as const;

describe.skipIf(!hasChromium)("story page views in Chromium", () => {
  let browser: Browser;
  let hostile: { url: string; close(): Promise<void> };
  let example: { url: string; close(): Promise<void> };
  const dossier = hostileDossier();

  beforeAll(async () => {
    [browser, hostile, example] = await Promise.all([launch(), hostileServer(), exampleServer()]);
  });
  afterAll(async () => {
    await Promise.all([browser?.close(), hostile?.close(), example?.close()]);
  });

  /** A page at a width; fails the test on any script error, injected script or markup parsed. */
  async function visit(width: number, height: number, path: string, run: (p: Page) => Promise<void>) {
    const p = await browser.newPage({ viewport: { width, height } });
    const errors: string[] = [];
    p.on("pageerror", (e) => errors.push(e.message));
    p.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    try {
      await p.goto(`${hostile.url}${path}`);
      await run(p);
      expect(await p.locator("main img, main script, main b, main textarea").count()).toBe(0);
      expect(await p.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
      const overflow = await p.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      expect(errors).toEqual([]);
    } finally {
      await p.close();
    }
  }

  describe.each(WIDTHS)("at %s width", (_name, width, height) => {
    it("lists the articles in a sortable, filterable table with links to the originals", async () => {
      await visit(width, height, "/#/story/s1", async (p) => {
        const table = p.locator("#sec-articles table.articles");
        const rows = table.locator("tbody tr");
        await rows.first().waitFor();
        expect(await rows.count()).toBe(dossier.articles.length);
        // Hostile headline, outlet and agency are text in their cells.
        expect(await table.textContent()).toContain(HOSTILE.script);
        expect(await table.textContent()).toContain(`Kabar ${HOSTILE.img}`);
        expect(await table.textContent()).toContain(`credits Reuters ${HOSTILE.img}`);
        // Only http(s) URLs become links: the javascript: URL of the third article does not.
        const links = table.locator("a");
        expect(await links.count()).toBe(2);
        expect(await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).protocol))).toEqual([
          "https:",
          "https:",
        ]);
        // Sorted by date by default; clicking Outlet sorts by outlet, again reverses.
        const outlets = () => rows.locator("td:nth-of-type(1)").allTextContents();
        await table.getByRole("button", { name: /^Outlet/ }).click();
        const asc = await outlets();
        expect(asc).toEqual([...asc].sort((a, b) => a.localeCompare(b)));
        await table.getByRole("button", { name: /^Outlet/ }).click();
        expect(await outlets()).toEqual([...asc].reverse());
        // Filtering by text and by language.
        await p.locator("#sec-articles").getByLabel("Filter").fill("warta");
        await p.locator("#sec-articles").getByText("1 of 3 articles").waitFor();
        expect(await outlets()).toEqual(["Warta Dua"]);
        await p.locator("#sec-articles").getByLabel("Filter").fill("");
        await p.locator("#sec-articles").getByLabel("Language").selectOption("en");
        await p.locator("#sec-articles").getByText("2 of 3 articles").waitFor();
        // A headline opens its article in the source panel.
        await table.getByRole("button", { name: "Flood hits Bekasi, thousands evacuated" }).click();
        await p.locator(".panel .article-text").waitFor();
        expect(await p.locator(".panel .article-text").textContent()).toBe(dossier.articles[0]?.text);
      });
    });

    it("shows coverage by outlet, origin and language, and articles per day", async () => {
      await visit(width, height, "/#/story/s1", async (p) => {
        const section = p.locator("#sec-coverage");
        await section.locator(".strip").first().waitFor();
        const labels = await section
          .locator(".bar")
          .evaluateAll((bars) => bars.map((b) => b.getAttribute("aria-label")));
        expect(labels).toEqual([
          `Outlets: Harian Satu 1, Kabar ${HOSTILE.img} 1, Warta Dua 1`,
          `Origins: Kabar Tiga 1, Reuters ${HOSTILE.img} 1, Warta Dua 1`,
          "Languages: en 2, id 1",
        ]);
        // Fixture dates: one article on 4 March, two on 5 March.
        const days = await section.locator(".attention-chart .day title").allTextContents();
        expect(days).toEqual(["2024-03-04: 1 article", "2024-03-05: 2 articles"]);
        const heights = await section
          .locator(".attention-chart rect")
          .evaluateAll((rs) => rs.map((r) => Number(r.getAttribute("height"))));
        expect(heights[1]).toBeCloseTo(2 * (heights[0] ?? 0));
      });
    });

    it("keeps the timeline on the story's days, background collapsed, and marks corroboration", async () => {
      await visit(width, height, "/#/story/s1", async (p) => {
        const timeline = p.locator("#sec-timeline");
        await timeline.locator(".chart canvas").waitFor();
        const background = timeline.locator("details.background");
        expect(await background.getAttribute("open")).toBeNull();
        expect(await background.locator("summary").textContent()).toContain("1 earlier or later event");
        expect(await timeline.locator("> ol.timeline .date").allTextContents()).toEqual([
          "2024-03-04",
          "2024-03-07",
        ]);
        await background.locator("summary").click();
        await background.getByText(`Independence ${HOSTILE.img}`).waitFor();
        const claims = p.locator("#sec-claims");
        const single = claims.locator("tr", { hasText: "Schools reopen" });
        expect(await single.locator(".badge").textContent()).toBe("single source");
        expect(await single.locator("th").textContent()).toContain(HOSTILE.textarea);
        const flood = claims.locator("tr", { hasText: "A flood hit Bekasi on Monday" });
        expect((await flood.locator(".badge").textContent())?.trim()).toBe("3 independent origins");
        // The map: places typed as places, the airport from the second gazetteer file; the person
        // who shares a city's name is not put on it.
        await p.locator("#sec-map .marker", { hasText: "Bandara Soekarno-Hatta" }).waitFor();
        expect(await p.locator("#sec-map .marker").allTextContents()).toEqual([
          "Bekasi",
          "Jakarta",
          "Bandara Soekarno-Hatta",
        ]);
        // The quote's own marks are not doubled by the page's.
        const quotes = await p.locator("#sec-quotes .quote.direct").allTextContents();
        expect(quotes.map((q) => q.trim())).toContain(`“${HOSTILE.script} we evacuated”`);
      });
    });

    it("opens an entity across stories: aliases, stories, quotes and who it appears with", async () => {
      await visit(width, height, "/#/story/s1", async (p) => {
        await p.locator("#sec-entities").getByRole("link", { name: "Ahmad Rahman across stories" }).click();
        await p.getByRole("heading", { level: 1, name: "Ahmad Rahman" }).waitFor();
        expect(await p.locator(".entity-page > p.muted").textContent()).toContain(`Rahman ${HOSTILE.img}`);
        const stories = p.locator("#sec-entity-stories .story-card");
        expect(await stories.count()).toBe(2);
        const quotes = await p.locator("#sec-entity-quotes li").allTextContents();
        expect(quotes.some((q) => q.includes(`“${HOSTILE.script} we evacuated”`))).toBe(true);
        expect(quotes.some((q) => q.includes("(reported)"))).toBe(true);
        await p.locator("#sec-entity-related").getByRole("link", { name: "Bekasi" }).click();
        await p.getByRole("heading", { level: 1, name: "Bekasi" }).waitFor();
      });
    });

    it("searches articles and shows each hit's passage and language", async () => {
      await visit(width, height, "/#/search?q=newsroom", async (p) => {
        const hit = p.locator(".hit");
        await hit.first().waitFor();
        // The same article text is in both stories.
        expect(await hit.count()).toBe(2);
        expect(await hit.locator(".lang").allTextContents()).toEqual(["en", "en"]);
        // The memory store's snippet is the raw text around the match: markup stays text.
        expect(await hit.first().locator(".snippet").textContent()).toContain(
          "<script>window.__xss=4</script>",
        );
      });
    });
  });

  it.each(WIDTHS)(
    "shows the example's largest story with every section at %s width",
    async (name, width, height) => {
      const res = await fetch(`${example.url}/api/stories`);
      const { stories } = (await res.json()) as { stories: { id: string; articleCount: number }[] };
      const biggest = [...stories].sort((a, b) => b.articleCount - a.articleCount)[0]!;
      const p = await browser.newPage({ viewport: { width, height } });
      await p.goto(`${example.url}/#/story/${biggest.id}`);
      await p.locator("#sec-map svg .land path").first().waitFor();
      const title = (await p.getByRole("heading", { level: 1 }).textContent()) ?? "";
      expect(title).not.toMatch(/^Story |s-[0-9a-f]{8}|^[A-Z ]+, \d/);
      expect(await p.locator("#sec-articles tbody tr").count()).toBe(biggest.articleCount);
      expect(await p.locator("#sec-coverage .attention-chart rect").count()).toBeGreaterThan(0);
      expect(
        await p.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
      ).toBeLessThanOrEqual(0);
      if (SHOTS) {
        mkdirSync(SHOTS, { recursive: true });
        await p.screenshot({ path: join(SHOTS, `story-${name}.png`) });
      }
      await p.close();
    },
  );

  it("marks the matched words of a real full-text snippet", async () => {
    const p = await browser.newPage();
    await p.goto(`${example.url}/#/search?q=Putin`);
    const hits = p.locator(".hit");
    await hits.first().waitFor();
    expect(await hits.count()).toBeGreaterThan(0);
    const marked = await hits.first().locator(".snippet mark").allTextContents();
    expect(marked.length).toBeGreaterThan(0);
    expect(marked.every((m) => /putin/i.test(m))).toBe(true);
    expect(await hits.first().locator(".lang").textContent()).toBe("id");
    await p.goto(`${example.url}/#/search?q=zzzyyyxxx`);
    await p.getByText("No matches").waitFor();
    await p.close();
  });
});
