/**
 * Real production servers (scripts/server.mjs, as `npm start` runs them) for the server-level tests
 * (scripts/server-tests): one production build per source state, servers on scratch databases in their own
 * process groups, signed-in users made by inserting sessions, and no-JavaScript form posts to server actions.
 *
 * The build goes into its own folder (.next-test, never `.next`) with DATABASE_URL pointing at a host that
 * does not exist: a build reads no database (lib/db.ts), so the same build then serves any database. It is
 * made once and reused while the app's sources are unchanged (a fingerprint of every file the build reads is
 * kept beside it); LEDGER_TEST_REBUILD=1 forces a new one.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createWriteStream, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import http from "node:http";
import net from "node:net";
import path from "node:path";

import { createPrismaClient, type Database } from "../../lib/db-client";
import { seedDemo } from "../../prisma/seed/demo";
import { sourceFingerprint } from "./build-fingerprint.mjs";
import { createMigratedDatabase, ROOT, type Provider, type TestDatabase } from "./test-databases";

export { ROOT };
export const TEST_DIST_DIR = ".next-test";
export const NEXT_BIN = path.join(ROOT, "node_modules", "next", "dist", "bin", "next");
export const TSX_CLI = path.join(ROOT, "node_modules", "tsx", "dist", "cli.mjs");
/** Where server and build logs go (data/ is ignored by git). */
export const LOG_DIR = path.join(ROOT, "data", "server-tests");
/** A database nobody can reach: the build must not need one. */
export const UNREACHABLE_DATABASE_URL =
  "postgresql://ledger:not-a-password@db.unreachable.invalid:5432/ledger";
export const TEST_SECRET = "server-tests-secret-not-for-production-0123456789";
/** next-auth's session cookie under NODE_ENV=production (lib/auth/sessions.ts). */
export const SESSION_COOKIE = "__Secure-next-auth.session-token";
/** Ports this suite may use (other suites and developers use 3000-3399). */
export const PORT_RANGE = { from: 3400, to: 3499 } as const;

/** Wall-clock milliseconds with sub-millisecond resolution, comparable with Date.now() and the database. */
export const clock = () => performance.timeOrigin + performance.now();

/**
 * Polls `check` until it holds, or fails naming `what` after `timeoutMs`: for conditions with no event to wait on
 * (another process's database writes, its log, a port opening).
 */
export async function until(
  check: () => boolean | Promise<boolean>,
  what: string,
  timeoutMs = 60_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const STAMP_FILE = "ledger-test-build.json";

export type TestBuild = {
  distDir: string;
  fingerprint: string;
  /** The DATABASE_URL the build ran with. */
  databaseUrl: string;
  /** False when a build of the same sources was reused. */
  built: boolean;
  seconds: number;
  log: string;
};

function readStamp(distDir: string): Omit<TestBuild, "built" | "log"> | null {
  try {
    if (!existsSync(path.join(ROOT, distDir, "BUILD_ID"))) return null;
    return JSON.parse(readFileSync(path.join(ROOT, distDir, STAMP_FILE), "utf8"));
  } catch {
    return null;
  }
}

/** Runs a command; resolves with its exit code and combined output. */
export function runCommand(
  command: string,
  args: string[],
  options: { env: NodeJS.ProcessEnv; cwd?: string; logFile?: string },
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd ?? ROOT,
      env: options.env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    const log = options.logFile ? createWriteStream(options.logFile) : null;
    const collect = (chunk: Buffer) => {
      output += chunk;
      log?.write(chunk);
    };
    child.stdout.on("data", collect);
    child.stderr.on("data", collect);
    child.on("error", reject);
    child.on("close", (code) => {
      log?.end();
      resolve({ code, output });
    });
  });
}

/** A minimal environment for the app: nothing from the developer's shell that changes its behaviour. */
export function appEnv(overrides: Record<string, string | undefined>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of [
    "DATABASE_URL",
    "NEXTAUTH_URL",
    "EMAIL_SERVER",
    "EMAIL_FROM",
    "GITHUB_ID",
    "GITHUB_SECRET",
    "GOOGLE_ID",
    "GOOGLE_SECRET",
    "ADMIN_EMAILS",
    "ALLOW_DEMO_ACCOUNTS",
    "SEED_DEMO",
    "PORT",
    "NEXT_DIST_DIR",
    "NODE_OPTIONS",
    "VITEST",
    "VITEST_WORKER_ID",
    "VITEST_POOL_ID",
    "TEST",
  ])
    delete env[name];
  Object.assign(env, {
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    NEXTAUTH_SECRET: TEST_SECRET,
    NEXT_DIST_DIR: TEST_DIST_DIR,
  });
  for (const [name, value] of Object.entries(overrides)) {
    if (value === undefined) delete env[name];
    else env[name] = value;
  }
  return env;
}

async function withBuildLock<T>(fn: () => Promise<T>): Promise<T> {
  const lock = path.join(ROOT, `${TEST_DIST_DIR}.lock`);
  const deadline = Date.now() + 15 * 60_000;
  for (;;) {
    try {
      mkdirSync(lock);
      writeFileSync(path.join(lock, "pid"), String(process.pid));
      break;
    } catch {
      let owner = NaN;
      try {
        owner = Number(readFileSync(path.join(lock, "pid"), "utf8"));
      } catch {}
      let alive = false;
      try {
        if (owner) process.kill(owner, 0);
        alive = Boolean(owner);
      } catch {}
      if (!alive) rmSync(lock, { recursive: true, force: true });
      else if (Date.now() > deadline) throw new Error(`${lock} is held by process ${owner}`);
      else await new Promise((resolve) => setTimeout(resolve, 1_000));
    }
  }
  try {
    return await fn();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** How long a test file may wait for the build (on a busy 2-core machine it takes minutes). */
export const BUILD_TIMEOUT_MS = 15 * 60_000;

let sharedBuild: Promise<TestBuild> | undefined;

/**
 * The production build the server tests use, built with an unreachable DATABASE_URL. Shared by every test
 * in this process; reused across runs while the sources are unchanged.
 */
export function ensureTestBuild(): Promise<TestBuild> {
  return (sharedBuild ??= withBuildLock(async () => {
    mkdirSync(LOG_DIR, { recursive: true });
    const log = path.join(LOG_DIR, "build.log");
    const fingerprint = sourceFingerprint(ROOT);
    const stamp = readStamp(TEST_DIST_DIR);
    if (process.env.LEDGER_TEST_REBUILD !== "1" && stamp?.fingerprint === fingerprint)
      return { ...stamp, built: false, log };
    rmSync(path.join(ROOT, TEST_DIST_DIR), { recursive: true, force: true });
    const started = Date.now();
    const { code, output } = await runCommand(process.execPath, [NEXT_BIN, "build"], {
      env: appEnv({ DATABASE_URL: UNREACHABLE_DATABASE_URL }),
      logFile: log,
    });
    if (code !== 0) {
      throw new Error(
        `next build with DATABASE_URL=${UNREACHABLE_DATABASE_URL} failed (exit ${code}); log: ${log}\n` +
          output.trim().split("\n").slice(-30).join("\n"),
      );
    }
    const build = {
      distDir: TEST_DIST_DIR,
      fingerprint,
      databaseUrl: UNREACHABLE_DATABASE_URL,
      seconds: Math.round((Date.now() - started) / 100) / 10,
    };
    writeFileSync(path.join(ROOT, TEST_DIST_DIR, STAMP_FILE), JSON.stringify(build, null, 2));
    return { ...build, built: true, log };
  }));
}

// ---------------------------------------------------------------------------------------------------------
// Ports and process groups

const reservedPorts = new Set<number>();

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.unref();
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });
}

/** A free port in 3400-3498 (3499 is left for listeners that stand in for other hosts). */
export async function freePort(): Promise<number> {
  const span = PORT_RANGE.to - PORT_RANGE.from;
  const offset = Math.floor(Math.random() * span);
  for (let i = 0; i < span; i++) {
    const port = PORT_RANGE.from + ((offset + i) % span);
    if (reservedPorts.has(port)) continue;
    if (await portIsFree(port)) {
      reservedPorts.add(port);
      return port;
    }
  }
  throw new Error(`No free port in ${PORT_RANGE.from}-${PORT_RANGE.to - 1}`);
}

const groups = new Set<ChildProcess>();
let exitHooked = false;
function trackGroup(child: ChildProcess) {
  groups.add(child);
  child.once("exit", () => groups.delete(child));
  if (exitHooked) return;
  exitHooked = true;
  // A test run that ends abruptly must not leave servers holding ports.
  process.on("exit", () => {
    for (const group of groups) {
      try {
        process.kill(-group.pid!, "SIGKILL");
      } catch {}
    }
  });
}

/** Stops a process group started detached: SIGTERM, then SIGKILL after `graceMs`. */
export async function stopGroup(child: ChildProcess, graceMs = 5_000): Promise<void> {
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, name);
    } catch {}
  };
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise((resolve) => child.once("exit", resolve));
    signal("SIGTERM");
    const timer = setTimeout(() => signal("SIGKILL"), graceMs);
    await exited;
    clearTimeout(timer);
  }
  signal("SIGKILL"); // anything left in the group
  groups.delete(child);
}

export type ServerProcess = {
  child: ChildProcess;
  base: string;
  port: number;
  /** When the ready line was printed (clock()). */
  readyAt: number;
  output: () => string;
  stop: () => Promise<void>;
};

/**
 * Spawns a command as the leader of its own process group and waits until its output matches `ready`.
 * Nothing is requested from it: a test may need a server that has received no request at all.
 */
export async function spawnServer(
  command: string,
  args: string[],
  {
    env,
    port,
    label,
    ready = /Ready in/,
    timeoutMs = 90_000,
  }: { env: NodeJS.ProcessEnv; port: number; label: string; ready?: RegExp; timeoutMs?: number },
): Promise<ServerProcess> {
  mkdirSync(LOG_DIR, { recursive: true });
  const logFile = path.join(LOG_DIR, `${label}.log`);
  const log = createWriteStream(logFile);
  const child = spawn(command, args, { cwd: ROOT, env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  trackGroup(child);
  let output = "";
  const base = `http://127.0.0.1:${port}`;
  const readyAt = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new Error(`${label} printed nothing matching ${ready} within ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk;
      log.write(chunk);
      if (ready.test(output)) {
        clearTimeout(timer);
        resolve(clock());
      }
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    child.once("exit", (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`${label} exited (${code ?? signal}) before it was ready:\n${output}`));
    });
  }).catch(async (error) => {
    await stopGroup(child);
    throw error;
  });
  return {
    child,
    base,
    port,
    readyAt,
    output: () => output,
    stop: async () => {
      await stopGroup(child);
      reservedPorts.delete(port);
      log.end();
    },
  };
}

/** The production server (scripts/server.mjs, what `npm start` runs) serving the test build on `databaseUrl`. */
export async function startServer({
  databaseUrl,
  label,
  port,
  env = {},
}: {
  databaseUrl: string;
  label: string;
  port?: number;
  env?: Record<string, string | undefined>;
}): Promise<ServerProcess> {
  const build = await ensureTestBuild();
  const chosen = port ?? (await freePort());
  return spawnServer(process.execPath, [path.join(ROOT, "scripts", "server.mjs")], {
    env: appEnv({
      HOSTNAME: "127.0.0.1",
      DATABASE_URL: databaseUrl,
      NEXT_DIST_DIR: build.distDir,
      NEXTAUTH_URL: `http://127.0.0.1:${chosen}`,
      PORT: String(chosen),
      LEDGER_DEBUG_CACHE: process.env.LEDGER_DEBUG_CACHE,
      ...env,
    }),
    port: chosen,
    label,
  });
}

// ---------------------------------------------------------------------------------------------------------
// Databases and users

export type ScratchDatabase = TestDatabase & { provider: Provider; db: Database; close: () => Promise<void> };

/** A migrated scratch database (optionally with the demo corpus) and a Prisma client on it. */
export async function createScratchDatabase(
  provider: Provider,
  label: string,
  { seed = true }: { seed?: boolean } = {},
): Promise<ScratchDatabase> {
  const database = await createMigratedDatabase(provider, label);
  const db = createPrismaClient(database.url);
  if (seed) await seedDemo(db);
  return {
    ...database,
    provider,
    db,
    close: async () => {
      await db.$disconnect();
      await database.drop();
    },
  };
}

export type TestUser = { id: string; email: string; name: string; cookie: string };

/** Users with a database session each (the row next-auth's adapter writes); `cookie` signs a request in. */
export async function createUsers(
  db: Database,
  count: number,
  { role = "READER", prefix = "reader" }: { role?: "READER" | "EDITOR" | "ADMIN"; prefix?: string } = {},
): Promise<TestUser[]> {
  const created = new Date(Date.now() - 48 * 3_600_000);
  const users: TestUser[] = [];
  for (let i = 0; i < count; i++) {
    const suffix = randomBytes(4).toString("hex");
    const sessionToken = randomBytes(32).toString("hex");
    const name = `${prefix} ${i} ${suffix}`;
    const user = await db.user.create({
      data: {
        name,
        email: `${prefix}-${i}-${suffix}@ledger.test`,
        emailVerified: created,
        role,
        createdAt: created,
        sessions: { create: { sessionToken, expires: new Date(Date.now() + 86_400_000) } },
      },
      select: { id: true, email: true },
    });
    users.push({ id: user.id, email: user.email!, name, cookie: `${SESSION_COOKIE}=${sessionToken}` });
  }
  return users;
}

/**
 * A story written straight into the database (first section, source and author), unseen by any cache so far:
 * a draft, or one scheduled for `publishedAt`.
 */
export async function createStory(
  db: Database,
  title: string,
  data: { status: "DRAFT" | "SCHEDULED"; publishedAt?: Date },
) {
  const [section, source, author] = await Promise.all([
    db.section.findFirstOrThrow({ select: { id: true } }),
    db.source.findFirstOrThrow({ select: { id: true } }),
    db.author.findFirstOrThrow({ select: { id: true } }),
  ]);
  return db.article.create({
    data: {
      title,
      slug: title.toLowerCase().replace(/\W+/g, "-"),
      body: `${title}: the body.`,
      sectionId: section.id,
      sourceId: source.id,
      authors: { create: [{ authorId: author.id, position: 0 }] },
      ...data,
    },
    select: { id: true, slug: true, title: true, publishedAt: true },
  });
}

// ---------------------------------------------------------------------------------------------------------
// HTTP

export type HttpResult = {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
  /** clock() when the request was started, and when its response had been read to the end. */
  startedAt: number;
  endedAt: number;
};

/** One request with node:http (any header may be set, Host included); the response is read to the end. */
export function request(
  url: string,
  {
    method = "GET",
    headers = {},
    body,
    agent,
    timeoutMs = 60_000,
  }: {
    method?: string;
    headers?: Record<string, string>;
    body?: Buffer;
    agent?: http.Agent;
    timeoutMs?: number;
  } = {},
): Promise<HttpResult> {
  return new Promise((resolve, reject) => {
    const startedAt = clock();
    const outgoing = http.request(
      url,
      {
        method,
        agent: agent ?? false,
        headers: { ...(body ? { "content-length": String(body.length) } : {}), ...headers },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("error", reject);
        response.on("end", () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks).toString("utf8"),
            startedAt,
            endedAt: clock(),
          }),
        );
      },
    );
    outgoing.setTimeout(timeoutMs, () => outgoing.destroy(new Error(`${method} ${url}: timed out`)));
    outgoing.on("error", reject);
    outgoing.end(body);
  });
}

// ---------------------------------------------------------------------------------------------------------
// Forms, as a browser without JavaScript submits them

export type Submitter = { name: string; value: string; text: string };
export type HtmlForm = {
  attributes: Record<string, string>;
  fields: [string, string][];
  submitters: Submitter[];
};

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, entity: string) => {
    if (entity[0] === "#")
      return String.fromCodePoint(
        entity[1] === "x" || entity[1] === "X" ? parseInt(entity.slice(2), 16) : Number(entity.slice(1)),
      );
    return ENTITIES[entity.toLowerCase()] ?? whole;
  });
}

function attributesOf(source: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const match of source.matchAll(/([^\s"'=<>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g))
    attributes[match[1]!.toLowerCase()] = decodeEntities(match[2] ?? match[3] ?? match[4] ?? "");
  return attributes;
}

/** Every form in a server-rendered page, with the values it would submit (React escapes `>` in attributes). */
export function parseForms(html: string): HtmlForm[] {
  const forms: HtmlForm[] = [];
  for (const formMatch of html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/gi)) {
    const fields: [string, string][] = [];
    const submitters: Submitter[] = [];
    const controls =
      /<input\b([^>]*)>|<textarea\b([^>]*)>([\s\S]*?)<\/textarea>|<select\b([^>]*)>([\s\S]*?)<\/select>|<button\b([^>]*)>([\s\S]*?)<\/button>/gi;
    for (const control of formMatch[2]!.matchAll(controls)) {
      if (control[1] !== undefined) {
        const a = attributesOf(control[1]);
        const type = (a.type ?? "text").toLowerCase();
        if (!a.name || "disabled" in a) continue;
        if (type === "submit" || type === "image") {
          submitters.push({ name: a.name, value: a.value ?? "", text: a.value ?? "" });
          continue;
        }
        if (type === "file" || type === "button" || type === "reset") continue;
        if ((type === "checkbox" || type === "radio") && !("checked" in a)) continue;
        fields.push([a.name, a.value ?? (type === "checkbox" || type === "radio" ? "on" : "")]);
      } else if (control[2] !== undefined) {
        const a = attributesOf(control[2]);
        if (!a.name || "disabled" in a) continue;
        fields.push([a.name, decodeEntities(control[3]!.replace(/^\n/, ""))]);
      } else if (control[4] !== undefined) {
        const a = attributesOf(control[4]);
        if (!a.name || "disabled" in a) continue;
        const options = [...control[5]!.matchAll(/<option\b([^>]*)>([\s\S]*?)<\/option>/gi)].map((option) => {
          const o = attributesOf(option[1]!);
          return {
            value: o.value ?? decodeEntities(option[2]!.replace(/<[^>]*>/g, "")),
            selected: "selected" in o,
          };
        });
        const selected = options.filter((option) => option.selected);
        if ("multiple" in a) for (const option of selected) fields.push([a.name, option.value]);
        else if (options.length) fields.push([a.name, (selected.at(-1) ?? options[0]!).value]);
      } else {
        const a = attributesOf(control[6]!);
        if ((a.type ?? "submit").toLowerCase() !== "submit" || "disabled" in a) continue;
        submitters.push({
          name: a.name ?? "",
          value: a.value ?? "",
          text: decodeEntities(control[7]!.replace(/<[^>]*>/g, "")).trim(),
        });
      }
    }
    forms.push({ attributes: attributesOf(formMatch[1]!), fields, submitters });
  }
  return forms;
}

/** The one form in `html` that has a field named `field` (optionally with `value`). */
export function findForm(html: string, field: string, value?: string): HtmlForm {
  const matching = parseForms(html).filter((form) =>
    form.fields.some(([name, v]) => name === field && (value === undefined || v === value)),
  );
  if (matching.length !== 1)
    throw new Error(`Expected one form with ${field}${value ? `=${value}` : ""}, found ${matching.length}`);
  return matching[0]!;
}

/** The multipart body a browser would send for `form`, with `values` replacing its fields and `submitter`. */
export async function encodeForm(
  form: HtmlForm,
  values: Record<string, string> = {},
  submitter?: { name: string; value: string },
): Promise<{ body: Buffer; contentType: string }> {
  const data = new FormData();
  for (const [name, value] of form.fields) if (!(name in values)) data.append(name, value);
  for (const [name, value] of Object.entries(values)) data.append(name, value);
  if (submitter?.name) data.append(submitter.name, submitter.value);
  const encoded = new Request("http://form.invalid/", { method: "POST", body: data });
  return {
    body: Buffer.from(await encoded.arrayBuffer()),
    contentType: encoded.headers.get("content-type")!,
  };
}

/**
 * Submits a form found on `pagePath` the way a browser without JavaScript does: a multipart POST to the
 * page's URL (React's server-action forms have no action URL of their own) from the same origin.
 */
export async function submitForm(
  base: string,
  pagePath: string,
  form: HtmlForm,
  {
    cookie,
    values,
    submitter,
    headers = {},
  }: {
    cookie?: string;
    values?: Record<string, string>;
    submitter?: { name: string; value: string };
    headers?: Record<string, string>;
  } = {},
): Promise<HttpResult> {
  const { body, contentType } = await encodeForm(form, values, submitter);
  const target =
    form.attributes.action && !form.attributes.action.startsWith("javascript:")
      ? new URL(form.attributes.action, base + pagePath).href
      : base + pagePath;
  return request(target, {
    method: "POST",
    body,
    headers: {
      "content-type": contentType,
      origin: base,
      ...(cookie ? { cookie } : {}),
      ...headers,
    },
  });
}

/** Percentile of an ascending array (nearest rank). */
export function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? NaN;
}
