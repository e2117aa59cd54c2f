import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { HOSTILE } from "../../src/http/testing/fixture.js";
import { authed } from "../../src/http/testing/harness.js";
import { inStoryWindow, storyWindow } from "../../src/web/views/story-stats.js";
import { hasChromium, launch } from "./browser.js";
import { exampleServer, fixtureServer, ROOT } from "./servers.js";

const SECTIONS = [
  "Summary",
  "Coverage",
  "Articles",
  "Timeline",
  "Who said what",
  "Claims × outlets",
  "Contradictions",
  "Entities",
  "Map",
];
const SHOTS = process.env.KABAR_SCREENSHOTS === "1" ? join(ROOT, "docs", "screenshots") : null;

describe.skipIf(!hasChromium)("web UI in Chromium", () => {
  let browser: Browser;
  let fixture: { url: string; close(): Promise<void> };
  let example: { url: string; close(): Promise<void> };
  const errors: string[] = [];

  async function page(width = 1280, height = 800): Promise<Page> {
    const p = await browser.newPage({ viewport: { width, height } });
    p.on("pageerror", (e) => errors.push(e.message));
    p.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    return p;
  }

  beforeAll(async () => {
    [browser, fixture, example] = await Promise.all([launch(), fixtureServer(), exampleServer()]);
  });
  beforeEach(() => {
    errors.length = 0;
  });
  afterAll(async () => {
    await Promise.all([browser?.close(), fixture?.close(), example?.close()]);
  });

  it("lists the example stories newest first and opens the largest with every section", async () => {
    const p = await page();
    await p.goto(`${example.url}/`);
    await p.getByRole("heading", { name: "Stories" }).waitFor();
    const res = await p.request.get(`${example.url}/api/stories`);
    const { stories } = (await res.json()) as {
      stories: { id: string; articleCount: number; lastPublished: string }[];
    };
    expect(stories.length).toBeGreaterThan(0);
    const dates = stories.map((s) => s.lastPublished ?? "");
    expect([...dates].sort().reverse()).toEqual(dates);
    const biggest = [...stories].sort((a, b) => b.articleCount - a.articleCount)[0];
    expect(biggest?.articleCount).toBe(5);
    await p.goto(`${example.url}/#/story/${biggest?.id}`);
    for (const name of SECTIONS) await p.getByRole("heading", { name, exact: true }).waitFor();
    await p.locator("#sec-map svg .land path").first().waitFor();
    if (SHOTS) {
      mkdirSync(SHOTS, { recursive: true });
      await p.screenshot({ path: join(SHOTS, "story-desktop.png") });
    }
    // The example's dossier decides what there is to click; the page must show all of it.
    const dossier = (await (
      await p.request.get(`${example.url}/api/stories/${biggest?.id}/dossier`)
    ).json()) as {
      timeline: { date: string }[];
      articles: { published: { value: string | null } }[];
      contradictions: { values: { evidence: { text: string }[] }[] }[];
      entities: unknown[];
    };
    // The chart shows the story's own days: entries dated to within a week of its articles.
    const own = dossier.timeline.filter((e) => inStoryWindow(e.date, storyWindow(dossier as never)));
    expect(await p.locator("#sec-timeline .chart canvas").count()).toBe(own.length > 0 ? 1 : 0);
    expect(await p.locator("#sec-articles tbody tr").count()).toBe(5);
    const evidence = dossier.contradictions[0]?.values[0]?.evidence[0];
    if (evidence) {
      await p.locator("#sec-contradictions .evidence-btn").first().click();
      expect(await p.locator(".panel mark.evidence").textContent()).toBe(evidence.text);
      if (SHOTS) await p.screenshot({ path: join(SHOTS, "story-desktop-evidence.png") });
    }
    expect(errors).toEqual([]);
    await p.close();
    if (SHOTS) {
      const phone = await page(390, 844);
      await phone.goto(`${example.url}/#/story/${biggest?.id}`);
      await phone.locator("#sec-map svg .land path").first().waitFor();
      await phone.screenshot({ path: join(SHOTS, "story-phone.png") });
      await phone.close();
    }
  });

  it("renders an article ingested through the API with hostile markup as text", async () => {
    const raw = `Banjir melanda Bekasi pada Senin, kata warga. ${HOSTILE.script} ${HOSTILE.img}\n\n${HOSTILE.link} ${HOSTILE.textarea} Air mulai surut pada Selasa.`;
    const res = await fetch(
      `${example.url}/api/articles`,
      authed({ text: raw, title: HOSTILE.title, outlet: "Kabar <b>Tiga</b>" }),
    );
    expect(res.status).toBe(201);
    const { storyId } = (await res.json()) as { storyId: string };
    const p = await page();
    await p.goto(`${example.url}/#/story/${encodeURIComponent(storyId)}`);
    await p.getByRole("heading", { level: 1 }).waitFor();
    expect(await p.getByRole("heading", { level: 1 }).textContent()).toContain(
      '<img src=x onerror="window.__xss=1">',
    );
    expect(await p.locator("main img, main script, main b").count()).toBe(0);
    await p.goto(`${example.url}/#/`);
    await p.locator(".story-card .meta", { hasText: "Kabar <b>Tiga</b>" }).waitFor();
    expect(await p.locator("main img, main script, main b").count()).toBe(0);
    expect(await p.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    await p.close();
  });

  it("filters the story list by language and outlet", async () => {
    const p = await page();
    await p.goto(`${fixture.url}/`);
    await p.getByRole("link", { name: /Flood/ }).waitFor();
    // Only languages that occur are offered.
    expect(await p.getByLabel("Language").locator("option").allTextContents()).toEqual(["any", "en", "id"]);
    await p.getByRole("searchbox", { name: "Search" }).fill("tsunami");
    await p.getByRole("button", { name: "Search" }).click();
    await p.getByText("0 stories").waitFor();
    await p.getByRole("searchbox", { name: "Search" }).fill("");
    await p.getByLabel("Outlet").selectOption("Warta Dua");
    await p.getByText("1 story").waitFor();
    await p.close();
  });

  it("shows the timeline chart, and a clicked contradiction opens its evidence highlighted", async () => {
    const p = await page();
    await p.goto(`${fixture.url}/#/story/s1`);
    await p.locator("#sec-timeline .chart canvas").waitFor();
    await p.getByRole("button", { name: "2024-03-04" }).waitFor();
    await p
      .locator("#sec-contradictions")
      .getByRole("button", { name: /1\.500 warga dievakuasi/ })
      .click();
    const mark = p.locator(".panel mark.evidence");
    await mark.waitFor();
    expect(await mark.textContent()).toBe("Sebanyak 1.500 warga dievakuasi");
    expect(await p.locator("#panel-title").textContent()).toBe("Warta Dua");
    await p.keyboard.press("Escape");
    await mark.waitFor({ state: "detached" });
    await p.close();
  });

  it.each([
    ["timeline date", "#sec-timeline", /^2024-03-07$/, "Schools will reopen on Thursday"],
    ["quote", "#sec-quotes", /We evacuated 1,200/, "We evacuated 1,200 people to schools and mosques"],
    ["claims cell", "#sec-claims", /^Reuters$/, "A flood hit Bekasi on Monday"],
    ["entity", "#sec-entities", /^Ahmad Rahman$/, "Ahmad Rahman"],
    ["summary citation", "#sec-summary", /^a1$/, null],
  ])("clicking a %s highlights its evidence", async (_what, section, name, text) => {
    const p = await page();
    await p.goto(`${fixture.url}/#/story/s1`);
    await p.locator(section).getByRole("button", { name }).first().click();
    await p.locator(".panel").waitFor();
    if (text === null) expect(await p.locator(".panel mark").count()).toBe(0);
    else expect(await p.locator(".panel mark.evidence").textContent()).toBe(text);
    await p.close();
  });

  it("reaches evidence with the keyboard alone", async () => {
    const p = await page();
    await p.goto(`${fixture.url}/#/story/s1`);
    await p.locator("#sec-contradictions").getByRole("button").first().focus();
    await p.keyboard.press("Enter");
    await p.locator(".panel mark.evidence").waitFor();
    // The panel moves focus in an effect, after it paints: wait for it (briefly), then assert.
    const focusSettles = (check: string) =>
      p.waitForFunction(check, null, { timeout: 2000 }).catch(() => undefined);
    await focusSettles(`document.activeElement?.id === "panel-title"`);
    expect(await p.evaluate(() => document.activeElement?.id)).toBe("panel-title");
    await p.keyboard.press("Escape");
    await p.locator(".panel").waitFor({ state: "detached" });
    await focusSettles(`document.activeElement?.className === "evidence-btn"`);
    expect(await p.evaluate(() => document.activeElement?.className)).toBe("evidence-btn");
    await p.close();
  });

  it("renders hostile article markup as text and runs none of it", async () => {
    const p = await page();
    await p.goto(`${fixture.url}/#/story/s1`);
    await p.locator("#sec-timeline").getByRole("button", { name: "Kabar Tiga" }).click();
    const text = await p.locator(".panel .article-text").textContent();
    expect(text).toContain("<script>window.__xss=1</script>");
    expect(text).toContain("</textarea>");
    expect(text).toContain('href="javascript:');
    expect(await p.locator(".panel-title").textContent()).toContain('<img src=x onerror="window.__xss=1">');
    expect(await p.locator(".panel img, .panel script, .panel a[href^='javascript']").count()).toBe(0);
    expect(await p.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    await p.close();
  });

  it("blocks injected inline script by CSP", async () => {
    const p = await page();
    await p.goto(`${fixture.url}/#/story/s1`);
    const ran = await p.evaluate(() => {
      const s = document.createElement("script");
      s.textContent = "window.__xss = 9";
      document.body.append(s);
      return (window as unknown as { __xss?: number }).__xss;
    });
    expect(ran).toBeUndefined();
    await p.close();
  });

  it("is usable at phone width: sections stack, the source opens as a sheet", async () => {
    const p = await page(390, 844);
    await p.goto(`${fixture.url}/#/story/s1`);
    for (const name of SECTIONS) await p.getByRole("heading", { name, exact: true }).waitFor();
    const overflow = await p.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await p.locator("#sec-contradictions").getByRole("button").first().click();
    await p.locator(".panel mark.evidence").waitFor();
    if (SHOTS) await p.screenshot({ path: join(SHOTS, "story-phone-evidence.png") });
    expect(errors).toEqual([]);
    await p.close();
  });
});
