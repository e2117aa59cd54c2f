/**
 * @module
 * How `ingest` and `watch` report what they did: tab-separated lines for people
 * (`status<TAB>article<TAB>story<TAB>source`), or with `--json` one JSON object per line
 * (`{"type":"article"|"error"|"feed"|"summary", …}`) for programs. Failures always also go to
 * stderr as one clear line.
 */
import type { IngestOutcome } from "../../app/archive.js";
import type { FeedRun } from "../../app/ingest-feeds.js";
import { isDomainError } from "../../core/errors.js";
import { printError } from "../output.js";
import type { ProgressLine } from "./progress.js";

export class Reporter {
  constructor(
    private readonly json: boolean,
    private readonly bar?: ProgressLine,
  ) {}

  private out(text: string): void {
    if (this.bar) this.bar.print("stdout", text);
    else process.stdout.write(text);
  }

  private line(record: Record<string, unknown>): void {
    this.out(`${JSON.stringify(record)}\n`);
  }

  /** An article stored (archive.ts) or queued for the workers (ingest-queue.ts). */
  article(o: Pick<IngestOutcome, "id" | "source" | "storyId"> & { readonly status: string }): void {
    if (this.json)
      this.line({ type: "article", status: o.status, id: o.id, story: o.storyId, source: o.source });
    else this.out(`${o.status}\t${o.id}\t${o.storyId ?? "-"}\t${o.source}\n`);
  }

  error(source: string | null, err: unknown): void {
    const write = () => printError(source, err);
    if (this.bar) this.bar.around(write);
    else write();
    if (this.json)
      this.line({
        type: "error",
        source,
        code: isDomainError(err) ? err.code : "E_INTERNAL",
        message: (err as Error)?.message ?? String(err),
      });
  }

  feed(run: FeedRun): void {
    if (this.json) this.line({ type: "feed", ...run });
    else
      process.stderr.write(
        `kabar: ${run.url}: ${run.notModified ? "not modified" : `${run.items} items, ${run.inserted} new`}\n`,
      );
  }

  summary(totals: Record<string, number>, text: string): void {
    if (this.json) this.line({ type: "summary", ...totals });
    process.stderr.write(`kabar: ${text}\n`);
  }
}
