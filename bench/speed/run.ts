/**
 * @module
 * `npm run bench:speed -- [name…]`: runs the named speed benches (all when none is named) and
 * prints one line each; the last line is the last bench's summary. Speed is only measured here,
 * never asserted in tests, because shared CI machines make timings noisy. Add a bench by adding a
 * module with `measure` and `report` to BENCHES.
 */
import { isMain } from "../harness.js";
import { measureIngest, report as reportIngest } from "./ingest.js";

interface SpeedBench {
  run(args: readonly string[]): string;
}

const BENCHES: Record<string, SpeedBench> = {
  ingest: {
    run(args) {
      const n = Number(args.find((a) => /^\d+$/.test(a)) ?? 5000);
      return reportIngest(measureIngest(n));
    },
  },
};

export function main(argv: readonly string[]): number {
  const names = argv.filter((a) => a in BENCHES);
  const unknown = argv.filter((a) => !(a in BENCHES) && !/^\d+$/.test(a));
  if (unknown.length > 0) {
    console.error(
      `bench:speed: unknown bench ${unknown.join(", ")}; known: ${Object.keys(BENCHES).join(", ")}`,
    );
    return 2;
  }
  for (const name of names.length > 0 ? names : Object.keys(BENCHES)) {
    console.log(BENCHES[name]?.run(argv) ?? "");
  }
  return 0;
}

if (isMain(import.meta.url)) process.exitCode = main(process.argv.slice(2));
