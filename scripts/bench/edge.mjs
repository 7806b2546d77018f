#!/usr/bin/env node
// The edge benchmark (issue: scale-out and speed): the cached article page, in one run on this machine, served
//   1. by nginx from a static file of the same bytes (the physical limit here),
//   2. through the edge (Varnish, a cache hit),
//   3. by two instances behind the edge with the edge cache missed (a signed-in cookie makes Varnish pass),
//   4. by one instance directly,
// then the delay from posting a comment through one instance until the edge shows it, with the edge under load;
// each with req/s, p50, p99 and the RSS of the serving processes, measured with wrk (autocannon saturates
// first, at about 6k req/s here). It starts the cluster itself (scripts/cluster.mjs) on its own ports.
//
//   node scripts/bench/edge.mjs [--duration 10] [--connections 50]      (npm run bench -- --only edge)
import { spawn, spawnSync } from "node:child_process";
import { createWriteStream, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const WORK = path.join(ROOT, ".bench", "edge");
const EDGE_PORT = 8180;
const INSTANCE_PORTS = [3181, 3182];
const NGINX_PORT = 8190;

/** Target from the issue: through the edge at least this share of nginx's req/s. */
const EDGE_SHARE_TARGET = 0.3;
const INSTANCE_P99_TARGET_MS = 100;
const COMMENT_VISIBLE_TARGET_MS = 1000;

function reachable(port) {
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1", () => (socket.end(), resolve(true)));
    socket.on("error", () => resolve(false));
  });
}

async function waitFor(check, what, timeoutMs = 600_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${what} did not come up`);
}

/** Resident memory of every process whose command line matches, in MB. */
function rssOf(pattern) {
  const out = spawnSync("ps", ["-eo", "rss=,args="], { encoding: "utf8" }).stdout;
  let kb = 0;
  for (const line of out.split("\n")) {
    const match = line.trim().match(/^(\d+)\s+(.*)$/);
    if (match && pattern.test(match[2]) && !/\bps\b/.test(match[2])) kb += Number(match[1]);
  }
  return Math.round(kb / 1024);
}

/** Resident memory of the processes listening on `ports` (the instances run scripts/server.mjs), in MB. */
function rssOfListeners(ports) {
  let kb = 0;
  for (const port of ports) {
    const out = spawnSync("ss", ["-ltnpH", `sport = :${port}`], { encoding: "utf8" }).stdout;
    for (const pid of new Set([...out.matchAll(/pid=(\d+)/g)].map((match) => match[1]))) {
      const status = readFileSync(`/proc/${pid}/status`, "utf8");
      kb += Number(status.match(/VmRSS:\s+(\d+)/)?.[1] ?? 0);
    }
  }
  return Math.round(kb / 1024);
}

function wrk(url, { duration, connections, headers = [] }) {
  const args = ["-t2", `-c${connections}`, `-d${duration}s`, "--latency"];
  for (const header of headers) args.push("-H", header);
  const out = spawnSync("wrk", [...args, url], { encoding: "utf8" }).stdout;
  const number = (regex) => Number(out.match(regex)?.[1] ?? NaN);
  const latencyMs = (label) => {
    const match = out.match(new RegExp(`\\s${label}%\\s+([\\d.]+)(us|ms|s)`));
    if (!match) return NaN;
    const value = Number(match[1]);
    return match[2] === "us" ? value / 1000 : match[2] === "s" ? value * 1000 : value;
  };
  const non2xx = number(/Non-2xx or 3xx responses: (\d+)/) || 0;
  return {
    reqPerSec: number(/Requests\/sec:\s+([\d.]+)/),
    p50: latencyMs("50"),
    p99: latencyMs("99"),
    non2xx,
  };
}

export async function runEdgeBench({ duration = 10, connections = 50, log = console.log } = {}) {
  if (spawnSync("sh", ["-c", "command -v wrk && command -v nginx"]).status !== 0) {
    throw new Error("The edge benchmark needs wrk and nginx: apt-get install -y wrk nginx");
  }
  mkdirSync(WORK, { recursive: true });
  const cluster = spawn(process.execPath, [path.join(ROOT, "scripts", "cluster.mjs")], {
    env: {
      ...process.env,
      EDGE_PORT: String(EDGE_PORT),
      CLUSTER_WORKDIR: path.join(WORK, "cluster"),
      INSTANCE_PORTS: INSTANCE_PORTS.join(","),
      DATABASE_URL: clusterDatabaseUrl(),
    },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let ready = false;
  // The cluster's own output (its instances' logs: failed edge purges, slow writes) is kept for a look afterwards.
  const clusterLog = createWriteStream(path.join(WORK, "cluster.log"));
  cluster.stderr.pipe(clusterLog);
  cluster.stdout.on("data", (chunk) => {
    clusterLog.write(chunk);
    if (/\[cluster\] Ready/.test(chunk.toString())) ready = true;
  });
  const nginxConf = path.join(WORK, "nginx.conf");
  let nginx = null;
  try {
    await waitFor(async () => ready, "the cluster");
    const slug = await leadSlug();
    const page = `/articles/${slug}`;
    // Warm every layer: the instances' caches and the edge.
    for (const port of [...INSTANCE_PORTS, EDGE_PORT]) await fetch(`http://127.0.0.1:${port}${page}`);
    await fetch(`http://127.0.0.1:${EDGE_PORT}${page}`);

    const html = Buffer.from(await (await fetch(`http://127.0.0.1:${EDGE_PORT}${page}`)).arrayBuffer());
    writeFileSync(path.join(WORK, "article.html"), html);
    writeFileSync(
      nginxConf,
      `worker_processes auto;
pid ${path.join(WORK, "nginx.pid")};
error_log ${path.join(WORK, "nginx-error.log")};
events { worker_connections 4096; }
http {
  access_log off;
  sendfile on;
  keepalive_requests 100000;
  server {
    listen 127.0.0.1:${NGINX_PORT};
    location / { root ${WORK}; default_type text/html; try_files /article.html =404; }
  }
}
`,
    );
    nginx = spawn("nginx", ["-c", nginxConf, "-g", "daemon off;"], { stdio: "ignore", detached: true });
    await waitFor(() => reachable(NGINX_PORT), "nginx", 10_000);

    const options = { duration, connections };
    const rows = [];
    const measure = (name, url, rssMb, extra = {}) => {
      wrk(url, { ...options, duration: 2, ...extra }); // warm-up
      const result = wrk(url, { ...options, ...extra });
      rows.push({ name, ...result, rssMb: rssMb() });
      log(
        `  ${name}: ${result.reqPerSec.toFixed(0)} req/s, p50 ${result.p50.toFixed(2)} ms, p99 ${result.p99.toFixed(2)} ms`,
      );
    };
    log(`Cached article page (${html.length} bytes), ${connections} connections, ${duration} s each (wrk):`);
    measure("1. nginx, static file of the same bytes", `http://127.0.0.1:${NGINX_PORT}${page}`, () =>
      rssOf(/^nginx/),
    );
    measure("2. through the edge (Varnish hit)", `http://127.0.0.1:${EDGE_PORT}${page}`, () =>
      rssOf(/varnishd/),
    );
    measure(
      "3. two instances behind the edge, edge cache missed",
      `http://127.0.0.1:${EDGE_PORT}${page}`,
      () => rssOf(/varnishd/) + rssOfListeners(INSTANCE_PORTS),
      { headers: ["Cookie: next-auth.session-token=bench-pass-through"] },
    );
    measure("4. one instance directly", `http://127.0.0.1:${INSTANCE_PORTS[0]}${page}`, () =>
      rssOfListeners([INSTANCE_PORTS[0]]),
    );
    const visibility = await commentVisibility({ page, connections, log });
    const nginxRate = rows[0].reqPerSec;
    const share = rows[1].reqPerSec / nginxRate;
    return {
      visibility,
      bytes: html.length,
      rows: rows.map((row) => ({ ...row, shareOfNginx: row.reqPerSec / nginxRate })),
      targets: {
        edgeShare: { target: EDGE_SHARE_TARGET, measured: share, met: share >= EDGE_SHARE_TARGET },
        instanceP99: {
          target: INSTANCE_P99_TARGET_MS,
          measured: rows[3].p99,
          met: rows[3].p99 <= INSTANCE_P99_TARGET_MS,
        },
        commentVisibleP99: {
          target: COMMENT_VISIBLE_TARGET_MS,
          measured: visibility.p99Ms,
          met: visibility.p99Ms <= COMMENT_VISIBLE_TARGET_MS && visibility.notSeen === 0,
        },
      },
    };
  } finally {
    for (const child of [nginx, cluster]) {
      if (!child) continue;
      try {
        process.kill(-child.pid, "SIGTERM");
      } catch {
        // gone
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 3_500));
  }
}

/**
 * Comments posted through instance A, timed until the edge's copy of the page shows each one, while wrk keeps
 * the edge busy with that same page (scripts/bench/comment-visibility.ts).
 */
async function commentVisibility({ page, connections, log }) {
  const load = spawn("wrk", ["-t2", `-c${connections}`, "-d120s", `http://127.0.0.1:${EDGE_PORT}${page}`], {
    stdio: "ignore",
    detached: true,
  });
  try {
    const tsx = path.join(ROOT, "node_modules", "tsx", "dist", "cli.mjs");
    const result = spawnSync(
      process.execPath,
      [
        tsx,
        "--tsconfig",
        path.join(ROOT, "scripts", "bench", "tsconfig.json"),
        path.join(ROOT, "scripts", "bench", "comment-visibility.ts"),
        `http://127.0.0.1:${EDGE_PORT}`,
        `http://127.0.0.1:${INSTANCE_PORTS[0]}`,
        page,
        "20",
      ],
      { encoding: "utf8", env: { ...process.env, DATABASE_URL: clusterDatabaseUrl() } },
    );
    if (result.status !== 0) throw new Error(`comment visibility: ${result.stderr || result.stdout}`);
    const figures = JSON.parse(result.stdout.trim().split("\n").at(-1));
    log(
      `  comment to visible through the edge, under load: p50 ${figures.p50Ms.toFixed(0)} ms, p99 ${figures.p99Ms.toFixed(0)} ms (${figures.count} comments, ${figures.notSeen} not seen within 10 s)`,
    );
    return figures;
  } finally {
    try {
      process.kill(-load.pid, "SIGTERM");
    } catch {
      // finished
    }
  }
}

function clusterDatabaseUrl() {
  return process.env.BENCH_CLUSTER_DATABASE_URL || "postgresql://postgres@127.0.0.1:5432/ledger_cluster";
}

async function leadSlug() {
  const html = await (await fetch(`http://127.0.0.1:${EDGE_PORT}/`)).text();
  const slug = html.match(/href="\/articles\/([a-z0-9-]+)"/)?.[1];
  if (!slug) throw new Error("No article link on the home page");
  return slug;
}

/** The four rows as a table, then each target beside its figure. */
export function printEdgeResult(result) {
  console.log(
    "\n| serving | req/s | share of nginx | p50 ms | p99 ms | RSS MB |\n|---|---:|---:|---:|---:|---:|",
  );
  for (const row of result.rows)
    console.log(
      `| ${row.name} | ${row.reqPerSec.toFixed(0)} | ${(row.shareOfNginx * 100).toFixed(1)} % | ${row.p50.toFixed(2)} | ${row.p99.toFixed(2)} | ${row.rssMb} |`,
    );
  const { edgeShare, instanceP99, commentVisibleP99 } = result.targets;
  console.log(
    `\nThrough the edge: ${(edgeShare.measured * 100).toFixed(1)} % of nginx (target ≥ ${edgeShare.target * 100} %) — ${edgeShare.met ? "met" : "MISSED"}`,
  );
  console.log(
    `One instance p99: ${instanceP99.measured.toFixed(1)} ms (target ≤ ${instanceP99.target} ms) — ${instanceP99.met ? "met" : "MISSED"}`,
  );
  console.log(
    `Comment visible through the edge under load, p99: ${commentVisibleP99.measured.toFixed(0)} ms (target ≤ ${commentVisibleP99.target} ms) — ${commentVisibleP99.met ? "met" : "MISSED"}`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: { duration: { type: "string", default: "10" }, connections: { type: "string", default: "50" } },
  });
  const result = await runEdgeBench({
    duration: Number(values.duration),
    connections: Number(values.connections),
  });
  printEdgeResult(result);
  process.exit(0);
}
