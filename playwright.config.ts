import { defineConfig, devices } from "@playwright/test";

/**
 * Browser tests (e2e/*.spec.ts) in Chromium against a production build served by scripts/e2e-server.mjs:
 * a throw-away SQLite database (data/e2e.db) with the demo corpus, built into .next-e2e.
 *
 *   CHROMIUM_PATH=/usr/bin/chromium npx playwright test     (npm test -- --e2e finds Chromium itself)
 *   E2E_SKIP_BUILD=1 npx playwright test                    reuse an existing .next-e2e build
 *   E2E_PORT=3200 npx playwright test                       another port (default 3100)
 */
const port = Number(process.env.E2E_PORT || 3100);
const baseURL = `http://localhost:${port}`;

export default defineConfig({
  testDir: "./e2e",
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  // No retries: a flaky test is a race in the product or the test, to be found and fixed.
  retries: 0,
  workers: 2,
  reporter: "list",
  timeout: 30_000,
  // A write answers once every render in flight that has read what it changed has finished (ADR 003). On a cold
  // server sharing two cores with two browsers a render can take seconds, so what follows a write is awaited for
  // up to the write's own bound (ABANDON_MS in cache/render-ledger.mjs), not Playwright's 5 s default.
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    screenshot: "only-on-failure",
    trace: "off",
    video: "off",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
          args: [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
          ],
        },
      },
    },
  ],
  webServer: {
    command: "node scripts/e2e-server.mjs",
    url: `${baseURL}/`,
    env: { E2E_PORT: String(port) },
    reuseExistingServer: false,
    // Migrate, seed and a production build happen before the server listens.
    timeout: 5 * 60_000,
    // SIGTERM lets the script stop next-server's process group; SIGKILL follows only if that takes too long.
    gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
    stdout: "pipe",
    stderr: "pipe",
  },
});
