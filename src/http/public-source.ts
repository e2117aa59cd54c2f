/**
 * @module
 * What the API says an article was read from. The store keeps the path as it was given, which for
 * `kabar ingest /home/me/news` is an absolute path of the server's machine; served as is it leaked
 * the server's file layout (issue 13). URLs and relative paths the user gave are kept; an absolute
 * path, a home-relative one or one that climbs out with `..` becomes its file name (with any
 * `#record` suffix of a JSON file kept).
 */
import type { Dossier } from "../core/dossier.js";
import type { ArticleRecord } from "../storage/store.js";

const URL_LIKE = /^[a-z][a-z\d+.-]*:\/\//i;

export function publicSource(source: string): string {
  if (URL_LIKE.test(source)) return source;
  const hash = source.lastIndexOf("#");
  const [path, record] = hash > 0 ? [source.slice(0, hash), source.slice(hash)] : [source, ""];
  const parts = path.split(/[\\/]+/);
  const absolute = /^(?:[\\/]|~|[a-z]:)/i.test(path);
  if (!absolute && !parts.includes("..")) return source;
  return `${parts.filter(Boolean).pop() ?? "input"}${record}`;
}

export function publicArticle<T extends Pick<ArticleRecord, "source">>(article: T): T {
  return { ...article, source: publicSource(article.source) };
}

export function publicDossier(dossier: Dossier): Dossier {
  return { ...dossier, articles: dossier.articles.map((a) => ({ ...a, source: publicSource(a.source) })) };
}
