import { existsSync, readFileSync } from "node:fs";
import http from "node:http";
import path from "node:path";

import { createFuzzer, type Category, type FuzzContext, type FuzzRequest } from "./cases";
import { appRoutes } from "./routes";

export const DEFAULT_SEED = 20261127;

/** excerpt: the answer's first 2 KB, as text. */
export type FuzzResult = {
  request: FuzzRequest;
  status: number | "no answer";
  excerpt?: string;
  error?: string;
};

export type Tally = {
  total: number;
  /** category → status → count */
  byCategory: Record<Category, Record<string, number>>;
  /** 5xx answers and requests that got no answer at all. */
  failures: FuzzResult[];
};

/**
 * Sends one request exactly as built: raw path, own Host header, no keep-alive (a junk request must not
 * break the next one). Resolves with the status, or "no answer" when the connection fails or times out.
 */
export function send(baseUrl: URL, request: FuzzRequest, timeoutMs = 30_000): Promise<FuzzResult> {
  return new Promise((resolve) => {
    const headers: Record<string, string> = { connection: "close", ...request.headers };
    if (!("host" in headers)) headers.host = baseUrl.host;
    if (request.body) headers["content-length"] = String(request.body.length);
    let settled = false;
    const done = (result: FuzzResult) => {
      if (!settled) {
        settled = true;
        resolve(result);
      }
    };
    let outgoing: http.ClientRequest;
    try {
      outgoing = http.request({
        host: baseUrl.hostname,
        port: baseUrl.port,
        method: request.method,
        path: request.path,
        headers,
        setHost: false,
        agent: false,
      });
    } catch (error) {
      // Node refused to send it (an invalid path or header): nothing reached the server.
      done({ request, status: 0, error: String(error) });
      return;
    }
    outgoing.setTimeout(timeoutMs, () => outgoing.destroy(new Error("timeout")));
    outgoing.on("response", (response) => {
      const chunks: Buffer[] = [];
      let kept = 0;
      response.on("data", (chunk: Buffer) => {
        if (kept < 2048) chunks.push(chunk);
        kept += chunk.length;
      });
      const finish = () =>
        done({
          request,
          status: response.statusCode ?? 0,
          excerpt: Buffer.concat(chunks).subarray(0, 2048).toString(),
        });
      response.on("end", finish);
      response.on("error", finish);
    });
    outgoing.on("error", (error) => done({ request, status: "no answer", error: error.message }));
    outgoing.end(request.body);
  });
}

/** Real values for dynamic segments, from the links on a few of the site's pages. */
export async function discoverSamples(baseUrl: URL): Promise<Record<string, string[]>> {
  const samples: Record<string, Set<string>> = {};
  for (const page of ["/", "/latest"]) {
    const html = await fetch(new URL(page, baseUrl))
      .then((response) => response.text())
      .catch(() => "");
    for (const [, kind, value] of html.matchAll(
      /href="\/(articles|sections|sources|authors|tags)\/([^"/?#]+)/g,
    ))
      (samples[kind!] ??= new Set()).add(value!);
  }
  return Object.fromEntries(
    Object.entries(samples).map(([kind, values]) => [kind, [...values].slice(0, 20)]),
  );
}

/** Server action ids from a build's manifest: real actions, and "use cache" functions (also server references). */
export function actionIdsFromBuild(distDir: string): { actionIds: string[]; cacheFunctionIds: string[] } {
  const file = path.join(distDir, "server", "server-reference-manifest.json");
  if (!existsSync(file)) return { actionIds: [], cacheFunctionIds: [] };
  const manifest = JSON.parse(readFileSync(file, "utf8")) as {
    node?: Record<string, { exportedName?: string }>;
  };
  const entries = Object.entries(manifest.node ?? {});
  const isCache = ([, entry]: (typeof entries)[number]) =>
    entry.exportedName?.startsWith("$$RSC_SERVER_CACHE");
  return {
    actionIds: entries
      .filter((entry) => !isCache(entry))
      .map(([id]) => id)
      .sort(),
    cacheFunctionIds: entries
      .filter(isCache)
      .map(([id]) => id)
      .sort(),
  };
}

/** One action's id by its exported name (e.g. "postCommentAction"), from a build's manifest. */
export function actionIdByName(distDir: string, name: string): string {
  const file = path.join(distDir, "server", "server-reference-manifest.json");
  const manifest = JSON.parse(readFileSync(file, "utf8")) as {
    node?: Record<string, { exportedName?: string }>;
  };
  const found = Object.entries(manifest.node ?? {}).find(([, entry]) => entry.exportedName === name);
  if (!found) throw new Error(`No server action named ${name} in ${file}`);
  return found[0];
}

export async function fuzzContext(baseUrl: URL, distDir?: string): Promise<FuzzContext> {
  return {
    routes: appRoutes(),
    samples: await discoverSamples(baseUrl),
    ...(distDir ? actionIdsFromBuild(distDir) : { actionIds: [], cacheFunctionIds: [] }),
    host: baseUrl.host,
  };
}

/** Sends `count` requests for `seed`, `concurrency` at a time, and counts the answers. */
export async function runFuzz({
  baseUrl,
  context,
  count,
  seed = DEFAULT_SEED,
  concurrency = 4,
  onProgress,
}: {
  baseUrl: URL;
  context: FuzzContext;
  count: number;
  seed?: number;
  concurrency?: number;
  onProgress?: (done: number) => void;
}): Promise<Tally> {
  const next = createFuzzer(seed, context);
  // Generated up front and in order, so a seed always means the same requests whatever the concurrency.
  const requests = Array.from({ length: count }, next);
  const tally: Tally = {
    total: 0,
    byCategory: { path: {}, query: {}, headers: {}, action: {} },
    failures: [],
  };
  let index = 0;
  const worker = async () => {
    while (index < requests.length) {
      const result = await send(baseUrl, requests[index++]!);
      const key = String(result.status === 0 ? "not sent" : result.status);
      const bucket = tally.byCategory[result.request.category];
      bucket[key] = (bucket[key] ?? 0) + 1;
      tally.total++;
      if (result.status === "no answer" || (typeof result.status === "number" && result.status >= 500))
        tally.failures.push(result);
      onProgress?.(tally.total);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return tally;
}

/** The tally as a small table, and the first failures with what was sent. */
export function formatTally(tally: Tally): string {
  const lines = [`${tally.total} requests`];
  for (const [category, statuses] of Object.entries(tally.byCategory)) {
    const counts = Object.entries(statuses)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([status, n]) => `${status}×${n}`)
      .join("  ");
    lines.push(`  ${category.padEnd(8)} ${counts}`);
  }
  lines.push(`5xx or no answer: ${tally.failures.length}`);
  for (const failure of tally.failures.slice(0, 20)) {
    const { method, path: target, headers, body } = failure.request;
    lines.push(
      `  ${failure.status} ${method} ${target.slice(0, 160)} [${failure.request.label}] ${JSON.stringify(headers).slice(0, 300)}${body ? ` body: ${JSON.stringify(body.subarray(0, 300).toString("latin1"))}` : ""}${failure.error ? ` (${failure.error})` : ""}`,
    );
  }
  return lines.join("\n");
}
