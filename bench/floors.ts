/**
 * @module
 * Floors only go down on purpose. {@link floorCheck} finds the last commit that changed
 * bench/baseline.json, compares the file with its version before that commit, and fails when a
 * floor went down (or a metric disappeared) unless the commit message has a line starting
 * `floor lowered:` that says why. A task whose gold corpus changed (its digest differs) is not
 * compared: its floors measure a different set. An uncommitted lowering in the working tree is
 * reported, not failed, so the tests can run before the commit that will carry the reason.
 * Without git history (a tarball) or in a shallow clone it skips with one line.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";

interface TaskBaseline {
  readonly floors: Readonly<Record<string, number>>;
  readonly digest?: string;
}
export type Baseline = Readonly<Record<string, TaskBaseline>>;

/** The line a commit message needs before a floor may go down. */
export const REASON = /^floor lowered:\s*\S/im;

/** `task.metric old → new` for every floor of `before` that `after` lowers or drops. */
export function loweredFloors(before: Baseline, after: Baseline): string[] {
  const out: string[] = [];
  for (const [task, old] of Object.entries(before)) {
    const now = after[task];
    if (now && old.digest !== now.digest) continue;
    for (const [metric, floor] of Object.entries(old.floors)) {
      const next = now?.floors[metric];
      if (next === undefined || next < floor) out.push(`${task}.${metric} ${floor} → ${next ?? "removed"}`);
    }
  }
  return out;
}

export interface FloorReport {
  readonly ok: boolean;
  readonly lines: readonly string[];
}

const FILE = "bench/baseline.json";

/** Runs the check in the repository at `root` (see the module comment). */
export function floorCheck(root: string): FloorReport {
  const git = (...args: string[]): string =>
    execFileSync("git", ["-C", root, ...args], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
  const tryGit = (...args: string[]): string | null => {
    try {
      return git(...args);
    } catch {
      return null;
    }
  };
  const shallow = tryGit("rev-parse", "--is-shallow-repository");
  if (shallow === null) return { ok: true, lines: ["floors: skipped, no git history here"] };
  if (shallow.trim() === "true") return { ok: true, lines: ["floors: skipped, shallow clone"] };
  const rev = tryGit("log", "-1", "--format=%H", "--", FILE)?.trim();
  if (!rev) return { ok: true, lines: [`floors: skipped, ${FILE} has no commit`] };
  const lines: string[] = [];
  const parse = (text: string | null): Baseline => (text ? (JSON.parse(text) as Baseline) : {});
  const committed = parse(tryGit("show", `${rev}:${FILE}`));
  const working = parse(readFileSync(join(root, FILE), "utf8"));
  const head = parse(tryGit("show", `HEAD:${FILE}`));
  const pending = loweredFloors(head, working);
  if (pending.length > 0)
    lines.push(
      `floors: the working tree lowers ${pending.join(", ")}; its commit needs a line "floor lowered: <why>"`,
    );
  const before = parse(tryGit("show", `${rev}^:${FILE}`));
  const lowered = loweredFloors(before, committed);
  const short = rev.slice(0, 7);
  if (lowered.length === 0) return { ok: true, lines: [...lines, `floors: ok (last change ${short})`] };
  const message = git("log", "-1", "--format=%B", rev);
  if (REASON.test(message)) {
    const why = message.match(/^floor lowered:.*$/im)?.[0];
    return { ok: true, lines: [...lines, `floors: ${short} lowers ${lowered.join(", ")} — ${why}`] };
  }
  return {
    ok: false,
    lines: [
      ...lines,
      `floors: ${short} lowers ${lowered.join(", ")} and its message does not say why (add a line "floor lowered: <why>")`,
    ],
  };
}
