/**
 * @module
 * `npm run bench:speed -- [name… | all] [count]`: runs the named speed benches of bench/speed/ and
 * prints one summary line each; with no name it runs `ingest`, the headline figure. Speed is only
 * measured here, never asserted in tests, because shared CI machines make timings noisy. Each
 * bench is registered below with a lazy import (so naming one does not load the others) and its
 * default size; a numeric argument overrides the size. Files with top-level side effects
 * (cluster-tune.ts) or their own process model (api.ts) are run directly with `npx tsx`.
 */
import { isMain } from "../harness.js";

interface SpeedBench {
  /** What one run measures, for `--list`. */
  readonly about: string;
  run(count: number | undefined): Promise<string>;
}

const BENCHES: Record<string, SpeedBench> = {
  ingest: {
    about: "ingest + clean + langid + segment, 5,000 synthetic seed-sized articles",
    async run(n) {
      const m = await import("./ingest.js");
      return m.report(m.measureIngest(n ?? 5000));
    },
  },
  dates: {
    about: "dates stage alone, 1,000 articles",
    async run(n) {
      const m = await import("./dates.js");
      return m.report(m.measureDates(n ?? 1000));
    },
  },
  entities: {
    about: "entities stage alone, 500 articles",
    async run(n) {
      const m = await import("./entities.js");
      return m.report(m.measureEntities(n ?? 500));
    },
  },
  cluster: {
    about: "online story clustering, 20,000 synthetic articles (window 1,000)",
    async run(n) {
      const m = await import("./cluster.js");
      return m.report(m.measureCluster(n ?? 20_000));
    },
  },
  store: {
    about: "archive ingest (full pipeline + SQLite + clustering) of 1,000 articles, 200 searches",
    async run(n) {
      const m = await import("./store.js");
      return m.report(await m.measureStore(n ?? 1000, 200));
    },
  },
};

export async function main(argv: readonly string[]): Promise<number> {
  if (argv.includes("--list")) {
    for (const [name, b] of Object.entries(BENCHES)) console.log(`${name.padEnd(9)} ${b.about}`);
    return 0;
  }
  const count = argv.find((a) => /^\d+$/.test(a));
  const words = argv.filter((a) => !/^\d+$/.test(a));
  const unknown = words.filter((a) => a !== "all" && !(a in BENCHES));
  if (unknown.length > 0) {
    console.error(
      `bench:speed: unknown bench ${unknown.join(", ")}; known: ${Object.keys(BENCHES).join(", ")}, all`,
    );
    return 2;
  }
  const names = words.includes("all") ? Object.keys(BENCHES) : words.length > 0 ? words : ["ingest"];
  for (const name of names) {
    console.log(await (BENCHES[name] as SpeedBench).run(count === undefined ? undefined : Number(count)));
  }
  return 0;
}

if (isMain(import.meta.url)) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
