#!/usr/bin/env node
// `npm test`: every test. Unit and integration tests (Vitest, SQLite and PostgreSQL), then the
// browser tests (Playwright in Chromium). Finds a Chromium first, installing one if it can.
//
//   npm test                 everything
//   npm test -- --unit       Vitest only
//   npm test -- --e2e        Playwright only
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const args = new Set(process.argv.slice(2));
const runUnit = !args.has("--e2e");
const runE2e = !args.has("--unit");

function run(command, commandArgs, env = process.env) {
  const result = spawnSync(command, commandArgs, { stdio: "inherit", env });
  return result.status ?? 1;
}

function playwrightCachedChromium() {
  const cache = process.env.PLAYWRIGHT_BROWSERS_PATH || path.join(os.homedir(), ".cache", "ms-playwright");
  if (!existsSync(cache)) return undefined;
  for (const dir of readdirSync(cache)
    .filter((name) => name.startsWith("chromium"))
    .sort()
    .reverse()) {
    for (const candidate of [
      "chrome-linux/chrome",
      "chrome-linux64/chrome",
      "chrome-headless-shell-linux64/chrome-headless-shell",
    ]) {
      const file = path.join(cache, dir, candidate);
      if (existsSync(file)) return file;
    }
  }
  return undefined;
}

/** CHROMIUM_PATH, then Debian's /usr/bin/chromium, then Playwright's own download cache. */
function findChromium() {
  const candidates = [
    process.env.CHROMIUM_PATH,
    "/usr/bin/chromium",
    "/usr/bin/chromium-browser",
    playwrightCachedChromium(),
  ];
  return candidates.find((candidate) => candidate && existsSync(candidate));
}

function installChromium() {
  console.log("\nNo Chromium found: trying to install one…");
  if (process.getuid?.() === 0 && existsSync("/usr/bin/apt-get")) {
    if (run("apt-get", ["install", "-y", "chromium"]) !== 0) {
      run("apt-get", ["update"]);
      run("apt-get", ["install", "-y", "chromium"]);
    }
  } else {
    run("npx", ["playwright", "install", "chromium"]);
  }
  return findChromium();
}

let status = 0;
if (runUnit) status = run("npx", ["vitest", "run"]);

if (status === 0 && runE2e) {
  const chromium = findChromium() ?? installChromium();
  if (!chromium) {
    console.error(
      "\n✖ The browser tests need Chromium and none could be found or installed.\n" +
        "  Install one with `sudo apt-get install chromium` (Debian/Ubuntu) or `npx playwright install chromium`,\n" +
        "  or point CHROMIUM_PATH at an existing Chromium or Chrome binary.\n",
    );
    process.exit(1);
  }
  status = run("npx", ["playwright", "test"], { ...process.env, CHROMIUM_PATH: chromium });
}
process.exit(status);
