#!/usr/bin/env node
// `npm run cluster`: the production topology on one machine.
//
//   Varnish (edge, :8080) → two app instances (:3001, :3002) → PostgreSQL, with Redis as the shared cache.
//
// Uses the local PostgreSQL (DATABASE_URL, default postgresql://postgres@127.0.0.1:5432/ledger_cluster, created and
// seeded with the demo if empty) and Redis (REDIS_URL, default redis://127.0.0.1:6379; a private redis-server is
// started when none answers). Installs Varnish from Debian when it is missing and this runs as root; otherwise says
// how. Builds if there is no build. Ctrl-C stops everything it started.
//
//   EDGE_PORT=8080 INSTANCE_PORTS=3001,3002 npm run cluster
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";

import pg from "pg";

import { buildIsCurrent, stampBuild } from "./lib/build-fingerprint.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
process.chdir(root);

const edgePort = Number(process.env.EDGE_PORT || 8080);
const instancePorts = (process.env.INSTANCE_PORTS || "3001,3002").split(",").map(Number);
const databaseUrl = process.env.DATABASE_URL || "postgresql://postgres@127.0.0.1:5432/ledger_cluster";
const workDir = process.env.CLUSTER_WORKDIR || path.join(root, ".cluster");
const distDir = process.env.NEXT_DIST_DIR || ".next";
const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");
const children = [];

function log(message) {
  console.log(`[cluster] ${message}`);
}

function fail(message) {
  console.error(`\n[cluster] ✖ ${message}\n`);
  stopAll(1);
}

function reachable(port, host = "127.0.0.1") {
  return new Promise((resolve) => {
    const socket = net.connect(port, host, () => {
      socket.end();
      resolve(true);
    });
    socket.on("error", () => resolve(false));
  });
}

async function waitFor(port, what, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await reachable(port)) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  fail(`${what} did not start on port ${port}.`);
}

function start(name, command, args, env = process.env) {
  const child = spawn(command, args, { env, stdio: ["ignore", "pipe", "pipe"], detached: true });
  const prefix = (chunk) =>
    chunk
      .toString()
      .split("\n")
      .filter(Boolean)
      .map((line) => `[${name}] ${line}`)
      .join("\n");
  child.stdout.on("data", (chunk) => console.log(prefix(chunk)));
  child.stderr.on("data", (chunk) => console.error(prefix(chunk)));
  child.on("exit", (code, signal) => {
    if (!stopping) fail(`${name} exited (${code ?? signal}).`);
  });
  children.push(child);
  return child;
}

let stopping = false;
function stopAll(code = 0) {
  if (stopping) return;
  stopping = true;
  for (const child of children) {
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      // already gone
    }
  }
  setTimeout(() => {
    for (const child of children) {
      try {
        process.kill(-child.pid, "SIGKILL");
      } catch {
        // already gone
      }
    }
    process.exit(code);
  }, 3_000).unref();
  if (children.length === 0) process.exit(code);
}
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, () => stopAll(0));

function ensureVarnish() {
  const installed = () => spawnSync("sh", ["-c", "command -v varnishd"]).status === 0;
  if (installed()) return;
  if (process.getuid?.() === 0 && existsSync("/usr/bin/apt-get")) {
    log("Varnish is missing: installing varnish and varnish-modules from Debian…");
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    let result = spawnSync("apt-get", ["install", "-y", "varnish", "varnish-modules"], {
      stdio: "inherit",
      env,
    });
    if (result.status !== 0) {
      spawnSync("apt-get", ["update"], { stdio: "inherit", env });
      result = spawnSync("apt-get", ["install", "-y", "varnish", "varnish-modules"], {
        stdio: "inherit",
        env,
      });
    }
    if (result.status === 0 && installed()) return;
  }
  fail(
    "Varnish is needed: install it with `sudo apt-get install varnish varnish-modules`, then run this again.",
  );
}

async function ensureDatabase() {
  const url = new URL(databaseUrl);
  const name = url.pathname.slice(1);
  const admin = new pg.Client({
    connectionString: Object.assign(new URL(databaseUrl), { pathname: "/postgres" }).toString(),
  });
  try {
    await admin.connect();
  } catch (error) {
    fail(`Cannot reach PostgreSQL at ${url.host} (${error.message}). Start it, or set DATABASE_URL.`);
  }
  const exists = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
  if (exists.rowCount === 0) {
    log(`Creating database ${name}…`);
    await admin.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
  }
  await admin.end();
}

async function ensureRedis() {
  if (process.env.REDIS_URL) return process.env.REDIS_URL;
  if (await reachable(6379)) return "redis://127.0.0.1:6379";
  log("No Redis on 6379: starting a private redis-server on 6380…");
  // As docs/deploy.md asks: bounded, evicting only entries (which carry TTLs), never the tag clock.
  start("redis", "redis-server", [
    ...["--port", "6380", "--save", "", "--appendonly", "no"],
    ...["--maxmemory", "256mb", "--maxmemory-policy", "volatile-lru"],
  ]);
  await waitFor(6380, "redis-server");
  return "redis://127.0.0.1:6380";
}

function secret() {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  const file = path.join("data", "nextauth-secret");
  mkdirSync("data", { recursive: true });
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  return readFileSync(file, "utf8").trim();
}

function writeBackends() {
  mkdirSync(workDir, { recursive: true });
  const backends = instancePorts
    .map(
      (port, index) => `backend app${index} {
  .host = "127.0.0.1";
  .port = "${port}";
  .probe = { .url = "/api/health"; .interval = 2s; .timeout = 1s; .window = 3; .threshold = 2; .initial = 3; }
}`,
    )
    .join("\n");
  const director = instancePorts.map((_, index) => `  ledger.add_backend(app${index});`).join("\n");
  writeFileSync(
    path.join(workDir, "backends.vcl"),
    `${backends}\n\nsub vcl_init {\n  new ledger = directors.round_robin();\n${director}\n}\n`,
  );
}

ensureVarnish();
await ensureDatabase();
const redisUrl = await ensureRedis();

const env = {
  ...process.env,
  NODE_ENV: "production",
  DATABASE_URL: databaseUrl,
  REDIS_URL: redisUrl,
  EDGE_PURGE_URLS: `http://127.0.0.1:${edgePort}`,
  NEXTAUTH_SECRET: secret(),
  NEXTAUTH_URL: process.env.NEXTAUTH_URL || `http://localhost:${edgePort}`,
  NEXT_TELEMETRY_DISABLED: "1",
  SEED_DEMO: process.env.SEED_DEMO ?? "1",
  // Varnish, on this machine, appends the client's address to X-Forwarded-For; believe it only from here.
  TRUSTED_PROXIES: process.env.TRUSTED_PROXIES ?? "127.0.0.1, ::1",
};

log(`Database: ${new URL(databaseUrl).host}${new URL(databaseUrl).pathname}; Redis: ${redisUrl}`);
const steps = [
  ["Migrating", process.execPath, ["scripts/db.mjs", "deploy"]],
  [
    "Seeding the demo corpus if empty",
    process.execPath,
    ["node_modules/tsx/dist/cli.mjs", "prisma/seed.ts", "--if-empty"],
  ],
];
for (const [label, command, args] of steps) {
  log(`${label}…`);
  const result = spawnSync(command, args, { stdio: "inherit", env });
  if (result.status !== 0) fail(`${label} failed.`);
}
if (!buildIsCurrent(root, distDir)) {
  log("No build of the current sources yet: running next build…");
  if (spawnSync(process.execPath, [nextBin, "build"], { stdio: "inherit", env }).status !== 0)
    fail("The build failed.");
  stampBuild(root, distDir);
}

for (const [index, port] of instancePorts.entries()) {
  // The production server (scripts/server.mjs), which tells the app each request's peer address.
  start(`app${index}`, process.execPath, [path.join(root, "scripts", "server.mjs")], {
    ...env,
    PORT: String(port),
  });
}
await Promise.all(instancePorts.map((port, index) => waitFor(port, `app${index}`)));

writeBackends();
start("varnish", "varnishd", [
  "-F",
  "-a",
  `127.0.0.1:${edgePort}`,
  "-f",
  path.join(root, "deploy", "varnish", "default.vcl"),
  "-p",
  `vcl_path=${workDir}:${path.join(root, "deploy", "varnish")}:/usr/share/varnish/vcl`,
  "-n",
  path.join(workDir, "varnish"),
  "-s",
  "malloc,256m",
  // Threads ready before the spike, one pool per core; no per-request work is done in VCL beyond header checks.
  "-p",
  "thread_pools=2",
  "-p",
  "thread_pool_min=100",
  "-p",
  "thread_pool_max=2000",
]);
await waitFor(edgePort, "Varnish");
for (let tries = 0; ; tries++) {
  const answer = await fetch(`http://127.0.0.1:${edgePort}/api/health`).catch(() => null);
  if (answer?.ok) break;
  if (tries > 100) fail("The edge does not reach the instances (GET /api/health through Varnish).");
  await new Promise((resolve) => setTimeout(resolve, 200));
}

log(
  `Ready: http://localhost:${edgePort} (edge) → ${instancePorts.map((port) => `:${port}`).join(", ")}. Ctrl-C stops everything.`,
);
