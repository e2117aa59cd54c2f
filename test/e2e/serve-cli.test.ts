import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "./servers.js";

/** `kabar serve` as a user runs it: from the checkout, no web build step, token beside the db. */
describe("kabar serve (CLI)", () => {
  it("serves the UI and the API on loopback, prints where the token is, stops on SIGTERM", async () => {
    const db = join(mkdtempSync(join(tmpdir(), "kabar-serve-")), "kabar.db");
    const child = spawn(
      process.execPath,
      ["--import", "tsx", join(ROOT, "src/cli/main.ts"), "serve", "--db", db, "--port", "0"],
      { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] },
    );
    let stderr = "";
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no banner: ${stderr}`)), 60_000);
      child.stderr.on("data", (b: Buffer) => {
        stderr += b.toString();
        const m = /at (http:\/\/127\.0\.0\.1:\d+)\//.exec(stderr);
        if (m?.[1] && stderr.includes("token")) {
          clearTimeout(timer);
          resolve(m[1]);
        }
      });
      child.once("exit", (code) => reject(new Error(`exited ${code}: ${stderr}`)));
    });
    try {
      expect(stderr).toContain(`${db}.token`);
      expect(stderr).not.toContain(readFileSync(`${db}.token`, "utf8").trim());
      expect(statSync(`${db}.token`).mode & 0o777).toBe(0o600);
      const page = await fetch(`${url}/`);
      expect(page.status).toBe(200);
      expect(await page.text()).toMatch(/<script type="module" crossorigin src="\/assets\/index-/);
      const stories = (await (await fetch(`${url}/api/stories`)).json()) as { total: number };
      expect(stories.total).toBe(0);
      const write = await fetch(`${url}/api/articles`, { method: "POST", body: "{}" });
      expect(write.status).toBe(401);
    } finally {
      const exited = new Promise<number | null>((r) => child.once("exit", r));
      child.kill("SIGTERM");
      expect(await exited).toBe(0);
    }
  });
});
