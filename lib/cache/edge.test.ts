import { once } from "node:events";
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";

import { afterEach, describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));

const { varnishPurger } = await import("./edge");

const servers: ReturnType<typeof createServer>[] = [];
afterEach(() => {
  for (const server of servers.splice(0)) server.close();
  vi.restoreAllMocks();
});

/** An edge node that answers each PURGE with the next status in `statuses` (then 200) and records its keys. */
async function edgeNode(statuses: number[]) {
  const purges: string[] = [];
  const arrivals = new EventTarget();
  const server = createServer((request: IncomingMessage, response) => {
    purges.push(`${request.method} ${request.headers["xkey-purge"]}`);
    response.statusCode = statuses.shift() ?? 200;
    response.end();
    arrivals.dispatchEvent(new Event("purge"));
  });
  servers.push(server);
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address() as AddressInfo;
  const nextPurge = () => once(arrivals, "purge");
  return { url: `http://127.0.0.1:${port}/`, purges, nextPurge };
}

describe("the Varnish purger", () => {
  it("sends the keys to every node in one PURGE each", async () => {
    const [first, second] = [await edgeNode([]), await edgeNode([])];
    await varnishPurger([first.url, second.url]).purge(["article:tide", "article-lists"]);
    expect(first.purges).toEqual(["PURGE article:tide article-lists"]);
    expect(second.purges).toEqual(["PURGE article:tide article-lists"]);
  });

  it("answers the write when a node refuses, and keeps purging that node until it accepts", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    vi.spyOn(console, "log").mockImplementation(() => {});
    const flaky = await edgeNode([503, 503]);
    const retried = flaky.nextPurge().then(() => flaky.nextPurge().then(() => flaky.nextPurge()));
    await expect(varnishPurger([flaky.url]).purge(["comments:a1"])).resolves.toBeUndefined();
    expect(flaky.purges).toHaveLength(1);
    await retried;
    expect(flaky.purges).toEqual(["PURGE comments:a1", "PURGE comments:a1", "PURGE comments:a1"]);
  });
});
