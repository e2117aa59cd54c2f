/**
 * @module
 * The real {@link Ingestor}: the archive (analyse → store → cluster) for documents, the feed
 * reader with its SSRF-guarded fetcher for feed URLs. Dossiers of the stories an ingest touched
 * are handed to the {@link DossierRebuilder} when there is one (`kabar serve`): the response does
 * not wait for them and readers get the last good dossier meanwhile (issue 13). Without one they
 * are rebuilt before the response. The analysis itself runs where the archive was told to run it:
 * under `kabar serve`, an AnalyzePool worker (serve-run.ts), so the event loop answers reads while
 * an article is analysed and a pathological one is refused with E_INPUT_TIMEOUT.
 */
import type { Archive } from "../app/archive.js";
import type { DossierRebuilder } from "../app/dossier-rebuilder.js";
import { ingestFeed } from "../app/ingest-feeds.js";
import type { RawArticle } from "../core/doc/document.js";
import { isDomainError } from "../core/errors.js";
import type { Fetcher } from "../ingest/feeds/fetch.js";
import type { FeedOutcome, IngestOutcome, Ingestor } from "./deps.js";

export function archiveIngestor(archive: Archive, fetcher: Fetcher, rebuilder?: DossierRebuilder): Ingestor {
  const refresh = async (): Promise<void> => {
    if (rebuilder) rebuilder.schedule(archive.takeTouched());
    else await archive.refreshTouched();
  };
  const outcome = async (o: { id: string; status: IngestOutcome["status"]; storyId: string | null }) => ({
    id: o.id,
    status: o.status,
    storyId: o.storyId,
    version: (await archive.store.getArticle(o.id))?.version ?? 1,
  });
  return {
    async ingestDocument(raw: RawArticle): Promise<IngestOutcome> {
      const done = await archive.ingest(raw);
      await refresh();
      return outcome(done);
    },
    async ingestFeed(url: string): Promise<FeedOutcome> {
      const articles: Promise<IngestOutcome>[] = [];
      const failures: FeedOutcome["failures"][number][] = [];
      const known = await archive.store.getFeed(url);
      await ingestFeed(
        archive,
        fetcher,
        url,
        { conditional: known ?? undefined },
        {
          onArticle: (o) => articles.push(outcome(o)),
          onItemError: (source, err) =>
            failures.push({
              source,
              code: isDomainError(err) ? err.code : "E_INTERNAL",
              message: isDomainError(err) ? err.message : "internal error",
            }),
        },
      );
      await refresh();
      return { url, articles: await Promise.all(articles), failures };
    },
  };
}
