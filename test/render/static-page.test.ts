import { describe, expect, it } from "vitest";
import type { Dossier } from "../../src/core/dossier.js";
import { fixtureDossier, HOSTILE } from "../../src/http/testing/fixture.js";
import { renderHtml } from "../../src/render/html.js";

const dossier = fixtureDossier();
const page = renderHtml(dossier);
const tags = [...page.matchAll(/<([a-z][\w-]*)\b([^>]*)>/gi)].map((m) => ({
  name: m[1]!.toLowerCase(),
  attrs: m[2]!,
}));

/** The text of an element's content, entities decoded, as a browser would show it. */
const decode = (s: string): string =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");

describe("renderHtml (the static page, drawn by the story views)", () => {
  it("is one self-contained file: no script, no external resource, a CSP that forbids both", () => {
    expect(page).toMatch(/^<!doctype html>/);
    expect(page).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src 'none'"`);
    expect(
      tags.filter((t) => ["script", "link", "img", "iframe", "object", "embed"].includes(t.name)),
    ).toEqual([]);
    expect(tags.filter((t) => /\s(src|srcset)=/i.test(t.attrs))).toEqual([]);
    expect(page).not.toMatch(/url\(|@import/);
  });

  it("escapes hostile article text: it shows as text and no element carries a handler", () => {
    expect(dossier.articles.some((a) => a.title === HOSTILE.title)).toBe(true);
    for (const markup of Object.values(HOSTILE)) expect(page).not.toContain(markup);
    expect(page).toContain("&lt;img src=x onerror=&quot;window.__xss=1&quot;>");
    expect(tags.filter((t) => /\son[a-z]+=/i.test(t.attrs) || /javascript:/i.test(t.attrs))).toEqual([]);
    expect(tags.map((t) => t.name)).not.toContain("b");
  });

  it("has the story page's sections and every article's full text", () => {
    for (const id of [
      "summary",
      "coverage",
      "articles",
      "timeline",
      "quotes",
      "claims",
      "contradictions",
      "entities",
      "texts",
    ]) {
      expect(page).toContain(`<section id="sec-${id}"`);
    }
    for (const a of dossier.articles) {
      const at = page.indexOf(`<article id="article-${a.id}"`);
      expect(at).toBeGreaterThan(0);
      const text = /<div class="article-text">([\s\S]*?)<\/div>/.exec(page.slice(at))?.[1] ?? "";
      expect(decode(text.replace(/<span id="ev-[\w-]+" class="ev-at"><\/span>/g, ""))).toBe(a.text);
    }
  });

  it("links each piece of evidence to an anchor where it starts in its article", () => {
    const [quote, evidence] = [dossier.quotes[0]!, dossier.contradictions[0]!.values[0]!.evidence[0]!];
    for (const e of [quote, evidence]) {
      const id = `ev-${e.article}-${e.start}`;
      expect(page).toContain(`href="#${id}"`);
      const after = page
        .slice(page.indexOf(`<span id="${id}" class="ev-at"></span>`))
        .replace(/^<span[^>]*><\/span>/, "");
      expect(decode(after.replace(/<span id="ev-[\w-]+" class="ev-at"><\/span>/g, ""))).toMatch(
        new RegExp(`^${e.text.slice(0, 12).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`),
      );
    }
  });

  it("turns every evidence button into a link to an article text on the page", () => {
    expect(tags.filter((t) => t.name === "button")).toEqual([]);
    const targets = [...page.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]!);
    expect(targets.filter((t) => /^(article|ev)-a\d+/.test(t)).length).toBeGreaterThan(10);
    for (const t of new Set(targets)) expect(page).toContain(`id="${t}"`);
  });

  it.each<[string, (d: Dossier) => Dossier, RegExp]>([
    ["every claim with its corroboration", (d) => d, /2 independent origins/],
    [
      "a single-source claim marked",
      (d) => ({ ...d, claims: d.claims.map((c) => ({ ...c, origins: ["Reuters"], singleSource: true })) }),
      /single source/,
    ],
    ["the contradiction's sides", (d) => d, /class="side"/],
    [
      "an empty dossier's placeholders",
      (d) => ({ ...d, claims: [], quotes: [], contradictions: [] }),
      /No claims\.[\s\S]*No contradictions found\./,
    ],
    [
      "every one of many claims (nothing folded behind a button)",
      (d) => ({
        ...d,
        claims: Array.from({ length: 30 }, (_, i) => ({
          ...d.claims[0]!,
          id: `c${i}`,
          what: `claim number ${i}`,
        })),
      }),
      /claim number 29/,
    ],
  ])("shows %s", (_, change, expected) => {
    expect(renderHtml(change(dossier))).toMatch(expected);
  });
});

describe("renderHtml timeline", () => {
  it("marks a row whose day outlets dispute, naming the other days", () => {
    const base = fixtureDossier();
    const row = base.timeline.find((t) => !t.background) ?? base.timeline[0]!;
    const disputed: Dossier = {
      ...base,
      timeline: base.timeline.map((t) => (t === row ? { ...t, disputedDates: ["2001-02-03"] } : t)),
    };
    expect(renderHtml(base)).not.toContain("disputed: also");
    expect(decode(renderHtml(disputed))).toContain("disputed: also 2001-02-03");
  });
});
