#!/usr/bin/env node
// The server the browser tests run against (playwright.config.ts starts it as its webServer).
//
//   1. a throw-away SQLite database, data/e2e.db (deleted first), migrated and seeded with the demo corpus
//      plus a long comment thread (e2e/seed-long-thread.ts);
//   2. a production build into .next-e2e against that database (skipped with E2E_SKIP_BUILD=1 when one exists);
//   3. a local SMTP server capturing mail into data/e2e-mail/ (scripts/e2e-smtp.mjs, in this process, on
//      127.0.0.1:$E2E_SMTP_PORT, default 2525); e2e/mail.ts reads the messages;
//   4. the production server (scripts/server.mjs, as `npm start` runs it) on $E2E_PORT (default 3100) serving that
//      build, with a fixed test NEXTAUTH_SECRET, EMAIL_SERVER pointing at that SMTP server, ALLOW_DEMO_ACCOUNTS=1
//      (the seeded demo accounts sign in) and TRUSTED_PROXIES set to loopback: the tests act as the reverse proxy
//      and give each test its own client address in X-Forwarded-For (e2e/users.ts).
//
// `.next` (the build `npm start` serves) and data/news.db are never touched.
//
// The server runs in its own process group. SIGTERM/SIGINT/SIGHUP sent to this script are forwarded
// to that whole group (escalating to SIGKILL after a few seconds), and the group is killed when this
// script exits, so no server is left holding the port.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

import { startSmtpCapture } from "./e2e-smtp.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
process.chdir(root);

const port = process.env.E2E_PORT || "3100";
const smtpPort = process.env.E2E_SMTP_PORT || "2525";
const mailDir = path.join("data", "e2e-mail");
const distDir = ".next-e2e";
const dbFile = path.join("data", "e2e.db");
const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");
const serverScript = path.join(root, "scripts", "server.mjs");

const env = {
  ...process.env,
  NODE_ENV: "production",
  DATABASE_URL: `file:./${dbFile}`,
  NEXT_DIST_DIR: distDir,
  NEXTAUTH_SECRET: "e2e-test-secret-not-for-production-0123456789",
  NEXTAUTH_URL: `http://localhost:${port}`,
  PORT: port,
  NEXT_TELEMETRY_DISABLED: "1",
};
// Mail, OAuth and admin settings from a developer's shell must not leak into the test server.
for (const name of [
  "EMAIL_SERVER",
  "EMAIL_FROM",
  "GITHUB_ID",
  "GITHUB_SECRET",
  "GOOGLE_ID",
  "GOOGLE_SECRET",
  "ADMIN_EMAILS",
  "SITE_HTTPS",
  "HOSTNAME",
])
  delete env[name];
// The browser tests stand in for a reverse proxy on this machine: they set X-Forwarded-For per test.
env.TRUSTED_PROXIES = "127.0.0.0/8, ::1";
// Mail goes to the capturing SMTP server (no STARTTLS on localhost); the demo accounts may sign in.
env.EMAIL_SERVER = `smtp://127.0.0.1:${smtpPort}?ignoreTLS=true`;
env.EMAIL_FROM = "The Ledger <no-reply@ledger.test>";
env.ALLOW_DEMO_ACCOUNTS = "1";
// e2e/sources.spec.ts serves fixture feeds on loopback; "Poll now" polls them (no background worker to race it).
env.INGEST_ALLOW_PRIVATE_ADDRESSES = "1";
env.INGEST_WORKER = "0";

function log(message) {
  console.log(`[e2e-server] ${message}`);
}

function step(label, command, args) {
  const started = Date.now();
  log(`${label}…`);
  const result = spawnSync(command, args, { stdio: "inherit", env });
  if (result.error) throw result.error;
  if (result.status !== 0) {
    console.error(`[e2e-server] ✖ ${label} failed (exit ${result.status ?? result.signal}).`);
    process.exit(1);
  }
  log(`${label}: done in ${((Date.now() - started) / 1000).toFixed(1)}s`);
}

for (const suffix of ["", "-journal", "-wal", "-shm"]) rmSync(dbFile + suffix, { force: true });
step("Migrating data/e2e.db", process.execPath, ["scripts/db.mjs", "deploy"]);
step("Seeding the demo corpus", "npx", ["--no-install", "tsx", "prisma/seed.ts"]);
step("Adding the e2e comment thread", "npx", ["--no-install", "tsx", "e2e/seed-long-thread.ts"]);
step("Adding the e2e AI-panel story", "npx", ["--no-install", "tsx", "e2e/seed-ai-story.ts"]);

const haveBuild = existsSync(path.join(distDir, "BUILD_ID"));
if (process.env.E2E_SKIP_BUILD === "1" && haveBuild) {
  log(`E2E_SKIP_BUILD=1: reusing the existing ${distDir} build.`);
} else {
  step(`Building into ${distDir}`, process.execPath, [nextBin, "build"]);
}

// In this process: it stops when this script does, together with the server's group.
const smtp = await startSmtpCapture({ port: Number(smtpPort), dir: mailDir, log });

log(`Starting scripts/server.mjs on port ${port}…`);
const server = spawn(process.execPath, [serverScript], {
  stdio: "inherit",
  env,
  detached: true, // its own process group: it and anything it forks are stopped together
});

let stopping = false;
function killGroup(signal) {
  try {
    process.kill(-server.pid, signal);
  } catch {
    // already gone
  }
}
function stop(signal) {
  if (stopping) return;
  stopping = true;
  smtp.close();
  killGroup(signal);
  setTimeout(() => killGroup("SIGKILL"), 5000).unref();
}
for (const signal of ["SIGTERM", "SIGINT", "SIGHUP"]) process.on(signal, () => stop(signal));
process.on("exit", () => {
  if (server.exitCode === null && server.signalCode === null) killGroup("SIGKILL");
});
server.on("exit", (code, signal) => {
  // Anything the server forked goes with it.
  killGroup("SIGKILL");
  process.exit(stopping ? 0 : (code ?? (signal ? 1 : 0)));
});
