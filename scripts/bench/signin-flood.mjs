// The sign-in flood (issue 8): 32 clients posting wrong passwords as fast as they can, alongside readers, and
// what it does to the readers' latency; plus how long registration answers for a taken and for a new address.
//
// The flood is the worst case for hashing: every attempt uses a fresh email and a fresh client address (the bench
// server trusts X-Forwarded-For from loopback, as behind a proxy), so no rate limit stops it and every attempt is
// checked against an argon2id hash (the dummy one, for addresses without an account).
import { randomBytes } from "node:crypto";
import { Worker } from "node:worker_threads";

import { timedGet } from "./http.mjs";
import { threadCpuMs } from "./proc.mjs";

const FLOOD_CLIENTS = 32;

/** The server action id of the form labelled `headingId` on `pagePath` (React renders it into a hidden input). */
export async function formActionId(base, pagePath, headingId) {
  const page = await timedGet(base + pagePath);
  if (page.status !== 200) throw new Error(`GET ${pagePath}: status ${page.status}`);
  const html = page.body.toString("utf8");
  const form = html.indexOf(`aria-labelledby="${headingId}"`);
  if (form < 0) throw new Error(`${pagePath} has no form labelled ${headingId}`);
  const match = /name="\$ACTION_\d+:0" value="([^"]+)"/.exec(html.slice(form));
  if (!match) throw new Error(`no server action in the ${headingId} form of ${pagePath}`);
  return JSON.parse(match[1].replaceAll("&quot;", '"')).id;
}

/**
 * Calls a useActionState server action as React does from the browser: multipart form data whose fields carry
 * the `_1_` prefix, with `0` holding the arguments (previous state, the form). Resolves { ms, status, text }.
 */
export async function postAction(base, pagePath, actionId, fields, headers = {}) {
  const body = new FormData();
  for (const [name, value] of Object.entries(fields)) body.append(`_1_${name}`, value);
  body.append("0", JSON.stringify([{ status: "idle" }, "$K1"]));
  const started = performance.now();
  const response = await fetch(base + pagePath, {
    method: "POST",
    headers: { "next-action": actionId, accept: "text/x-component", origin: base, ...headers },
    body,
  });
  const text = await response.text();
  return { ms: performance.now() - started, status: response.status, text };
}

/** A client address from a private range, a new one per attempt (the bench server believes X-Forwarded-For). */
export const randomAddress = () => `10.${[...randomBytes(3)].join(".")}`;
const quantile = (sorted, q) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] : null;

/**
 * Wrong-password sign-ins from `clients` loops, on a worker thread (signin-flood-clients.mjs), until `signal`
 * aborts; counts what the server answered.
 */
async function flood(base, actionId, clients, signal) {
  const worker = new Worker(new URL("./signin-flood-clients.mjs", import.meta.url), {
    workerData: { base, actionId, clients },
  });
  signal.addEventListener("abort", () => worker.postMessage("stop"), { once: true });
  const done = new Promise((resolve, reject) => {
    worker.once("message", ({ outcomes, latencies }) =>
      resolve({ outcomes, latencies: latencies.sort((a, b) => a - b) }),
    );
    worker.once("error", reject);
  });
  return { done: done.finally(() => worker.terminate()) };
}

/** GET `path` one request at a time every `everyMs` until `signal` aborts; resolves the sorted latencies. */
async function probe(base, path, everyMs, signal) {
  const latencies = [];
  while (!signal.aborted) {
    const started = performance.now();
    const response = await timedGet(base + path).catch(() => null);
    if (response?.status === 200) latencies.push(response.ms);
    const wait = everyMs - (performance.now() - started);
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  }
  return latencies.sort((a, b) => a - b);
}

/**
 * Readers at a steady rate on the cached article (autocannon) and /api/me (rendered per request), first alone,
 * then with FLOOD_CLIENTS wrong-password clients. Target: the article's p99 under the flood at most twice idle.
 */
export async function measureSigninFlood({
  base,
  articlePath,
  duration,
  readerConnections,
  readerRate,
  runAutocannon,
  serverPid,
}) {
  const actionId = await formActionId(base, "/signin", "password-heading");
  const readers = async (label, withFlood) => {
    const controller = new AbortController();
    const cpuBefore = threadCpuMs(serverPid);
    const floodRun = withFlood ? await flood(base, actionId, FLOOD_CLIENTS, controller.signal) : null;
    const meProbe = probe(base, "/api/me", 50, controller.signal);
    const result = await runAutocannon({
      url: base + articlePath,
      connections: readerConnections,
      overallRate: readerRate,
      duration,
    });
    controller.abort();
    const me = await meProbe;
    const floodResult = floodRun ? await floodRun.done : null;
    const cpuAfter = threadCpuMs(serverPid);
    // Share of one core each kind of server thread used during the phase.
    const cores = (kind) => Math.round(((cpuAfter[kind] - cpuBefore[kind]) / (duration * 1000)) * 100) / 100;
    return {
      label,
      serverThreads: { mainCores: cores("main"), otherThreadsCores: cores("otherThreads") },
      article: {
        requests: result.requests.total,
        p50Ms: result.latency.p50,
        p99Ms: result.latency.p99,
        maxMs: result.latency.max,
        non2xx: result.non2xx,
        errors: result.errors,
      },
      me: { requests: me.length, p50Ms: quantile(me, 0.5), p99Ms: quantile(me, 0.99) },
      flood: floodResult && {
        clients: FLOOD_CLIENTS,
        attempts: floodResult.latencies.length,
        perSecond: Math.round((floodResult.latencies.length / duration) * 10) / 10,
        p50Ms: quantile(floodResult.latencies, 0.5),
        p99Ms: quantile(floodResult.latencies, 0.99),
        outcomes: floodResult.outcomes,
      },
    };
  };
  // Warm the article and the sign-in path (the dummy hash is made on first use).
  await runAutocannon({
    url: base + articlePath,
    connections: readerConnections,
    overallRate: readerRate,
    duration: 2,
  });
  await postAction(base, "/signin", actionId, {
    callbackUrl: "/",
    email: "warm@nowhere.example",
    password: "x",
  });
  const idle = await readers("idle", false);
  const flooded = await readers("under flood", true);
  return { readerConnections, readerRate, idle, flooded };
}

/**
 * Registration timing for a taken (confirmed) address and a new one, `count` of each, one at a time, alternating
 * which goes first. Both should answer alike: the work (hashing, saving, mailing) happens after the response.
 * Each registration's deferred work ends with its mail, so the next request waits for that mail (`mailCount`),
 * and no measurement pays for the previous one's work.
 */
export async function measureRegistrationTiming({ base, takenEmails, mailCount, count = 10 }) {
  const actionId = await formActionId(base, "/register", "register-heading");
  const answers = new Set();
  const register = async (email) => {
    const before = mailCount();
    const result = await postAction(
      base,
      "/register",
      actionId,
      {
        callbackUrl: "/",
        name: "Bench Reader",
        email,
        password: `tidal-lantern-${randomBytes(4).toString("hex")}`,
      },
      { "x-forwarded-for": randomAddress() },
    );
    answers.add(result.text.replaceAll(email, "<email>").replace(/^0:.*\n/, ""));
    const deadline = Date.now() + 10_000;
    while (mailCount() === before && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 20));
    return result.ms;
  };
  const taken = [];
  const fresh = [];
  for (let i = 0; i < count; i++) {
    const takenEmail = takenEmails[i % takenEmails.length];
    const newEmail = `bench-new-${randomBytes(6).toString("hex")}@bench.example`;
    if (i % 2 === 0) {
      taken.push(await register(takenEmail));
      fresh.push(await register(newEmail));
    } else {
      fresh.push(await register(newEmail));
      taken.push(await register(takenEmail));
    }
  }
  taken.sort((x, y) => x - y);
  fresh.sort((x, y) => x - y);
  return {
    count,
    takenMedianMs: quantile(taken, 0.5),
    newMedianMs: quantile(fresh, 0.5),
    distinctAnswers: answers.size,
  };
}
