#!/usr/bin/env node
// `npm start`. Prepares in a child process (scripts/prepare-start.ts: environment, database, migrations, demo
// seed, build), which exits when done, then serves in this process (scripts/server.mjs). So while the site is
// served, only this process (and npm, which started it) is running: no TypeScript loader, no bundler and no
// preparation code stay behind holding memory.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
process.chdir(root);
// The server reads the same settings the preparation checked.
if (existsSync(".env")) process.loadEnvFile(".env");
const tsx = path.join(root, "node_modules", "tsx", "dist", "cli.mjs");

// Progress goes to the terminal; the settings the preparation derived (a generated secret, the default
// database) come back in a private file.
const handOver = mkdtempSync(path.join(tmpdir(), "ledger-start-"));
const settingsFile = path.join(handOver, "settings.json");
let prepared;
let settings;
try {
  prepared = spawnSync(
    process.execPath,
    [tsx, path.join("scripts", "prepare-start.ts"), ...process.argv.slice(2)],
    { stdio: "inherit", env: { ...process.env, LEDGER_START_SETTINGS_FILE: settingsFile } },
  );
  if (prepared.status === 0) settings = JSON.parse(readFileSync(settingsFile, "utf8"));
} finally {
  rmSync(handOver, { recursive: true, force: true });
}
if (!settings) process.exit(prepared?.status ?? 1);
const { env, announce } = settings;
Object.assign(process.env, env);

const { listening } = await import("./server.mjs");
await listening;
console.log(`\n  ${announce}\n`);
