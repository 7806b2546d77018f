/**
 * scripts/server.mjs against a stand-in for Next (a fake `next` package in a temporary app folder), so the
 * server's own behaviour is tested without a build: the peer header, HSTS, PORT/HOSTNAME, the Ready line, and a
 * graceful stop on SIGTERM/SIGINT.
 */
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import http from "node:http";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

const SERVER = path.resolve(import.meta.dirname, "server.mjs");

/** Answers with what it was given; /slow says when it starts and takes 400 ms, like a page render in flight. */
const FAKE_NEXT = `
module.exports = function next(options) {
  return {
    prepare: async () => {},
    getRequestHandler: () => async (req, res) => {
      if (req.url === "/slow") {
        console.log("handling /slow");
        await new Promise((resolve) => setTimeout(resolve, 400));
      }
      res.setHeader("content-type", "application/json");
      res.end(JSON.stringify({ peer: req.headers["x-ledger-peer"] ?? null, rawHeaders: req.rawHeaders, options }));
    },
    close: async () => console.log("app closed"),
  };
};
`;

let appDir: string;

beforeAll(() => {
  appDir = mkdtempSync(path.join(tmpdir(), "ledger-server-"));
  writeFileSync(path.join(appDir, "package.json"), JSON.stringify({ name: "fake-app", private: true }));
  mkdirSync(path.join(appDir, "node_modules", "next"), { recursive: true });
  writeFileSync(
    path.join(appDir, "node_modules", "next", "package.json"),
    JSON.stringify({ name: "next", main: "index.js" }),
  );
  writeFileSync(path.join(appDir, "node_modules", "next", "index.js"), FAKE_NEXT);
});

afterAll(() => rmSync(appDir, { recursive: true, force: true }));

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.on("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

type Running = {
  child: ChildProcessWithoutNullStreams;
  port: number;
  output: () => string;
  /** Resolves once the server has printed `text`. */
  saw: (text: string) => Promise<void>;
  exited: Promise<number | null>;
};

async function startServer(env: Record<string, string> = {}): Promise<Running> {
  const port = await freePort();
  const child = spawn(process.execPath, [SERVER], {
    cwd: appDir,
    env: {
      PATH: process.env.PATH,
      NODE_ENV: "production",
      PORT: String(port),
      HOSTNAME: "127.0.0.1",
      ...env,
    },
  });
  let output = "";
  child.stderr.on("data", (chunk: Buffer) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    child.stdout.on("data", (chunk: Buffer) => {
      output += chunk;
      if (output.includes("Ready")) resolve();
    });
    child.on("exit", () => reject(new Error(`server exited early:\n${output}`)));
  });
  const saw = (text: string) =>
    new Promise<void>((resolve) => {
      if (output.includes(text)) return resolve();
      const check = () => {
        if (!output.includes(text)) return;
        child.stdout.off("data", check);
        resolve();
      };
      child.stdout.on("data", check);
    });
  return { child, port, output: () => output, saw, exited };
}

function get(port: number, pathname: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Record<string, unknown> }>(
    (resolve, reject) => {
      http
        .get({ host: "127.0.0.1", port, path: pathname, headers }, (res) => {
          let text = "";
          res.on("data", (chunk: Buffer) => (text += chunk));
          res.on("end", () =>
            resolve({
              status: res.statusCode!,
              headers: res.headers,
              body: JSON.parse(text) as Record<string, unknown>,
            }),
          );
        })
        .on("error", reject);
    },
  );
}

describe("scripts/server.mjs", () => {
  it("listens on PORT and HOSTNAME, says “Ready in …” like next start, and names itself localhost to Next", async () => {
    const server = await startServer();
    try {
      expect(server.output()).toMatch(new RegExp(`Ready in \\d+ms on http://127\\.0\\.0\\.1:${server.port}`));
      const { body } = await get(server.port, "/");
      // Whatever HOSTNAME is: a proxy rewrite stays in process only when Next's two names for itself agree.
      expect(body.options).toMatchObject({
        dev: false,
        hostname: "localhost",
        port: server.port,
        dir: appDir,
      });
    } finally {
      server.child.kill("SIGTERM");
      await server.exited;
    }
  });

  it("tells the app the socket's address, whatever the client sends in its place", async () => {
    const server = await startServer();
    try {
      const { body, headers } = await get(server.port, "/", {
        "x-ledger-peer": "6.6.6.6",
        "x-forwarded-for": "7.7.7.7",
      });
      expect(body.peer).toBe("127.0.0.1");
      expect(JSON.stringify(body.rawHeaders)).not.toContain("6.6.6.6");
      // Plain HTTP: no HSTS.
      expect(headers["strict-transport-security"]).toBeUndefined();
    } finally {
      server.child.kill("SIGTERM");
      await server.exited;
    }
  });

  it("answers a __proto__ query parameter, which Next cannot route, with a 400 of its own", async () => {
    const server = await startServer();
    const status = (pathname: string) =>
      new Promise<number>((resolve, reject) =>
        http
          .get({ host: "127.0.0.1", port: server.port, path: pathname }, (res) => {
            res.resume();
            resolve(res.statusCode!);
          })
          .on("error", reject),
      );
    try {
      for (const pathname of ["/articles/a/comments?__proto__=1", "/?a=-1&%5F%5Fproto%5F%5F=1e3"])
        expect(await status(pathname), pathname).toBe(400);
      for (const pathname of ["/?proto=1", "/search?q=__proto__", "/?constructor=1"])
        expect(await status(pathname), pathname).toBe(200);
    } finally {
      server.child.kill("SIGTERM");
      await server.exited;
    }
  });

  it("sends HSTS when the site runs on HTTPS", async () => {
    const server = await startServer({ NEXTAUTH_URL: "https://news.example" });
    try {
      expect((await get(server.port, "/")).headers["strict-transport-security"]).toMatch(/^max-age=\d+/);
    } finally {
      server.child.kill("SIGTERM");
      await server.exited;
    }
  });

  it.each(["SIGTERM", "SIGINT"] as const)(
    "on %s finishes the request in flight, refuses new ones, closes Next and exits 0",
    async (signal) => {
      const server = await startServer();
      const inFlight = get(server.port, "/slow");
      await server.saw("handling /slow");
      server.child.kill(signal);
      await server.saw(`${signal}: finishing requests in flight`);
      // Not served while the slow request is still being answered: refused once the listener is closed, or reset
      // if it reached the listen queue in the moment before. (Asked after the exit instead, the port may already
      // be another test's.)
      await expect(get(server.port, "/")).rejects.toMatchObject({
        code: expect.stringMatching(/^ECONN(REFUSED|RESET)$/),
      });
      const answered = await inFlight;
      expect(answered.status).toBe(200);
      expect(await server.exited).toBe(0);
      expect(server.output()).toContain("app closed");
    },
  );

  it("refuses a PORT that is not a port", async () => {
    const child = spawn(process.execPath, [SERVER], {
      cwd: appDir,
      env: { PATH: process.env.PATH, NODE_ENV: "production", PORT: "not-a-port" },
    });
    let output = "";
    child.stderr.on("data", (chunk: Buffer) => (output += chunk));
    expect(await new Promise((resolve) => child.on("exit", resolve))).toBe(1);
    expect(output).toContain("PORT must be a port number");
  });
});
