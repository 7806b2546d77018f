import { createServer, type RequestListener, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";

import { afterEach, describe, expect, it } from "vitest";

import { isPrivateAddress } from "./addresses";
import { FeedFetchError, fetchFeed, retryAfterMs } from "./fetch-feed";
import { MAX_BACKOFF_MS, nextPollDelayMs } from "./poll";

describe("private addresses", () => {
  it("refuses loopback, private, link-local and reserved addresses, in IPv4 and IPv6", () => {
    for (const address of [
      "127.0.0.1",
      "127.8.9.10",
      "10.1.2.3",
      "172.16.0.1",
      "172.31.255.255",
      "192.168.1.10",
      "169.254.169.254",
      "100.64.0.1",
      "0.0.0.0",
      "224.0.0.1",
      "::1",
      "::",
      "fe80::1",
      "fd12:3456::1",
      "::ffff:127.0.0.1",
      "::ffff:7f00:1",
      "::ffff:a00:1",
      "not an address",
    ])
      expect(isPrivateAddress(address), address).toBe(true);
  });

  it("allows public addresses", () => {
    for (const address of ["93.184.216.34", "172.32.0.1", "8.8.8.8", "2606:4700::1111", "::ffff:8.8.8.8"])
      expect(isPrivateAddress(address), address).toBe(false);
  });
});

describe("the guarded feed fetch", () => {
  let server: Server | undefined;
  afterEach(() => {
    server?.closeAllConnections();
    server?.close();
    server = undefined;
  });
  async function serve(handler: RequestListener): Promise<string> {
    server = createServer(handler);
    await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }
  const rss = '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title></channel></rss>';

  it("refuses a loopback address by IP and by a name that resolves to it, unless allowed", async () => {
    const base = await serve((_req, res) =>
      res.writeHead(200, { "content-type": "application/rss+xml" }).end(rss),
    );
    await expect(fetchFeed(`${base}/feed`, { allowPrivate: false })).rejects.toThrow(/private address/);
    const byName = base.replace("127.0.0.1", "localhost");
    await expect(fetchFeed(`${byName}/feed`, { allowPrivate: false })).rejects.toThrow(
      /resolves to a private address/,
    );
    const allowed = await fetchFeed(`${base}/feed`, { allowPrivate: true });
    expect(allowed.status === "ok" && allowed.body.toString("utf8")).toBe(rss);
  });

  it("refuses other schemes", async () => {
    await expect(fetchFeed("file:///etc/passwd", { allowPrivate: true })).rejects.toThrow(
      /Only http and https/,
    );
    await expect(fetchFeed("ftp://example.com/feed", { allowPrivate: true })).rejects.toThrow(
      /Only http and https/,
    );
  });

  it("sends ETag and Last-Modified back and reads a 304 as not modified", async () => {
    let seen: Record<string, string | undefined> = {};
    const base = await serve((req, res) => {
      seen = { etag: req.headers["if-none-match"], since: req.headers["if-modified-since"] };
      res.writeHead(304).end();
    });
    const result = await fetchFeed(`${base}/feed`, {
      allowPrivate: true,
      etag: '"v1"',
      lastModified: "Tue, 24 Nov 2026 10:00:00 GMT",
    });
    expect(result).toEqual({ status: "not-modified" });
    expect(seen).toEqual({ etag: '"v1"', since: "Tue, 24 Nov 2026 10:00:00 GMT" });
  });

  it("follows a few redirects but not a loop", async () => {
    const base = await serve((req, res) => {
      const step = Number(new URL(req.url!, "http://x").searchParams.get("n") ?? 0);
      if (req.url!.startsWith("/loop")) return res.writeHead(302, { location: `/loop?n=${step + 1}` }).end();
      if (step < 2) return res.writeHead(301, { location: `/feed?n=${step + 1}` }).end();
      res.writeHead(200, { "content-type": "application/rss+xml", etag: '"x"' }).end(rss);
    });
    await expect(fetchFeed(`${base}/feed`, { allowPrivate: true })).resolves.toMatchObject({
      status: "ok",
      etag: '"x"',
      url: `${base}/feed?n=2`,
    });
    await expect(fetchFeed(`${base}/loop`, { allowPrivate: true })).rejects.toThrow(/Too many redirects/);
  });

  it("refuses a web page, an unexpected type and an error status (with its Retry-After)", async () => {
    const base = await serve((req, res) => {
      if (req.url === "/page")
        return res.writeHead(200, { "content-type": "text/html" }).end("<html></html>");
      if (req.url === "/image") return res.writeHead(200, { "content-type": "image/png" }).end("png");
      res.writeHead(503, { "retry-after": "120" }).end();
    });
    await expect(fetchFeed(`${base}/page`, { allowPrivate: true })).rejects.toThrow(/web page \(HTML\)/);
    await expect(fetchFeed(`${base}/image`, { allowPrivate: true })).rejects.toThrow(
      /content type image\/png/,
    );
    const error = await fetchFeed(`${base}/down`, { allowPrivate: true }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FeedFetchError);
    expect((error as FeedFetchError).message).toBe("The server answered 503.");
    expect((error as FeedFetchError).retryAfterMs).toBe(120_000);
  });

  it("stops reading past the size limit, counted after decompression", async () => {
    const bomb = gzipSync(Buffer.alloc(2 * 1024 * 1024, "a"));
    const base = await serve((req, res) => {
      if (req.url === "/declared")
        return res
          .writeHead(200, { "content-type": "application/rss+xml", "content-length": "99999999" })
          .end();
      res.writeHead(200, { "content-type": "application/rss+xml", "content-encoding": "gzip" }).end(bomb);
    });
    const limits = { maxBytes: 1024 * 1024 };
    expect(bomb.length).toBeLessThan(limits.maxBytes);
    await expect(fetchFeed(`${base}/gzip`, { allowPrivate: true, limits })).rejects.toThrow(
      /larger than 1 MB/,
    );
    await expect(fetchFeed(`${base}/declared`, { allowPrivate: true, limits })).rejects.toThrow(
      /larger than 1 MB/,
    );
  });

  it("gives up after the timeout", async () => {
    const base = await serve((_req, res) => {
      res.writeHead(200, { "content-type": "application/rss+xml" });
      res.write("<rss>"); // and nothing more
    });
    await expect(
      fetchFeed(`${base}/slow`, { allowPrivate: true, limits: { timeoutMs: 300 } }),
    ).rejects.toThrow(/Timed out/);
  });
});

describe("when a feed is polled again", () => {
  it("reads Retry-After in seconds or as a date", () => {
    const now = Date.parse("2026-11-24T10:00:00Z");
    expect(retryAfterMs("90", now)).toBe(90_000);
    expect(retryAfterMs("Tue, 24 Nov 2026 10:05:00 GMT", now)).toBe(300_000);
    expect(retryAfterMs("soon", now)).toBeNull();
    expect(retryAfterMs(undefined, now)).toBeNull();
  });

  it("waits its interval after a success, doubles it per failure up to a cap, and never less than Retry-After", () => {
    expect(nextPollDelayMs(900, 0, null)).toBe(900_000);
    expect(nextPollDelayMs(900, 1, null)).toBe(1_800_000);
    expect(nextPollDelayMs(900, 3, null)).toBe(7_200_000);
    expect(nextPollDelayMs(900, 20, null)).toBe(MAX_BACKOFF_MS);
    expect(nextPollDelayMs(86_400, 2, null)).toBe(86_400_000);
    expect(nextPollDelayMs(900, 1, 3 * 3_600_000)).toBe(3 * 3_600_000);
  });
});
