// Bench databases: migrations + demo seed + N synthetic articles, reused while their marker says complete.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

import Database from "better-sqlite3";
import pg from "pg";

export const LEAD_SLUG = "saltmarsh-port-strike-ends-with-tentative-deal-on-crane-automation";
export const CLUSTER_TAG = "saltmarsh-port-strike";

function run(root, command, args, env) {
  console.log(`  $ ${[command, ...args].map((arg) => path.relative(root, arg) || arg).join(" ")}`);
  const result = spawnSync(command, args, { cwd: root, env, stdio: "inherit" });
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(" ")} failed (exit ${result.status ?? result.signal})`);
}

function migrationNames(root, provider) {
  return readdirSync(path.join(root, "prisma", provider, "migrations"), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/** A database handle the bench can query directly (to pick slugs, count rows). */
export async function openQuery(provider, url) {
  if (provider === "sqlite") {
    const sqlite = new Database(url.slice("file:".length), { readonly: true, fileMustExist: true });
    return {
      all: async (sql, params = []) => sqlite.prepare(sql).all(...params),
      close: async () => sqlite.close(),
    };
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return {
    all: async (sql, params = []) => {
      let n = 0;
      return (
        await client.query(
          sql.replace(/\?/g, () => `$${++n}`),
          params,
        )
      ).rows;
    },
    close: async () => client.end(),
  };
}

/** A client on the server's maintenance database, or null when PostgreSQL is not reachable. */
export async function postgresAdmin(url) {
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.href, connectionTimeoutMillis: 3_000 });
  try {
    await client.connect();
    return client;
  } catch (error) {
    await client.end().catch(() => {});
    return { error };
  }
}

async function countArticles(provider, url) {
  try {
    const query = await openQuery(provider, url);
    try {
      const [row] = await query.all(`SELECT COUNT(*) AS n FROM "Article" WHERE slug LIKE 'synthetic-%'`);
      return Number(row.n);
    } finally {
      await query.close();
    }
  } catch {
    return -1;
  }
}

/**
 * Makes sure the bench database for `provider` holds migrations + demo seed + `synthetic` articles.
 * The marker (`.bench/<provider>.complete.json`) is written only after every step succeeded, and is
 * trusted only if the migrations and article count still match.
 */
export async function prepareDatabase({ root, provider, url, synthetic, fresh }) {
  const benchDir = path.join(root, ".bench");
  mkdirSync(benchDir, { recursive: true });
  const markerFile = path.join(benchDir, `${provider}.complete.json`);
  const migrations = migrationNames(root, provider);
  const safeUrl = url.replace(/\/\/([^:@/]+):[^@/]*@/, "//$1:***@");
  const marker = existsSync(markerFile) ? JSON.parse(readFileSync(markerFile, "utf8")) : null;
  if (
    !fresh &&
    marker &&
    marker.url === safeUrl &&
    marker.synthetic === synthetic &&
    JSON.stringify(marker.migrations) === JSON.stringify(migrations)
  ) {
    const count = await countArticles(provider, url);
    if (count === synthetic) {
      console.log(
        `• ${provider}: reusing the bench database prepared ${marker.preparedAt} (${count} synthetic articles)`,
      );
      optimizeAsStartDoes(provider, url);
      return { reused: true, seedSeconds: marker.seedSeconds };
    }
    console.log(`• ${provider}: marker found but the database has ${count} synthetic articles; rebuilding`);
  }

  rmSync(markerFile, { force: true });
  console.log(
    `• ${provider}: preparing a fresh bench database (migrations, demo seed, ${synthetic} synthetic articles)`,
  );
  if (provider === "sqlite") {
    const file = path.resolve(root, url.slice("file:".length));
    for (const suffix of ["", "-journal", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
  } else {
    const admin = await postgresAdmin(url);
    if (admin.error) throw admin.error;
    const name = decodeURIComponent(new URL(url).pathname.slice(1));
    if (!/^[A-Za-z0-9_]+$/.test(name))
      throw new Error(`refusing to recreate database "${name}": use a plain name`);
    try {
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.query(`CREATE DATABASE "${name}"`);
    } finally {
      await admin.end();
    }
  }
  const env = { ...process.env, DATABASE_URL: url };
  const tsx = path.join(root, "node_modules", "tsx", "dist", "cli.mjs");
  run(root, process.execPath, [path.join(root, "scripts", "db.mjs"), "deploy"], env);
  run(root, process.execPath, [tsx, path.join(root, "prisma", "seed.ts")], env);
  const started = Date.now();
  run(
    root,
    process.execPath,
    [tsx, path.join(root, "prisma", "seed.ts"), "--synthetic", String(synthetic)],
    env,
  );
  const seedSeconds = (Date.now() - started) / 1000;
  const count = await countArticles(provider, url);
  if (count !== synthetic)
    throw new Error(`${provider}: expected ${synthetic} synthetic articles after seeding, found ${count}`);
  writeFileSync(
    markerFile,
    JSON.stringify(
      { url: safeUrl, synthetic, migrations, seedSeconds, preparedAt: new Date().toISOString() },
      null,
      2,
    ),
  );
  optimizeAsStartDoes(provider, url);
  return { reused: false, seedSeconds };
}

/**
 * The database as `npm start` leaves it: on SQLite, with the statistics `PRAGMA optimize` gathers
 * (scripts/prepare-start.ts runs it on every start). PostgreSQL's autovacuum analyzes by itself, and the
 * synthetic seed runs ANALYZE at once.
 */
function optimizeAsStartDoes(provider, url) {
  if (provider !== "sqlite") return;
  const sqlite = new Database(url.slice("file:".length), { fileMustExist: true });
  try {
    sqlite.pragma("optimize=0x10002");
  } finally {
    sqlite.close();
  }
}
