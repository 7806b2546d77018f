#!/usr/bin/env node
// Stand-in for Prisma's native `schema-engine` binary, which cannot be downloaded
// on machines without access to Prisma's binaries host. Point the CLI at it with
// PRISMA_SCHEMA_ENGINE_BINARY (see scripts/prisma-env.mjs and
// docs/adr/002-offline-schema-engine.md).
//
// It speaks the native engine's stdio protocol (JSON-RPC 2.0 requests/responses,
// one JSON object per line on stdin/stdout; JSON log lines on stderr) and runs
// the requests on `@prisma/schema-engine-wasm`, which reaches the database
// through the project's driver adapters (better-sqlite3 for `file:` URLs, pg for
// `postgres(ql)://` URLs).
//
// Invocations used by the CLI:
//   --version
//   --datasource '{"url":...}' cli <can-connect-to-database|create-database|drop-database>
//   [--datamodels <path>]... [--datasource '{"url":...}']      (JSON-RPC server)

import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import readline from "node:readline";

import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import Database from "better-sqlite3";
import pg from "pg";
import { parseIntoClientConfig } from "pg-connection-string";

// The native engine reports itself as "schema-engine-cli <hash>".
const ENGINE_NAME = "schema-engine-wasm-bridge";

// Anything written to stdout must be protocol; keep stray console output off it.
console.log = console.info = console.debug = console.error;

// ---------------------------------------------------------------------------
// Logging: JSON lines on stderr, shaped like the native engine's tracing output
// (the CLI reads `level`, `fields.message` and, on failure, `fields.error_code`).

function log(level, message, extraFields = {}, target = "schema_engine::logger") {
  const line = { timestamp: new Date().toISOString(), level, fields: { message, ...extraFields }, target };
  process.stderr.write(`${JSON.stringify(line)}\n`);
}

class UserFacingError extends Error {
  constructor(code, message) {
    super(message);
    this.code = code;
  }
}

// ---------------------------------------------------------------------------
// Arguments

function parseArgs(argv) {
  const args = { datamodels: [], datasource: undefined, version: false, cliCommand: undefined };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--version" || arg === "-V") args.version = true;
    else if (arg === "--datamodels") args.datamodels.push(argv[++i]);
    else if (arg === "--datasource") args.datasource = JSON.parse(argv[++i]);
    else if (arg === "--enabled-preview-features" || arg === "--extension-types")
      i++; // not needed by the wasm engine
    else if (arg === "cli") args.cliCommand = argv[++i];
    else throw new Error(`Unknown argument: ${arg}`);
  }
  return args;
}

// ---------------------------------------------------------------------------
// Database URLs

function parseDatabaseUrl(url) {
  if (!url) throw new UserFacingError("P1012", "No datasource URL was given to the schema engine.");
  if (url.startsWith("file:")) {
    const file = url.slice("file:".length).split("?")[0];
    // Relative paths are relative to the CLI's working directory, like the app does at runtime.
    const absolute = file === ":memory:" ? file : path.resolve(process.cwd(), file);
    return { provider: "sqlite", file: absolute };
  }
  if (/^postgres(ql)?:\/\//.test(url)) {
    // Build a discrete client config (not `{ connectionString }`): pg lets a
    // connectionString override `database`, which would make adapter-pg's shadow
    // database silently the main one.
    const { schema, ...config } = parseIntoClientConfig(url);
    for (const key of Object.keys(config)) if (config[key] == null || config[key] === "") delete config[key];
    return { provider: "postgres", config, schema: schema || undefined };
  }
  throw new UserFacingError("P1013", `Unsupported database URL "${url}": expected file: or postgres(ql)://.`);
}

function describeServer({ config }) {
  return `${config.host ?? "localhost"}:${config.port ?? 5432}`;
}

// ---------------------------------------------------------------------------
// Driver adapters, patched where they fall short of what the engine needs

// better-sqlite3 refuses multi-statement SQL in prepare(); migration scripts
// arrive as one argument-less executeRaw, so run those through exec() instead.
function withSqliteScriptFallback(queryable, runScript) {
  const executeRaw = queryable.executeRaw.bind(queryable);
  queryable.executeRaw = async (query) => {
    try {
      return await executeRaw(query);
    } catch (error) {
      const multiStatement = error instanceof RangeError && /more than one statement/.test(error.message);
      if (!multiStatement || query.args.length > 0) throw error;
      await runScript(query.sql);
      return 0;
    }
  };
  return queryable;
}

function patchSqliteAdapter(adapter) {
  withSqliteScriptFallback(adapter, (sql) => adapter.executeScript(sql));
  const startTransaction = adapter.startTransaction.bind(adapter);
  // A SQLite transaction lives on the same connection, so the adapter's exec() runs inside it.
  adapter.startTransaction = async (...args) =>
    withSqliteScriptFallback(await startTransaction(...args), (sql) => adapter.executeScript(sql));
  return adapter;
}

// adapter-pg has no column type for Postgres's internal `"char"` (OID 18), which
// the engine's schema describer reads from pg_catalog; it is a one-byte string,
// so report it as text (OID 25). performIO is adapter-pg's internal query path.
const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;

function withPgCharAsText(queryable) {
  if (typeof queryable.performIO !== "function") {
    throw new Error(
      "@prisma/adapter-pg internals changed (no performIO); revisit scripts/prisma-schema-engine.mjs",
    );
  }
  const performIO = queryable.performIO.bind(queryable);
  queryable.performIO = async (query) => {
    const result = await performIO(query);
    for (const field of result?.fields ?? [])
      if (field.dataTypeID === PG_CHAR_OID) field.dataTypeID = PG_TEXT_OID;
    return result;
  };
  return queryable;
}

// adapter-pg's executeScript splits a migration at every ";" (inside strings, comments and function bodies too)
// and runs the pieces one by one, so a migration defining a PL/pgSQL function fails. Send the script whole, as the
// native engine does: the simple query protocol runs several statements in one call.
function withWholePgScripts(adapter) {
  if (typeof adapter.underlyingDriver !== "function" || typeof adapter.onError !== "function") {
    throw new Error(
      "@prisma/adapter-pg internals changed (no underlyingDriver/onError); revisit scripts/prisma-schema-engine.mjs",
    );
  }
  adapter.executeScript = async (script) => {
    try {
      await adapter.underlyingDriver().query(script);
    } catch (error) {
      adapter.onError(error);
    }
  };
  return adapter;
}

function patchPgAdapter(adapter) {
  withPgCharAsText(adapter);
  withWholePgScripts(adapter);
  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (...args) => withPgCharAsText(await startTransaction(...args));
  return adapter;
}

// Keeps track of opened connections so that they can be closed on shutdown.
class AdapterFactory {
  constructor(target, shadowDatabaseUrl) {
    this.target = target;
    this.connections = new Set();
    if (target.provider === "sqlite") {
      const shadow = shadowDatabaseUrl ? parseDatabaseUrl(shadowDatabaseUrl).file : ":memory:";
      this.inner = new PrismaBetterSqlite3({ url: target.file }, { shadowDatabaseUrl: shadow });
      this.patch = patchSqliteAdapter;
    } else {
      this.inner = new PrismaPg(target.config, target.schema ? { schema: target.schema } : undefined);
      this.shadowTarget = shadowDatabaseUrl ? parseDatabaseUrl(shadowDatabaseUrl) : undefined;
      this.patch = patchPgAdapter;
    }
    this.provider = this.inner.provider;
    this.adapterName = this.inner.adapterName;
  }

  track(adapter) {
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      this.connections.delete(adapter);
      await dispose();
    };
    this.connections.add(adapter);
    return this.patch(adapter);
  }

  async connect() {
    return this.track(await this.inner.connect());
  }

  async connectToShadowDb() {
    if (this.target.provider === "sqlite") return this.track(await this.inner.connectToShadowDb());
    if (this.shadowTarget) return this.track(await new PrismaPg(this.shadowTarget.config).connect());
    return this.track(await this.connectToTemporaryPgDatabase());
  }

  // Like adapter-pg's own connectToShadowDb, but closes the shadow pool before
  // dropping the database (else DROP fails: database in use) and then closes the
  // admin connection (adapter-pg leaks it, keeping the process alive).
  async connectToTemporaryPgDatabase() {
    const admin = await this.inner.connect();
    const database = `prisma_migrate_shadow_db_${globalThis.crypto.randomUUID()}`;
    try {
      await admin.executeScript(`CREATE DATABASE "${database}"`);
    } catch (error) {
      await admin.dispose();
      throw error;
    }
    const shadow = await new PrismaPg({ ...this.target.config, database }).connect();
    const disposeShadow = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      try {
        await disposeShadow();
        await admin.executeScript(`DROP DATABASE IF EXISTS "${database}"`);
      } finally {
        await admin.dispose();
      }
    };
    return shadow;
  }

  async closeAll() {
    await Promise.allSettled([...this.connections].map((adapter) => adapter.dispose()));
  }
}

// ---------------------------------------------------------------------------
// Database lifecycle (the wasm engine has no create/drop database)

async function withPgClient(config, fn) {
  const client = new pg.Client(config);
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

function pgConnectionError(target, error) {
  const database = target.config.database;
  switch (error.code) {
    case "3D000":
      return new UserFacingError(
        "P1003",
        `Database \`${database}\` does not exist on the database server at \`${describeServer(target)}\`.`,
      );
    case "28P01":
    case "28000":
      return new UserFacingError(
        "P1000",
        `Authentication failed against database server at \`${describeServer(target)}\`: ${error.message}`,
      );
    case "ECONNREFUSED":
    case "ENOTFOUND":
    case "ETIMEDOUT":
      return new UserFacingError("P1001", `Can't reach database server at \`${describeServer(target)}\``);
    default:
      return error;
  }
}

const quoteIdent = (name) => `"${name.replaceAll('"', '""')}"`;

async function canConnect(target) {
  if (target.provider === "sqlite") {
    if (target.file !== ":memory:" && !existsSync(target.file)) {
      throw new UserFacingError(
        "P1003",
        `Database \`${path.basename(target.file)}\` does not exist at \`${target.file}\``,
      );
    }
    return;
  }
  try {
    await withPgClient(target.config, (client) => client.query("SELECT 1"));
  } catch (error) {
    throw pgConnectionError(target, error);
  }
}

// Connects to the server's maintenance database to create or drop the target.
async function withPgAdminClient(target, fn) {
  try {
    return await withPgClient({ ...target.config, database: "postgres" }, fn);
  } catch (error) {
    throw pgConnectionError(target, error);
  }
}

async function createDatabase(target) {
  if (target.provider === "sqlite") {
    mkdirSync(path.dirname(target.file), { recursive: true });
    new Database(target.file).close();
    return path.basename(target.file);
  }
  const { database } = target.config;
  await withPgAdminClient(target, async (client) => {
    try {
      await client.query(`CREATE DATABASE ${quoteIdent(database)}`);
    } catch (error) {
      if (error.code === "42P04")
        throw new UserFacingError(
          "P1009",
          `Database \`${database}\` already exists on the database server at \`${describeServer(target)}\``,
        );
      throw error;
    }
  });
  return database;
}

async function dropDatabase(target) {
  if (target.provider === "sqlite") {
    for (const suffix of ["", "-journal", "-wal", "-shm"]) rmSync(target.file + suffix, { force: true });
    return;
  }
  await withPgAdminClient(target, (client) =>
    client.query(`DROP DATABASE IF EXISTS ${quoteIdent(target.config.database)}`),
  );
}

// The wasm engine's reset cannot delete a SQLite file and leaves the tables in
// place, so empty the database by hand.
function resetSqlite(file) {
  const db = new Database(file);
  try {
    db.pragma("foreign_keys = OFF");
    const objects = db
      .prepare(
        "SELECT type, name FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite_%'",
      )
      .all();
    for (const { type, name } of objects)
      db.exec(`DROP ${type === "view" ? "VIEW" : "TABLE"} IF EXISTS ${quoteIdent(name)}`);
    db.exec("VACUUM");
  } finally {
    db.close();
  }
}

// ---------------------------------------------------------------------------
// The wasm engine

async function loadWasmModule() {
  // The package's entry point imports the .wasm file as an ES module, which Node
  // only supports behind a flag; instantiate it by hand instead.
  const glueUrl = import.meta.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const glue = await import(glueUrl);
  const bytes = readFileSync(new URL("schema_engine_bg.wasm", glueUrl));
  const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": glue });
  glue.__wbg_set_wasm(instance.exports);
  instance.exports.__wbindgen_start();
  return glue;
}

function readDatamodels(paths) {
  return paths.map((file) => [file, readFileSync(path.resolve(process.cwd(), file), "utf8")]);
}

const isPanic = (error) => error instanceof WebAssembly.RuntimeError;

// ---------------------------------------------------------------------------
// JSON-RPC server

class Bridge {
  constructor(args) {
    this.args = args;
    this.url = args.datasource?.url;
    this.engine = undefined;
    this.factory = undefined;
    this.devDiagnosticKey = undefined;
  }

  async getEngine() {
    if (!this.engine) {
      const wasm = await loadWasmModule();
      this.factory = new AdapterFactory(parseDatabaseUrl(this.url), this.args.datasource?.shadowDatabaseUrl);
      const datamodels = this.args.datamodels.length > 0 ? readDatamodels(this.args.datamodels) : undefined;
      const onLog = (line) => process.stderr.write(`${String(line).trim()}\n`);
      this.engine = await wasm.SchemaEngine.new(
        { datamodels },
        onLog,
        bindMigrationAwareSqlAdapterFactory(this.factory),
      );
    }
    return this.engine;
  }

  async handle(method, params) {
    switch (method) {
      case "createDatabase":
        return {
          databaseName: await createDatabase(parseDatabaseUrl(this.datasourceUrl(params.datasource))),
        };
      case "getDatabaseVersion":
        return (await this.getEngine()).version(params);
      case "reset":
        return this.reset(params);
      case "devDiagnostic":
        return this.devDiagnostic(params);
      case "diagnoseMigrationHistory":
        return this.diagnoseMigrationHistory(params);
      case "evaluateDataLoss":
      case "createMigration":
        await this.ensureDevDiagnostic(params);
        return (await this.getEngine())[method](params);
      case "diff":
        return this.diff(params);
      default: {
        const engine = await this.getEngine();
        if (typeof engine[method] !== "function") throw new Error(`Unknown schema engine method: ${method}`);
        return engine[method](params);
      }
    }
  }

  datasourceUrl(datasource) {
    return datasource?.tag === "ConnectionString" ? datasource.url : this.url;
  }

  async reset(params) {
    const target = parseDatabaseUrl(this.url);
    if (target.provider === "sqlite") resetSqlite(target.file);
    else await (await this.getEngine()).reset(params);
    this.devDiagnosticKey = undefined;
    return {};
  }

  // On a database without `_prisma_migrations` the wasm engine fails with P1014
  // instead of treating the history as empty; applying an empty migration list
  // creates the table (and refuses, P3005, if the database is not empty).
  async devDiagnostic(params) {
    const engine = await this.getEngine();
    let result;
    try {
      result = await engine.devDiagnostic(params);
    } catch (error) {
      if (error.code !== "P1014") throw error;
      try {
        await engine.applyMigrations({
          migrationsList: { ...params.migrationsList, migrationDirectories: [] },
          filters: params.filters,
        });
      } catch (applyError) {
        if (applyError.code !== "P3005") throw applyError;
        return {
          action: { tag: "reset", reason: "The database schema is not empty and has no migration history." },
        };
      }
      result = await engine.devDiagnostic(params);
    }
    this.devDiagnosticKey = JSON.stringify(params.migrationsList);
    return result;
  }

  // evaluateDataLoss / createMigration read a history schema that only
  // devDiagnostic computes; make sure it was computed for this migration list.
  async ensureDevDiagnostic(params) {
    if (this.devDiagnosticKey === JSON.stringify(params.migrationsList)) return;
    await this.devDiagnostic({ migrationsList: params.migrationsList, filters: params.filters });
  }

  // Same P1014 problem as devDiagnostic, answered without touching the database,
  // the way the native engine does: no table means nothing is applied.
  async diagnoseMigrationHistory(params) {
    const engine = await this.getEngine();
    try {
      return await engine.diagnoseMigrationHistory(params);
    } catch (error) {
      if (error.code !== "P1014") throw error;
      const names = params.migrationsList.migrationDirectories.map((dir) => dir.path);
      return {
        editedMigrationNames: [],
        failedMigrationNames: [],
        hasMigrationsTable: false,
        history: names.length > 0 ? { diagnostic: "databaseIsBehind", unappliedMigrationNames: names } : null,
      };
    }
  }

  // The wasm engine returns the diff as `stdout`; the native one asks the CLI to
  // print it with a `print` request, which is what the CLI expects.
  async diff(params) {
    const { stdout, exitCode } = await (await this.getEngine()).diff(params);
    if (stdout != null) await this.requestClient("print", { content: stdout });
    return { exitCode };
  }

  // -- transport

  start() {
    this.pendingClientRequests = new Map();
    this.nextClientRequestId = 1;
    let queue = Promise.resolve();
    const lines = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
    lines.on("line", (line) => {
      if (!line.trim()) return;
      let message;
      try {
        message = JSON.parse(line);
      } catch {
        this.send({ jsonrpc: "2.0", id: null, error: { code: -32700, message: "Parse error" } });
        return;
      }
      if (message.method === undefined) {
        this.settleClientRequest(message);
        return;
      }
      // Requests run one at a time, like the native engine's single connection.
      queue = queue.then(() => this.dispatch(message));
    });
    lines.on("close", () => queue.then(() => this.shutdown(0)));
  }

  async dispatch({ id, method, params }) {
    try {
      const result = await this.handle(method, params ?? {});
      this.send({ jsonrpc: "2.0", id, result: result ?? {} });
    } catch (error) {
      this.send({ jsonrpc: "2.0", id, error: toRpcError(error) });
      if (isPanic(error)) {
        log("ERROR", `Schema engine panicked: ${error.message}`);
        // The wasm instance is unusable after a panic; the native engine exits 101.
        await this.shutdown(101);
      }
    }
  }

  send(message) {
    process.stdout.write(`${JSON.stringify(message)}\n`);
  }

  requestClient(method, params) {
    const id = this.nextClientRequestId++;
    return new Promise((resolve, reject) => {
      this.pendingClientRequests.set(id, { resolve, reject });
      this.send({ jsonrpc: "2.0", id, method, params });
    });
  }

  settleClientRequest({ id, result, error }) {
    const pending = this.pendingClientRequests.get(id);
    if (!pending) return;
    this.pendingClientRequests.delete(id);
    if (error) pending.reject(new Error(error.message ?? JSON.stringify(error)));
    else pending.resolve(result);
  }

  async shutdown(code) {
    await this.factory?.closeAll();
    process.exit(code);
  }
}

function toRpcError(error) {
  const message = error?.message ?? String(error);
  const code = typeof error?.code === "string" && /^P\d{4}$/.test(error.code) ? error.code : undefined;
  if (isPanic(error)) {
    return { code: 4466, message, data: { is_panic: true, message, error: { message }, meta: {} } };
  }
  return {
    code: 4466,
    message: "An error happened. Check the data field for details.",
    data: { is_panic: false, message, meta: error?.meta ?? {}, ...(code ? { error_code: code } : {}) },
  };
}

// ---------------------------------------------------------------------------
// One-shot `cli <command>` mode

async function runCliCommand(command, url) {
  // The CLI skips the first stderr line of a one-shot run before parsing errors.
  log("INFO", `Starting ${ENGINE_NAME} (cli ${command})`);
  const target = parseDatabaseUrl(url);
  switch (command) {
    case "can-connect-to-database":
      await canConnect(target);
      return;
    case "create-database":
      process.stdout.write(`Database '${await createDatabase(target)}' was successfully created.\n`);
      return;
    case "drop-database":
      await dropDatabase(target);
      process.stdout.write("The database was successfully dropped.\n");
      return;
    default:
      throw new Error(`Unknown cli command: ${command}`);
  }
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (args.version) {
    const wasm = await loadWasmModule();
    process.stdout.write(`${ENGINE_NAME} ${wasm.version()}\n`);
    return;
  }
  if (args.cliCommand) {
    await runCliCommand(args.cliCommand, args.datasource?.url);
    return;
  }
  new Bridge(args).start();
}

main().catch((error) => {
  // Always exit non-zero: on exit code 0 the CLI would carry on silently.
  log("ERROR", error?.message ?? String(error), error?.code ? { error_code: error.code } : {});
  process.exit(1);
});
