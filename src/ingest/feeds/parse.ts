/**
 * @module
 * Feed documents to items: RSS 2.0 (and RSS 1.0/RDF), Atom and JSON Feed, through fast-xml-parser
 * for the XML kinds. Anything else (an HTML page, truncated XML, random bytes) is a coded parse
 * error that names what it looked like, so `kabar watch` can report it and go on.
 */
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { DomainError } from "../../core/errors.js";

export interface FeedItem {
  /** Link to the article page, absolute. */
  readonly url: string | null;
  readonly title: string | null;
  /** As the feed wrote it (RFC 822 or ISO 8601), or null. */
  readonly published: string | null;
  readonly authors: readonly string[];
  /** Full content (HTML) when the feed carries it. */
  readonly content: string | null;
  /** Summary or description (HTML). */
  readonly summary: string | null;
  readonly id: string | null;
}

export interface Feed {
  readonly kind: "rss" | "atom" | "json" | "rdf";
  readonly title: string | null;
  readonly items: readonly FeedItem[];
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  textNodeName: "#text",
  // Entity expansion is bounded (issue 13): DOCTYPE-declared entities are few and small, and the
  // total expanded text is capped, so a "billion laughs" feed is a parse error, not a hang.
  processEntities: {
    enabled: true,
    maxEntityCount: 100,
    maxEntitySize: 10_000,
    maxExpansionDepth: 10,
    maxTotalExpansions: 1_000_000,
    maxExpandedLength: 1_000_000,
  },
  htmlEntities: true,
  parseTagValue: false,
  trimValues: true,
  cdataPropName: false,
});

type Node = Record<string, unknown>;

const list = (x: unknown): unknown[] => (x === undefined || x === null ? [] : Array.isArray(x) ? x : [x]);

/** The text of an element that may be a string, a number, or `{ "#text": … }`. */
function text(x: unknown): string | null {
  if (x === undefined || x === null) return null;
  if (typeof x === "string" || typeof x === "number") return String(x).trim() || null;
  if (Array.isArray(x)) return text(x[0]);
  if (typeof x === "object") return text((x as Node)["#text"]);
  return null;
}

function absolute(href: string | null, base: string): string | null {
  if (!href) return null;
  try {
    return new URL(href, base).href;
  } catch {
    return null;
  }
}

/** Parses a fetched feed; `url` resolves relative links and names the feed in errors. */
export function parseFeed(body: string, url: string): Feed {
  const head = body.trimStart().slice(0, 512).toLowerCase();
  if (head.startsWith("{")) return parseJsonFeed(body, url);
  if (head.startsWith("<!doctype html") || head.startsWith("<html") || /<html[\s>]/.test(head)) {
    throw new DomainError("E_FEED_PARSE", { url, detail: "got an HTML page, not a feed" });
  }
  if (!head.startsWith("<")) throw new DomainError("E_FEED_PARSE", { url, detail: "not XML or JSON" });
  const valid = XMLValidator.validate(body);
  if (valid !== true) {
    throw new DomainError("E_FEED_PARSE", {
      url,
      detail: `malformed XML (${valid.err.msg} at line ${valid.err.line})`,
    });
  }
  const doc = parser.parse(body) as Node;
  const rss = doc.rss as Node | undefined;
  if (rss?.channel) {
    const channel = list(rss.channel)[0] as Node;
    return {
      kind: "rss",
      title: text(channel.title),
      items: list(channel.item).map((i) => rssItem(i as Node, url)),
    };
  }
  const rdf = doc["rdf:RDF"] as Node | undefined;
  if (rdf) {
    const channel = list(rdf.channel)[0] as Node | undefined;
    return {
      kind: "rdf",
      title: text(channel?.title),
      items: list(rdf.item).map((i) => rssItem(i as Node, url)),
    };
  }
  const feed = doc.feed as Node | undefined;
  if (feed)
    return {
      kind: "atom",
      title: text(feed.title),
      items: list(feed.entry).map((e) => atomEntry(e as Node, url)),
    };
  throw new DomainError("E_FEED_PARSE", {
    url,
    detail: `XML but not RSS or Atom (root <${Object.keys(doc).find((k) => !k.startsWith("?")) ?? "?"}>)`,
  });
}

function rssItem(i: Node, base: string): FeedItem {
  const guid = text(i.guid);
  const link = text(i.link) ?? (/^https?:/.test(guid ?? "") ? guid : null);
  return {
    url: absolute(link, base),
    title: text(i.title),
    published: text(i.pubDate) ?? text(i["dc:date"]),
    authors: [...list(i.author), ...list(i["dc:creator"])].map(text).filter((a): a is string => !!a),
    content: text(i["content:encoded"]),
    summary: text(i.description),
    id: guid,
  };
}

function atomEntry(e: Node, base: string): FeedItem {
  const links = list(e.link) as Node[];
  const alt = links.find((l) => !l["@_rel"] || l["@_rel"] === "alternate") ?? links[0];
  return {
    url: absolute((alt?.["@_href"] as string | undefined) ?? null, base),
    title: text(e.title),
    published: text(e.published) ?? text(e.updated),
    authors: list(e.author)
      .map((a) => text((a as Node).name))
      .filter((a): a is string => !!a),
    content: text(e.content),
    summary: text(e.summary),
    id: text(e.id),
  };
}

function parseJsonFeed(body: string, url: string): Feed {
  let doc: Node;
  try {
    doc = JSON.parse(body) as Node;
  } catch (err) {
    throw new DomainError("E_FEED_PARSE", { url, detail: `malformed JSON (${(err as Error).message})` });
  }
  if (typeof doc.version !== "string" || !doc.version.includes("jsonfeed.org") || !Array.isArray(doc.items)) {
    throw new DomainError("E_FEED_PARSE", { url, detail: "JSON but not a JSON Feed" });
  }
  const str = (x: unknown): string | null => (typeof x === "string" && x.trim() ? x : null);
  return {
    kind: "json",
    title: str(doc.title),
    items: (doc.items as Node[]).map((i) => ({
      url: absolute(str(i.url) ?? str(i.external_url), url),
      title: str(i.title),
      published: str(i.date_published) ?? str(i.date_modified),
      authors: [...list(i.authors), ...list(i.author)]
        .map((a) => str((a as Node)?.name))
        .filter((a): a is string => !!a),
      content: str(i.content_html) ?? (str(i.content_text) ? escapeText(str(i.content_text)!) : null),
      summary: str(i.summary),
      id: str(i.id) ?? (typeof i.id === "number" ? String(i.id) : null),
    })),
  };
}

/** Plain text as HTML paragraphs, so every item's content goes through one HTML path. */
function escapeText(t: string): string {
  const esc = t.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  return esc
    .split(/\n{2,}|\n/)
    .map((p) => `<p>${p}</p>`)
    .join("");
}
