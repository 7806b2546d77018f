#!/usr/bin/env node
// `npm start`. Prepares in a child process (scripts/prepare-start.ts: environment, database, migrations, demo
// seed, build), which exits when done, then serves in this process (scripts/server.mjs). So while the site is
// served, only this process (and npm, which started it) is running: no TypeScript loader, no bundler and no
// preparation code stay behind holding memory.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
process.chdir(root);
// The server reads the same settings the preparation checked.
if (existsSync(".env")) process.loadEnvFile(".env");
const tsx = path.join(root, "node_modules", "tsx", "dist", "cli.mjs");

const prepared = spawnSync(
  process.execPath,
  [tsx, path.join("scripts", "prepare-start.ts"), ...process.argv.slice(2)],
  // Progress goes to the terminal; the derived settings come back on descriptor 3.
  { stdio: ["inherit", "inherit", "inherit", "pipe"] },
);
if (prepared.status !== 0) process.exit(prepared.status ?? 1);

const { env, announce } = JSON.parse(prepared.output[3].toString("utf8"));
Object.assign(process.env, env);

const { listening } = await import("./server.mjs");
await listening;
console.log(`\n  ${announce}\n`);
