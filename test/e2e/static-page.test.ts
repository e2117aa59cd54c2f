/**
 * The static page (`kabar analyze --html`) in Chromium, opened from disk as a reader would: it
 * loads nothing beyond its own file, runs nothing (the hostile fixture's markup stays text), shows
 * the story sections the web UI draws, and its evidence links land on the article text.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixtureDossier } from "../../src/http/testing/fixture.js";
import { renderHtml } from "../../src/render/html.js";
import { hasChromium, launch } from "./browser.js";

describe.skipIf(!hasChromium)("static dossier page in Chromium", () => {
  let browser: Browser;
  const dir = mkdtempSync(join(tmpdir(), "kabar-static-"));
  const file = join(dir, "dossier.html");

  beforeAll(async () => {
    writeFileSync(file, renderHtml(fixtureDossier()));
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("works offline, runs nothing, and its evidence links land on the article", async () => {
    const p = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const requests: string[] = [];
    const problems: string[] = [];
    p.on("request", (r) => requests.push(r.url()));
    p.on("pageerror", (e) => problems.push(e.message));
    p.on("console", (m) => problems.push(`${m.type()}: ${m.text()}`));
    await p.goto(`file://${file}`);

    expect(requests).toEqual([`file://${file}`]);
    expect(await p.evaluate(() => (window as { __xss?: unknown }).__xss)).toBeUndefined();
    expect(await p.locator("img, script, b, button").count()).toBe(0);
    for (const name of [
      "Summary",
      "Coverage",
      "Articles",
      "Timeline",
      "Who said what",
      "Claims × outlets",
      "Contradictions",
      "Entities",
      "Article texts",
    ]) {
      await expect(p.getByRole("heading", { name, exact: true }).isVisible()).resolves.toBe(true);
    }
    // The hostile headline reads as text in the articles table and above its article.
    await expect(p.locator("#article-a3 h3").innerText()).resolves.toContain(
      '<img src=x onerror="window.__xss=1">',
    );

    await p.locator("#sec-contradictions a.evidence-btn", { hasText: "1.500 warga dievakuasi" }).click();
    // The link lands where the evidence starts in article a2's text.
    expect(await p.evaluate(() => location.hash)).toMatch(/^#ev-a2-\d+$/);
    const after = await p.evaluate(() => {
      const target = document.querySelector(":target");
      const rest = document.createRange();
      if (target?.parentElement) {
        rest.setStartAfter(target);
        rest.setEnd(target.parentElement, target.parentElement.childNodes.length);
      }
      return rest.toString();
    });
    expect(after.startsWith("Sebanyak 1.500 warga dievakuasi")).toBe(true);
    await expect(p.locator("#article-a2 :target").isVisible()).resolves.toBe(true);
    expect(problems).toEqual([]);
  });
});
