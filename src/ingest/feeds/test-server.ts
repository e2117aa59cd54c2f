/**
 * @module
 * Test helper: a feed server on 127.0.0.1 with good feeds in every format and every way a feed
 * can go wrong (HTML instead of XML, garbage bytes, 404, a redirect loop, an endless body, a
 * robots.txt refusal), plus conditional-GET support. Tests start it and close it themselves.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

const PARA =
  "Banjir merendam ratusan rumah warga di Kecamatan Dayeuhkolot, Kabupaten Bandung, Jawa Barat, setelah hujan deras mengguyur sejak Senin malam. Badan Penanggulangan Bencana Daerah (BPBD) Kabupaten Bandung mengevakuasi warga ke posko pengungsian di balai desa.";
const LONG = `<p>${PARA}</p><p>Kepala BPBD Kabupaten Bandung mengatakan ketinggian air mencapai dua meter di beberapa titik. Petugas gabungan menyiapkan perahu karet untuk membantu warga yang masih bertahan di rumah.</p>`;

const EN_LONG =
  "<p>Floods inundated hundreds of homes in Dayeuhkolot, Bandung Regency, West Java, after heavy rain that began on Monday night, the regional disaster agency BPBD said.</p><p>Rescue teams used rubber boats to reach residents who stayed in their homes as the water rose to two metres in places, officials said.</p>";

export const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Contoh Berita</title><link>http://example.test/</link>
<item><title>Banjir rendam Dayeuhkolot</title><link>/berita/banjir-1</link><pubDate>Tue, 05 Mar 2024 08:00:00 +0700</pubDate><dc:creator>Rina</dc:creator>
<content:encoded><![CDATA[${LONG}]]></content:encoded></item>
<item><title>Warga mulai kembali &amp; membersihkan rumah</title><link>/berita/banjir-2</link><pubDate>Wed, 06 Mar 2024 09:00:00 +0700</pubDate>
<description>Air mulai surut. Warga Dayeuhkolot kembali ke rumah dan membersihkan lumpur yang tertinggal setelah banjir melanda Kabupaten Bandung.</description></item>
</channel></rss>`;

export const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Example Wire</title>
<entry><title>Floods hit Bandung regency</title><link rel="alternate" href="http://example.test/en/floods"/><id>tag:example.test,2024:1</id>
<published>2024-03-06T02:00:00Z</published><author><name>Sam Lee</name></author>
<content type="html">${EN_LONG.replace(/</g, "&lt;").replace(/>/g, "&gt;")}</content></entry></feed>`;

export const JSON_FEED = JSON.stringify({
  version: "https://jsonfeed.org/version/1.1",
  title: "JSON Berita",
  items: [
    {
      id: "1",
      url: "http://example.test/json/1",
      title: "Gempa guncang Sulawesi Tengah",
      date_published: "2024-03-07T01:00:00Z",
      content_text: `Gempa bermagnitudo 6,1 mengguncang Sulawesi Tengah pada Kamis pagi, kata BMKG. ${"Warga berhamburan keluar rumah dan sejumlah bangunan dilaporkan rusak ringan. ".repeat(6)}`,
      authors: [{ name: "Dewi" }],
    },
  ],
});

/** A page that must never be fetched by a guarded fetcher: its hits count shows a leak. */
export const INTERNAL_PAGE = `<!doctype html><html><head><title>Internal admin</title></head><body><article><p>${PARA}</p><p>Secret internal page.</p></article></body></html>`;

function teaserFeed(link: string): string {
  const esc = link.replace(/&/g, "&amp;").replace(/</g, "&lt;");
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Teasers</title><link>http://example.test/</link>
<item><title>Banjir rendam Dayeuhkolot</title><link>${esc}</link><description>Air mulai surut. Warga Dayeuhkolot kembali ke rumah dan membersihkan lumpur yang tertinggal setelah banjir melanda Kabupaten Bandung.</description></item>
</channel></rss>`;
}

export interface FeedServer {
  readonly url: string;
  /** Requests seen, by path. */
  readonly hits: Map<string, number>;
  close(): Promise<void>;
}

export async function startFeedServer(): Promise<FeedServer> {
  const hits = new Map<string, number>();
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? "/").split("?")[0]!;
    const target = new URL(req.url ?? "/", "http://x").searchParams.get("to") ?? "";
    hits.set(path, (hits.get(path) ?? 0) + 1);
    const send = (status: number, type: string, body: string, headers: Record<string, string> = {}): void => {
      res.writeHead(status, { "content-type": type, ...headers });
      res.end(body);
    };
    switch (path) {
      case "/robots.txt":
        return send(200, "text/plain", "User-agent: *\nDisallow: /private/\n");
      case "/rss.xml":
        if (req.headers["if-none-match"] === '"v1"') {
          res.writeHead(304);
          return res.end();
        }
        return send(200, "application/rss+xml; charset=utf-8", RSS, { etag: '"v1"' });
      case "/atom.xml":
        return send(200, "application/atom+xml", ATOM);
      case "/feed.json":
        return send(200, "application/feed+json", JSON_FEED);
      case "/html":
        return send(
          200,
          "text/html",
          "<!doctype html><html><head><title>Not a feed</title></head><body>Hello</body></html>",
        );
      case "/garbage":
        res.writeHead(200, { "content-type": "application/xml" });
        return res.end(Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)));
      case "/broken.xml":
        return send(200, "application/xml", RSS.slice(0, RSS.length / 2));
      case "/loop-a":
        return send(302, "text/plain", "", { location: "/loop-b" });
      case "/loop-b":
        return send(302, "text/plain", "", { location: "/loop-a" });
      case "/huge": {
        // An endless body without Content-Length: only a streamed cap stops it.
        res.writeHead(200, { "content-type": "application/rss+xml" });
        const chunk = Buffer.alloc(64 * 1024, 0x20);
        let sent = 0;
        const pump = (): void => {
          while (sent < 1024 ** 3) {
            sent += chunk.length;
            if (!res.write(chunk)) {
              res.once("drain", pump);
              return;
            }
          }
          res.end();
        };
        res.on("close", () => {
          sent = Number.POSITIVE_INFINITY;
        });
        return pump();
      }
      case "/redirect":
        // Sends the client wherever `?to=` says: an SSRF test's first hop.
        return send(302, "text/plain", "", { location: target });
      case "/teaser.xml":
        // One teaser item whose link is `?to=`: the page fetch is an SSRF test's second request.
        return send(200, "application/rss+xml", teaserFeed(target));
      case "/internal":
        return send(200, "text/html", INTERNAL_PAGE);
      case "/private/feed.xml":
        return send(200, "application/rss+xml", RSS);
      default:
        return send(404, "text/plain", "not found");
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    hits,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
