/**
 * Verifies bcrypt hashes written before argon2id (ADR 010) with bcryptjs, in a worker thread: bcryptjs is plain
 * JavaScript, and on the thread that serves pages a cost-12 check would hold it for about a quarter of a second.
 * Not server-only: lib/auth/password-hash.ts, its only user, is shared with the scripts.
 */
import { createRequire } from "node:module";
import path from "node:path";
import { Worker } from "node:worker_threads";

/** Source of the worker, evaluated as CommonJS; it loads bcryptjs from the path it is given. */
const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const bcrypt = require(workerData.bcryptjs);
parentPort.on("message", ({ id, password, hash }) => {
  let matches = false;
  try {
    matches = bcrypt.compareSync(password, hash);
  } catch {
    // A malformed hash matches nothing.
  }
  parentPort.postMessage({ id, matches });
});
`;

type Pending = { resolve: (matches: boolean) => void; reject: (error: Error) => void };

let worker: Worker | undefined;
const pending = new Map<number, Pending>();
let nextId = 0;

function startWorker(): Worker {
  // Resolved at run time from the app's folder: the bundler must not (and cannot) see this require.
  const bcryptjs = createRequire(path.join(process.cwd(), "package.json")).resolve("bcryptjs");
  const started = new Worker(WORKER_SOURCE, { eval: true, workerData: { bcryptjs } });
  started.on("message", ({ id, matches }: { id: number; matches: boolean }) => {
    pending.get(id)?.resolve(matches);
    pending.delete(id);
  });
  const failAll = (error: Error) => {
    worker = undefined;
    for (const waiting of pending.values()) waiting.reject(error);
    pending.clear();
  };
  started.on("error", failAll);
  started.on("exit", (code) => failAll(new Error(`bcrypt worker exited with code ${code}`)));
  // An idle worker never keeps a script or a test run alive.
  started.unref();
  return started;
}

export function verifyBcrypt(password: string, hash: string): Promise<boolean> {
  worker ??= startWorker();
  const id = nextId++;
  const promise = new Promise<boolean>((resolve, reject) => pending.set(id, { resolve, reject }));
  worker.postMessage({ id, password, hash });
  // While a check is running, the worker must keep the process alive so the answer arrives.
  worker.ref();
  return promise.finally(() => {
    if (pending.size === 0) worker?.unref();
  });
}
