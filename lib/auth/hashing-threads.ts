/**
 * Password hashing on worker threads that run at the lowest CPU priority (ADR 010). A hash takes a whole core for
 * tens of milliseconds; on a thread pool at normal priority a sign-in flood competes with the thread that serves
 * pages for every core. At nice 19 the kernel gives the page-serving thread the CPU whenever it wants it, so a
 * flood slows sign-in (hashes wait for idle CPU) and leaves reading alone.
 *
 * Linux only sets priority per thread (setpriority on the calling thread); elsewhere it would nice the whole
 * server, so there the threads run at normal priority. Not server-only: the seed and `npm run user:create` hash
 * through lib/auth/password-hash.ts too.
 */
import { createRequire } from "node:module";
import { availableParallelism } from "node:os";
import path from "node:path";
import { Worker } from "node:worker_threads";

/** One thread per half of the cores (at least one): the cap lib/auth/password.ts queues behind. */
export const HASHING_THREADS = Math.max(1, Math.floor(availableParallelism() / 2));

/** Source of each thread, evaluated as CommonJS; it loads the hashing packages from the paths it is given. */
const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
if (workerData.lowerPriority) require("node:os").setPriority(19);
const argon2 = require(workerData.argon2);
let bcrypt;
parentPort.on("message", ({ id, job }) => {
  try {
    let result;
    if (job.kind === "argon2-hash") result = argon2.hashSync(job.password, job.options);
    else if (job.kind === "argon2-verify") result = argon2.verifySync(job.hash, job.password);
    else {
      bcrypt ??= require(workerData.bcryptjs);
      result = bcrypt.compareSync(job.password, job.hash);
    }
    parentPort.postMessage({ id, result });
  } catch (error) {
    parentPort.postMessage({ id, error: String((error && error.message) || error) });
  }
});
`;

export type HashJob =
  | { kind: "argon2-hash"; password: string; options: Record<string, number> }
  | { kind: "argon2-verify"; hash: string; password: string }
  | { kind: "bcrypt-verify"; hash: string; password: string };

type Pending = { resolve: (result: unknown) => void; reject: (error: Error) => void };
type HashingThread = { worker: Worker; pending: Map<number, Pending> };

const threads: HashingThread[] = [];
let nextId = 0;

function startThread(): HashingThread {
  // Resolved at run time from the app's folder: the bundler must not (and cannot) see these requires.
  const resolve = createRequire(path.join(process.cwd(), "package.json")).resolve;
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: {
      argon2: resolve("@node-rs/argon2"),
      bcryptjs: resolve("bcryptjs"),
      lowerPriority: process.platform === "linux",
    },
  });
  const thread: HashingThread = { worker, pending: new Map() };
  worker.on("message", ({ id, result, error }: { id: number; result?: unknown; error?: string }) => {
    const waiting = thread.pending.get(id);
    thread.pending.delete(id);
    if (error === undefined) waiting?.resolve(result);
    else waiting?.reject(new Error(error));
    if (thread.pending.size === 0) worker.unref();
  });
  const failAll = (error: Error) => {
    threads.splice(threads.indexOf(thread), 1);
    for (const waiting of thread.pending.values()) waiting.reject(error);
    thread.pending.clear();
  };
  worker.on("error", failAll);
  worker.on("exit", (code) => failAll(new Error(`password hashing thread exited with code ${code}`)));
  // An idle thread never keeps a script or a test run alive.
  worker.unref();
  return thread;
}

/** The least busy thread, starting threads up to HASHING_THREADS as needed. */
function pickThread(): HashingThread {
  const idle = threads.find((thread) => thread.pending.size === 0);
  if (idle) return idle;
  if (threads.length < HASHING_THREADS) {
    const started = startThread();
    threads.push(started);
    return started;
  }
  return threads.reduce((least, thread) => (thread.pending.size < least.pending.size ? thread : least));
}

export function runHashJob(job: HashJob & { kind: "argon2-hash" }): Promise<string>;
export function runHashJob(job: HashJob): Promise<boolean>;
export function runHashJob(job: HashJob): Promise<string | boolean> {
  const thread = pickThread();
  const id = nextId++;
  const promise = new Promise<string | boolean>((resolve, reject) =>
    thread.pending.set(id, { resolve: resolve as (result: unknown) => void, reject }),
  );
  // While a job is running, the thread must keep the process alive so the answer arrives.
  thread.worker.ref();
  thread.worker.postMessage({ id, job });
  return promise;
}
