/**
 * A PostgreSQL server of a test's own: a new cluster (initdb) in a temporary folder, listening on 127.0.0.1 on a
 * port of the server tests' range, so the test can stop and start it. The machine's shared PostgreSQL (other
 * people's tests use it) is never touched.
 *
 * It needs PostgreSQL's server programs (initdb, pg_ctl; Debian's postgresql package puts them in
 * /usr/lib/postgresql/<version>/bin, which `pg_config --bindir` names). PostgreSQL refuses to run as root, so
 * as root they run as the `postgres` user (runuser), who then owns the folder.
 */
import { spawn, spawnSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { freePort } from "./test-server";

export type PrivatePostgres = {
  port: number;
  /** A connection URL for `database` on this server. */
  url: (database: string) => string;
  /** A fast shutdown, as `pg_ctl stop` (and `pg_ctlcluster … stop`) does: sessions are ended, data is kept. */
  stop: () => Promise<void>;
  start: () => Promise<void>;
  /** Stops it (if running) and deletes the cluster. */
  destroy: () => void;
};

const isRoot = process.getuid?.() === 0;

/** The folder holding initdb and pg_ctl, or null. PG_BINDIR overrides. */
function postgresBinaries(): string | null {
  const candidates = [process.env.PG_BINDIR];
  const pgConfig = spawnSync("pg_config", ["--bindir"], { encoding: "utf8" });
  if (pgConfig.status === 0) candidates.push(pgConfig.stdout.trim());
  const debian = "/usr/lib/postgresql";
  if (existsSync(debian))
    for (const version of readdirSync(debian).sort((a, b) => Number(b) - Number(a)))
      candidates.push(path.join(debian, version, "bin"));
  return candidates.find((dir) => dir && existsSync(path.join(dir, "initdb"))) ?? null;
}

function postgresUser(): { uid: number; gid: number } | null {
  const id = (flag: string) => spawnSync("id", [flag, "postgres"], { encoding: "utf8" });
  const uid = id("-u");
  const gid = id("-g");
  if (uid.status !== 0 || gid.status !== 0) return null;
  return { uid: Number(uid.stdout), gid: Number(gid.stdout) };
}

/** Why a private PostgreSQL cannot be started here, or null when it can. */
export function privatePostgresProblem(): string | null {
  if (process.platform === "win32") return "not on Windows";
  if (!postgresBinaries())
    return "PostgreSQL's server programs (initdb, pg_ctl) were not found: apt-get install postgresql, or set PG_BINDIR";
  if (isRoot && !postgresUser()) return "running as root, and there is no postgres user to run PostgreSQL as";
  if (isRoot && spawnSync("runuser", ["--help"]).error) return "running as root without runuser";
  return null;
}

const running = new Set<() => void>();
let exitHooked = false;

/** Initialises a cluster and starts it. Throws (with PostgreSQL's output) when it cannot. */
export async function startPrivatePostgres(label: string): Promise<PrivatePostgres> {
  const problem = privatePostgresProblem();
  if (problem) throw new Error(`A private PostgreSQL cannot be started: ${problem}.`);
  const bin = postgresBinaries()!;
  const dir = mkdtempSync(path.join(tmpdir(), `ledger-${label}-pg-`));
  const owner = isRoot ? postgresUser() : null;
  if (owner) chownSync(dir, owner.uid, owner.gid);
  const data = path.join(dir, "data");
  const port = await freePort();

  const command = (program: string, args: string[]): [string, string[]] =>
    owner
      ? ["runuser", ["-u", "postgres", "--", path.join(bin, program), ...args]]
      : [path.join(bin, program), args];
  /** Asynchronous, so a test's load keeps going while PostgreSQL stops or starts. */
  const run = (program: string, args: string[]) =>
    new Promise<void>((resolve, reject) => {
      const [file, argv] = command(program, args);
      const child = spawn(file, argv, { cwd: dir, stdio: ["ignore", "pipe", "pipe"] });
      let output = "";
      child.stdout.on("data", (chunk: Buffer) => (output += chunk));
      child.stderr.on("data", (chunk: Buffer) => (output += chunk));
      child.on("error", reject);
      child.on("close", (code) =>
        code === 0
          ? resolve()
          : reject(new Error(`${program} ${args.join(" ")} failed (${code}):\n${output}`)),
      );
    });

  await run("initdb", [
    "-D",
    data,
    "-A",
    "trust",
    "-U",
    "postgres",
    "-E",
    "UTF8",
    "--no-locale",
    "--no-sync",
  ]);
  // Only on 127.0.0.1, with its socket in its own folder (not /var/run/postgresql, the shared server's).
  // fsync off: a stop here is a clean shutdown, never a machine crash, so nothing acknowledged can be lost.
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`;
  const start = () =>
    run("pg_ctl", ["-D", data, "-o", options, "-l", path.join(dir, "log"), "-w", "-t", "60", "start"]);
  const stop = () => run("pg_ctl", ["-D", data, "-m", "fast", "-w", "-t", "60", "stop"]);
  /** Synchronous: it also runs from the process's exit hook. */
  const kill = () => {
    const [file, argv] = command("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]);
    spawnSync(file, argv, { cwd: dir, stdio: "ignore" });
  };

  await start();
  running.add(kill);
  if (!exitHooked) {
    exitHooked = true;
    // A test run that ends abruptly must not leave a server holding a port.
    process.on("exit", () => running.forEach((stopNow) => stopNow()));
  }
  return {
    port,
    url: (database) => `postgresql://postgres@127.0.0.1:${port}/${database}`,
    stop,
    start,
    destroy: () => {
      kill();
      running.delete(kill);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
