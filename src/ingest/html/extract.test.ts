import { describe, expect, it } from "vitest";
import { extractHtml } from "../html.js";
import { parsePage } from "./parse.js";

const para = (n: number): string =>
  [
    "Gempa bermagnitudo 5,6 mengguncang Cianjur, Jawa Barat, pada Senin siang dan merusak ribuan rumah warga di sejumlah kecamatan, kata petugas.",
    "Badan Nasional Penanggulangan Bencana mencatat ratusan korban luka dan meminta warga menjauhi bangunan yang retak sampai pemeriksaan selesai.",
    "Warga mengungsi ke lapangan terbuka sambil menunggu bantuan tenda dan logistik dari pemerintah daerah setempat, yang membuka dapur umum.",
    "Menurut BMKG, gempa terjadi pada kedalaman sepuluh kilometer dan diikuti puluhan gempa susulan yang lebih kecil sepanjang malam itu.",
    "Presiden dijadwalkan meninjau lokasi pada Selasa pagi untuk memastikan penyaluran bantuan berjalan dan sekolah darurat segera dibuka.",
  ][n]!;

const newsPage = `<!doctype html><html lang="id"><head><title>Gempa Guncang Cianjur - Warta</title>
<meta property="og:title" content="Gempa Guncang Cianjur"></head><body>
<header class="site-header"><div class="logo"><a href="/">Warta</a></div>
<nav class="main-nav"><ul><li><a href="/">Beranda</a></li><li><a href="/nasional">Nasional</a></li>
<li><a href="/ekonomi">Ekonomi</a></li><li><a href="/olahraga">Olahraga</a></li><li><a href="/tekno">Tekno</a></li></ul></nav></header>
<main><article class="article"><h1 class="headline">Gempa Guncang Cianjur</h1>
<div class="article-body">
<figure><img src="a.jpg"><figcaption class="caption">Foto: Antara</figcaption></figure>
<p>${para(0)}</p><p>${para(1)}</p>
<figure><img src="b.jpg"><figcaption class="caption">Foto: Antara</figcaption></figure>
<p>${para(2)}</p><p>${para(3)}</p>
<figure><img src="c.jpg"><figcaption class="caption">Foto: Antara</figcaption></figure>
<p>${para(4)}</p></div></article>
<aside class="related"><h3>Berita terkait</h3><ul>
<li><a href="/a">Banjir rendam ratusan rumah di Semarang</a></li>
<li><a href="/b">Harga beras naik menjelang akhir tahun</a></li>
<li><a href="/c">Timnas menang tipis atas Vietnam</a></li>
<li><a href="/d">Jalan tol baru dibuka untuk umum pekan depan</a></li></ul></aside></main>
<footer class="site-footer"><p>&copy; 2024 Warta. Hak cipta dilindungi undang-undang.</p>
<ul><li><a href="/tentang">Tentang kami</a></li><li><a href="/kontak">Kontak</a></li><li><a href="/privasi">Kebijakan privasi</a></li></ul></footer>
</body></html>`;

describe("extractHtml (block classifier)", () => {
  it("keeps the body paragraphs, one a line, and drops nav, related links and footer", () => {
    const { text, hints } = extractHtml(newsPage);
    const lines = text.split("\n");
    for (let i = 0; i < 5; i++) expect(lines).toContain(para(i));
    for (const chrome of [
      "Beranda",
      "Olahraga",
      "Berita terkait",
      "Harga beras",
      "Hak cipta",
      "Kebijakan privasi",
    ])
      expect(text).not.toContain(chrome);
    expect(hints.title).toBe("Gempa Guncang Cianjur");
    expect(hints.language).toBe("id");
  });

  it("drops a caption-like block repeated through the article", () => {
    const { text } = extractHtml(newsPage);
    expect(text).not.toContain("Foto: Antara");
  });

  it("keeps a short fragment (a feed item) whole", () => {
    const { text } = extractHtml(
      "<!doctype html><html><body><article><p>Satu.</p><p>Dua.</p></article></body></html>",
    );
    expect(text).toBe("Satu.\nDua.");
  });

  it("finishes a page of 100,000 nested divs quickly and still reads its text", () => {
    const n = 100_000;
    const html = `<html><body>${"<div>".repeat(n)}<p>${para(0)}</p>${"</div>".repeat(n)}${"</span>".repeat(n)}</body></html>`;
    const t0 = performance.now();
    const page = parsePage(html);
    const { text } = extractHtml(html);
    const ms = performance.now() - t0;
    expect(page.truncated).toBe(true);
    expect(page.blocks.map((b) => b.text)).toEqual([para(0)]);
    expect(text).toBe(para(0));
    expect(ms).toBeLessThan(3000);
  });

  it("stays linear when every one of 100,000 nested blocks has text", () => {
    const n = 100_000;
    const t0 = performance.now();
    const page = parsePage(`<body>${"<div>x ".repeat(n)}</body>`);
    expect(performance.now() - t0).toBeLessThan(3000);
    expect(page.truncated).toBe(true);
    // The tracked levels give one block each; the rest joins the deepest tracked block.
    expect(page.blocks.length).toBeLessThan(300);
    expect(page.blocks.reduce((a, b) => a + b.text.split(" ").length, 0)).toBe(n);
  });

  it("decodes entities once, in text and attributes", () => {
    const page = parsePage(
      `<html><head><meta property="og:title" content="Caf&eacute; &amp;amp; co"></head><body><p>Fish &amp;amp; chips &lt;b&gt; &#8212; caf&eacute;&nbsp;bar</p></body></html>`,
    );
    expect(page.blocks.map((b) => b.text)).toEqual(["Fish &amp; chips <b> — café bar"]);
    expect(page.meta.metas.get("og:title")).toBe("Café &amp; co");
  });

  it("reads a flood of entities in linear time", () => {
    const t0 = performance.now();
    const page = parsePage(`<p>${"&amp;&#x41;&lt;".repeat(200_000)}</p>`);
    expect(page.blocks[0]!.text.length).toBe(600_000);
    expect(performance.now() - t0).toBeLessThan(3000);
  });

  it("ends an unclosed head at the first body element, as browsers do", () => {
    const page = parsePage(
      `<html><head><title>T</title><meta name="author" content="A"><div class="top">${para(1)}</div></html>`,
    );
    expect(page.meta.title).toBe("T");
    expect(page.blocks.map((b) => b.text)).toEqual([para(1)]);
  });

  it("skips scripts, styles, hidden elements and the text of form controls", () => {
    const page = parsePage(
      `<body><script>var x = "<p>no</p>";</script><style>p{}</style><div style="display:none">hidden</div><div hidden>also</div><select><option>Pilih</option></select><p>ya</p></body>`,
    );
    expect(page.blocks.map((b) => b.text)).toEqual(["ya"]);
  });

  it("collects metadata in the same pass: JSON-LD, canonical link, html lang", () => {
    const { hints } = extractHtml(
      `<!doctype html><html lang="en-GB"><head><link rel="canonical" href="https://x.test/a">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"H","datePublished":"2023-09-06T07:05:00+07:00","author":{"@type":"Person","name":"Jane Roe"},"publisher":{"@type":"Organization","name":"X News"}}</script>
</head><body><article><p>${para(0)}</p><p>${para(1)}</p><p>${para(2)}</p></article></body></html>`,
    );
    expect(hints).toMatchObject({
      title: "H",
      outlet: "X News",
      url: "https://x.test/a",
      authors: ["Jane Roe"],
      language: "en",
      published: { value: "2023-09-06T07:05+07:00", basis: "stated" },
    });
  });
});
