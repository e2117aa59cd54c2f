/**
 * @module
 * What the HTTP layer needs from the rest of kabar, as small ports: the {@link Store} for reads and
 * an {@link Ingestor} for writes. `kabar serve` wires the real ones; tests pass fakes.
 */
import type { RawArticle } from "../core/doc/document.js";
import type { Dossier } from "../core/dossier.js";
import type { PutStatus, Store } from "../storage/store.js";

export interface IngestOutcome {
  readonly id: string;
  readonly status: PutStatus;
  readonly version: number;
  readonly storyId: string | null;
}

export interface FeedOutcome {
  readonly url: string;
  readonly articles: readonly IngestOutcome[];
  readonly failures: readonly { source: string; code: string; message: string }[];
}

/** Turns raw input into stored, analysed, clustered articles (and refreshed dossiers). */
export interface Ingestor {
  ingestDocument(raw: RawArticle): Promise<IngestOutcome>;
  ingestFeed(url: string): Promise<FeedOutcome>;
}

export interface Limits {
  /** Largest request body accepted, in bytes. */
  readonly maxBodyBytes: number;
  /** Longest a request may take before the client gets E_TIMEOUT, in ms. */
  readonly timeoutMs: number;
}

export const DEFAULT_LIMITS: Limits = { maxBodyBytes: 2 * 1024 * 1024, timeoutMs: 30_000 };

export interface ApiDeps {
  readonly store: Store;
  readonly ingestor: Ingestor;
  /** Bearer token the write endpoints require. */
  readonly token: string;
  /** A story's current dossier; defaults to the one stored (`store.getDossier`). */
  readonly dossierOf?: (storyId: string) => Promise<Dossier | null>;
  /**
   * A token that changes whenever `dossierOf` may return another dossier (`kabar serve`: the count
   * of the story's finished rebuilds). The dossier cache keys on it; without it, on the story's
   * update time and size, which every write changes.
   */
  readonly dossierVersion?: (storyId: string) => number;
  /** Folder of the prebuilt web UI; omitted → API only. */
  readonly webRoot?: string;
  readonly limits?: Partial<Limits>;
  /**
   * Host names (without port) the server answers to; others get E_BAD_HOST. Set for loopback
   * binds so a web page on another site cannot read the archive through DNS rebinding.
   */
  readonly allowedHosts?: readonly string[];
  /** Called with unexpected errors (bugs), for the CLI to log. */
  readonly onBug?: (err: unknown) => void;
}
