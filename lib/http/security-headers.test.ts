import { IncomingMessage } from "node:http";
import { Socket } from "node:net";

import { describe, expect, it } from "vitest";

import {
  HSTS_VALUE,
  nameRequest,
  setPeerAddress,
  strictTransportSecurity,
} from "../../scripts/server-request.mjs";
import { PEER_HEADER } from "./client-address";
import { contentSecurityPolicy, securityHeaders } from "./security-headers";

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(";").map((directive) => {
      const [name, ...values] = directive.trim().split(/\s+/);
      return [name!, values];
    }),
  );
}

describe("securityHeaders (next.config.ts, every response)", () => {
  const headers = Object.fromEntries(securityHeaders().map(({ key, value }) => [key.toLowerCase(), value]));

  it("sends the full set", () => {
    expect(Object.keys(headers).sort()).toEqual(
      [
        "content-security-policy",
        "cross-origin-opener-policy",
        "permissions-policy",
        "referrer-policy",
        "x-content-type-options",
        "x-frame-options",
      ].sort(),
    );
    expect(headers["x-frame-options"]).toBe("DENY");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["permissions-policy"]).toContain("camera=()");
    expect(headers["permissions-policy"]).toContain("geolocation=()");
  });

  it("locks down plugins, <base>, framing and form targets", () => {
    const csp = directives(headers["content-security-policy"]!);
    expect(csp.get("default-src")).toEqual(["'self'"]);
    expect(csp.get("object-src")).toEqual(["'none'"]);
    expect(csp.get("base-uri")).toEqual(["'none'"]);
    expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
    expect(csp.get("form-action")).toEqual(["'self'"]);
    expect(csp.get("frame-src")).toEqual(["'none'"]);
  });

  it("allows scripts only from this site, plus inline ones (Next's flight data; ADR 011), never eval", () => {
    const csp = directives(contentSecurityPolicy());
    expect(csp.get("script-src")).toEqual(["'self'", "'unsafe-inline'"]);
    expect(csp.get("connect-src")).toEqual(["'self'"]);
    for (const values of csp.values()) {
      expect(values).not.toContain("*");
      expect(values).not.toContain("'unsafe-eval'");
      expect(values).not.toContain("https:");
    }
  });

  it("relaxes only what next dev needs", () => {
    const csp = directives(contentSecurityPolicy({ development: true }));
    expect(csp.get("script-src")).toContain("'unsafe-eval'");
    expect(csp.get("connect-src")).toContain("ws:");
  });
});

describe("Strict-Transport-Security (scripts/server.mjs, at run time)", () => {
  it("is sent when SITE_HTTPS says so, or NEXTAUTH_URL is https", () => {
    expect(strictTransportSecurity({ SITE_HTTPS: "1" })).toBe(HSTS_VALUE);
    expect(strictTransportSecurity({ SITE_HTTPS: "true", NEXTAUTH_URL: "http://localhost:3000" })).toBe(
      HSTS_VALUE,
    );
    expect(strictTransportSecurity({ NEXTAUTH_URL: "https://news.example" })).toBe(HSTS_VALUE);
    expect(HSTS_VALUE).toMatch(/^max-age=\d{8,}/);
  });

  it("is not sent over plain HTTP, or when SITE_HTTPS=0 overrides an https NEXTAUTH_URL", () => {
    expect(strictTransportSecurity({})).toBeNull();
    expect(strictTransportSecurity({ NEXTAUTH_URL: "http://localhost:3000" })).toBeNull();
    expect(strictTransportSecurity({ SITE_HTTPS: "0", NEXTAUTH_URL: "https://news.example" })).toBeNull();
  });
});

describe("setPeerAddress (scripts/server.mjs)", () => {
  function request(remoteAddress: string | undefined, rawHeaders: string[]): IncomingMessage {
    const socket = new Socket();
    Object.defineProperty(socket, "remoteAddress", { value: remoteAddress });
    const req = new IncomingMessage(socket);
    req.rawHeaders = rawHeaders;
    for (let i = 0; i < rawHeaders.length; i += 2)
      req.headers[rawHeaders[i]!.toLowerCase()] = rawHeaders[i + 1];
    return req;
  }

  it("uses the header the app reads", () => {
    expect(PEER_HEADER).toBe("x-ledger-peer");
  });

  it("replaces a client's own value with the socket's address", () => {
    const req = request("203.0.113.9", [
      "Host",
      "news.example",
      "X-Ledger-Peer",
      "10.0.0.1",
      "x-ledger-peer",
      "1.1.1.1",
    ]);
    setPeerAddress(req);
    expect(req.headers[PEER_HEADER]).toBe("203.0.113.9");
    expect(req.rawHeaders).toEqual(["Host", "news.example", PEER_HEADER, "203.0.113.9"]);
  });

  it("names each request for the render ledger, replacing a name a client sent", () => {
    const first = request("203.0.113.9", ["x-ledger-request", "7"]);
    const second = request("203.0.113.9", []);
    const names = [nameRequest(first), nameRequest(second)];
    expect(first.headers["x-ledger-request"]).toBe(names[0]);
    expect(second.headers["x-ledger-request"]).toBe(names[1]);
    expect(names[0]).not.toBe(names[1]);
  });

  it("drops a client's value when the socket has no address", () => {
    const req = request(undefined, ["x-ledger-peer", "10.0.0.1"]);
    setPeerAddress(req);
    expect(req.headers[PEER_HEADER]).toBeUndefined();
    expect(req.rawHeaders).toEqual([]);
  });
});
