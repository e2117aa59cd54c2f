/**
 * @module
 * `kabar export`: the archive as JSON Lines (one record per article with its entities, quotes and
 * claims) and, with `--timeline`, a CSV of every story's dated timeline from its dossier.
 */
import { createWriteStream, type WriteStream } from "node:fs";
import type { Command } from "commander";
import { EXIT } from "../output.js";

interface ExportFlags {
  db?: string;
  out?: string;
  timeline?: string;
  story?: string;
}

export function registerExport(program: Command): void {
  program
    .command("export")
    .description("export articles as JSONL (entities, quotes, claims) and timelines as CSV")
    .option("--db <file>", "archive database (default: $KABAR_DB or ./kabar.db)")
    .option("--out <file>", "JSONL of articles (default: stdout)")
    .option("--timeline <file>", "also write a CSV of story timelines")
    .option("--story <id>", "only this story")
    .action(async (flags: ExportFlags) => {
      process.exitCode = await exportArchive(flags);
    });
}

const csv = (v: unknown): string => {
  const s = v === null || v === undefined ? "" : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

async function write(stream: NodeJS.WritableStream, line: string): Promise<void> {
  if (!stream.write(line)) await new Promise((r) => stream.once("drain", r));
}

async function close(stream: WriteStream | NodeJS.WritableStream): Promise<void> {
  if (stream === process.stdout) return;
  await new Promise<void>((r) => (stream as WriteStream).end(r));
}

async function exportArchive(flags: ExportFlags): Promise<number> {
  // Imported when the command runs: other commands and --help need none of this.
  const [{ currentDossier }, { openStore }, { layer }] = await Promise.all([
    import("../../app/archive.js"),
    import("../../app/archive-open.js"),
    import("../../core/doc/document.js"),
  ]);
  const store = await openStore(flags.db);
  const out = flags.out ? createWriteStream(flags.out) : process.stdout;
  try {
    const page = 500;
    for (let offset = 0; ; offset += page) {
      const records = await store.listArticles({
        limit: page,
        offset,
        ...(flags.story ? { storyId: flags.story } : {}),
      });
      if (records.length === 0) break;
      for (const r of records) {
        const doc = await store.getDoc(r.id);
        const mentions = doc ? layer(doc, "mentions") : [];
        const record = {
          ...r,
          entities: [
            ...new Map(
              mentions.map((m) => [`${m.type}:${m.canonical}`, { name: m.canonical, type: m.type }]),
            ).values(),
          ],
          quotes: doc ? layer(doc, "quotes") : [],
          claims: doc ? layer(doc, "claims") : [],
        };
        await write(out, `${JSON.stringify(record)}\n`);
      }
    }
    if (flags.timeline) {
      const t = createWriteStream(flags.timeline);
      await write(t, "story,date,what,articles,scheduled\n");
      const stories = flags.story ? [{ id: flags.story }] : await store.listStories({ limit: 1_000_000 });
      for (const s of stories) {
        const dossier = await currentDossier(store, s.id);
        for (const e of dossier?.timeline ?? []) {
          await write(
            t,
            `${[s.id, e.date, e.what, e.articles.join(" "), e.scheduled ? "yes" : ""].map(csv).join(",")}\n`,
          );
        }
      }
      await close(t);
    }
  } finally {
    await close(out);
    await store.close();
  }
  return EXIT.ok;
}
