import { defineConfig } from "vitest/config";

/** Browser tests: one process, generous timeouts (Chromium start-up on a busy 2-core machine). */
export default defineConfig({
  test: {
    include: ["test/e2e/**/*.test.ts"],
    testTimeout: 90_000,
    hookTimeout: 180_000,
    pool: "forks",
    fileParallelism: false,
  },
});
