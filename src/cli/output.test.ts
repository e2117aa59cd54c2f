import { existsSync, readFileSync, rmSync } from "node:fs";
import { afterEach, describe, expect, it, vi } from "vitest";
import { DomainError } from "../core/errors.js";
import { debugMode, printError } from "./output.js";

function captured(run: () => void): string {
  let out = "";
  const spy = vi.spyOn(process.stderr, "write").mockImplementation((chunk) => {
    out += String(chunk);
    return true;
  });
  try {
    run();
  } finally {
    spy.mockRestore();
  }
  return out;
}

const reportOf = (line: string): string => /report: (\S+)$/m.exec(line)?.[1] ?? "";

afterEach(() => {
  debugMode.on = false;
});

// Issue 13: an internal error reached the user as a stack trace.
describe("printError", () => {
  it("a domain error is one coded line", () => {
    expect(captured(() => printError("a.txt", new DomainError("E_INPUT_EMPTY", { path: "a.txt" })))).toBe(
      "kabar: E_INPUT_EMPTY: the file is empty: a.txt\n",
    );
  });

  it("an internal error is one coded line pointing at a report that holds the stack", () => {
    const err = new RangeError("Map maximum size exceeded\nsecond line");
    const out = captured(() => printError(null, err));
    expect(out.split("\n").filter(Boolean)).toHaveLength(1);
    expect(out).toMatch(
      /^kabar: E_INTERNAL: internal error: RangeError: Map maximum size exceeded; report: \S+\n$/,
    );
    const report = reportOf(out);
    expect(existsSync(report)).toBe(true);
    expect(readFileSync(report, "utf8")).toContain(err.stack!);
    rmSync(report);
  });

  it("names the file being read when there is one", () => {
    const out = captured(() => printError("x.html", new Error("boom")));
    expect(out).toMatch(/^kabar: E_INTERNAL: internal error while reading x\.html: Error: boom; report: /);
    rmSync(reportOf(out));
  });

  it("--debug prints the stack after the line", () => {
    debugMode.on = true;
    const err = new Error("boom");
    const out = captured(() => printError(null, err));
    expect(out).toContain(err.stack!);
    rmSync(reportOf(out.split("\n")[0]!));
  });
});
