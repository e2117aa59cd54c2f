import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { type Baseline, floorCheck, loweredFloors } from "./floors.js";

const base: Baseline = { quotes: { floors: { spanF1: 0.95, speakerAccuracy: 0.9 }, digest: "a" } };

describe("loweredFloors", () => {
  it.each<[string, Baseline, string[]]>([
    ["unchanged", base, []],
    ["raised", { quotes: { floors: { spanF1: 0.96, speakerAccuracy: 0.9 }, digest: "a" } }, []],
    [
      "lowered",
      { quotes: { floors: { spanF1: 0.94, speakerAccuracy: 0.9 }, digest: "a" } },
      ["quotes.spanF1 0.95 → 0.94"],
    ],
    [
      "a metric dropped",
      { quotes: { floors: { spanF1: 0.95 }, digest: "a" } },
      ["quotes.speakerAccuracy 0.9 → removed"],
    ],
    ["a task dropped", {}, ["quotes.spanF1 0.95 → removed", "quotes.speakerAccuracy 0.9 → removed"]],
    [
      "lowered with a new gold corpus",
      { quotes: { floors: { spanF1: 0.5, speakerAccuracy: 0.5 }, digest: "b" } },
      [],
    ],
  ])("%s", (_what, after, expected) => {
    expect(loweredFloors(base, after)).toEqual(expected);
  });
});

describe("floorCheck on a real repository", () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });
  const repo = (commits: [Baseline, string][]): string => {
    const dir = mkdtempSync(join(tmpdir(), "kabar-floors-"));
    dirs.push(dir);
    const git = (...args: string[]) =>
      execFileSync("git", ["-C", dir, "-c", "user.name=t", "-c", "user.email=t@t", ...args], {
        stdio: "ignore",
      });
    git("init", "-q");
    mkdirSync(join(dir, "bench"));
    for (const [baseline, message] of commits) {
      writeFileSync(join(dir, "bench", "baseline.json"), JSON.stringify(baseline));
      git("add", ".");
      git("commit", "-q", "-m", message);
    }
    return dir;
  };
  const lowered: Baseline = { quotes: { floors: { spanF1: 0.9, speakerAccuracy: 0.9 }, digest: "a" } };

  it.each<[string, string, boolean]>([
    ["a lowering without a reason fails", "feat: faster quotes", false],
    [
      "a lowering with a reason passes",
      "feat: faster quotes\n\nfloor lowered: span F1 traded for speed",
      true,
    ],
  ])("%s", (_what, message, ok) => {
    const report = floorCheck(
      repo([
        [base, "first"],
        [lowered, message],
      ]),
    );
    expect(report.ok).toBe(ok);
    expect(report.lines.join("\n")).toContain("quotes.spanF1 0.95 → 0.9");
  });

  it("passes when the last change raised floors, even if an older one lowered silently", () => {
    const raised: Baseline = { quotes: { floors: { spanF1: 0.97, speakerAccuracy: 0.9 }, digest: "a" } };
    expect(
      floorCheck(
        repo([
          [base, "first"],
          [lowered, "silent"],
          [raised, "up"],
        ]),
      ).ok,
    ).toBe(true);
  });

  it("skips outside a git repository", () => {
    const dir = mkdtempSync(join(tmpdir(), "kabar-floors-"));
    dirs.push(dir);
    expect(floorCheck(dir)).toEqual({ ok: true, lines: ["floors: skipped, no git history here"] });
  });
});
