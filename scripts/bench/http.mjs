// Small HTTP helpers: a timed GET over a fresh connection, waiting for a server, and the JS a page ships.
import http from "node:http";
import { gzipSync } from "node:zlib";

/**
 * GET `url` on a new connection (no keep-alive, no compression) and time it to the last byte.
 * Resolves { status, ms, body, headers }.
 */
export function timedGet(url, { headers = {} } = {}) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const request = http.get(
      url,
      { agent: false, headers: { connection: "close", ...headers } },
      (response) => {
        const chunks = [];
        response.on("data", (chunk) => chunks.push(chunk));
        response.on("end", () => {
          const ms = Number(process.hrtime.bigint() - started) / 1e6;
          resolve({
            status: response.statusCode,
            ms,
            body: Buffer.concat(chunks),
            headers: response.headers,
          });
        });
        response.on("error", reject);
      },
    );
    request.setTimeout(60_000, () => request.destroy(new Error(`timeout: ${url}`)));
    request.on("error", reject);
  });
}

/** Polls `url` until it answers (any status below 500) or `timeoutMs` passes; `child` ending early fails fast. */
export async function waitForServer(url, { timeoutMs = 60_000, child } = {}) {
  const deadline = Date.now() + timeoutMs;
  let lastError;
  while (Date.now() < deadline) {
    if (child && (child.exitCode !== null || child.signalCode !== null)) {
      throw new Error(`server exited (${child.exitCode ?? child.signalCode}) before answering`);
    }
    try {
      const { status } = await timedGet(url);
      if (status < 500) return;
      lastError = new Error(`status ${status}`);
    } catch (error) {
      lastError = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`server at ${url} did not answer within ${timeoutMs / 1000}s (${lastError?.message})`);
}

const gz = (text) => gzipSync(text, { level: 9 }).length;
const SCRIPT_TAG = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;

/** A `<script>` the browser runs as JavaScript (not JSON-LD or another data type), by its attributes. */
function runsAsJs(attributes) {
  const type = /\btype=["']?([^"'\s>]+)/i.exec(attributes)?.[1];
  return !type || /^(module|text\/javascript|application\/javascript)$/i.test(type);
}

/**
 * The JavaScript a page ships, as a browser without noModule support-polyfills needs it: every
 * `<script src>` (deduplicated, `nomodule` ones excluded) fetched and gzipped one by one (level 9),
 * plus every inline `<script>` body (gzipped one by one; JSON-LD and other non-JS types skipped). Also the inline
 * scripts as sent (`inlineAsSentGzip`): what they add to the gzipped page, where one by one overstates them.
 */
export async function shippedJs(pageUrl) {
  const page = await timedGet(pageUrl);
  if (page.status !== 200) throw new Error(`${pageUrl}: status ${page.status}`);
  const html = page.body.toString("utf8");
  const external = [];
  const inline = [];
  const seen = new Set();
  let excludedNoModule = 0;
  for (const match of html.matchAll(SCRIPT_TAG)) {
    const attributes = match[1];
    if (!runsAsJs(attributes)) continue;
    const src = /\bsrc=["']?([^"'\s>]+)/i.exec(attributes)?.[1];
    if (/\bnomodule\b/i.test(attributes)) {
      excludedNoModule++;
      continue;
    }
    if (src) {
      const url = new URL(src.replaceAll("&amp;", "&"), pageUrl).href;
      if (seen.has(url)) continue;
      seen.add(url);
      const response = await timedGet(url);
      if (response.status !== 200) throw new Error(`${url}: status ${response.status}`);
      external.push({ src, bytes: response.body.length, gzip: gz(response.body) });
    } else if (match[2].trim()) {
      inline.push({ bytes: Buffer.byteLength(match[2]), gzip: gz(match[2]) });
    }
  }
  const sum = (items, key) => items.reduce((total, item) => total + item[key], 0);
  // The same inline scripts as the browser receives them: inside the page's one gzip stream, sharing its
  // dictionary with each other and the markup. The marginal bytes they add to the gzipped page.
  const withoutInline = html.replace(SCRIPT_TAG, (whole, attributes) =>
    runsAsJs(attributes) && !/\bsrc=/i.test(attributes) ? "" : whole,
  );
  const inlineAsSentGzip = gz(page.body) - gz(withoutInline);
  return {
    htmlBytes: page.body.length,
    htmlGzip: gz(page.body),
    scripts: external.length,
    externalGzip: sum(external, "gzip"),
    externalBytes: sum(external, "bytes"),
    inlineScripts: inline.length,
    inlineGzip: sum(inline, "gzip"),
    inlineBytes: sum(inline, "bytes"),
    totalGzip: sum(external, "gzip") + sum(inline, "gzip"),
    inlineAsSentGzip,
    totalAsSentGzip: sum(external, "gzip") + inlineAsSentGzip,
    excludedNoModule,
    files: external,
  };
}
