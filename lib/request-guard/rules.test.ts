import { describe, expect, it } from "vitest";

import nextConfig from "../../next.config";
import {
  ACTION_BODY_LIMIT_BYTES,
  argumentsProblem,
  fetchActionProblem,
  formActionProblem,
  hasMalformedPath,
  isBodyTooLarge,
  isCacheFunctionId,
  isForeignOrigin,
  isNextAuthCallbackUrl,
  serverActionPost,
} from "./rules";

const headers = (entries: Record<string, string>) => new Headers(entries);
const ACTION = "60" + "a".repeat(40);
const CACHE_FUNCTION = "80" + "a".repeat(40);

describe("request guard rules", () => {
  it("finds path segments that aren't valid percent-encoded UTF-8", () => {
    for (const path of [
      "/preview/%%",
      "/uploads/2026/%zz",
      "/comments/%zz/edit",
      "/a/%E2%82",
      "/a/%C0%AF",
      "/%",
    ])
      expect(hasMalformedPath(path), path).toBe(true);
    for (const path of ["/", "/articles/caf%C3%A9", "/a/%00", "/a/%2F", "/tags/x/p/2", "/a%20b"])
      expect(hasMalformedPath(path), path).toBe(false);
  });

  it("tells server action posts from other requests", () => {
    expect(serverActionPost("GET", headers({ "next-action": ACTION }))).toBeNull();
    expect(serverActionPost("POST", headers({ "content-type": "application/json" }))).toBeNull();
    expect(
      serverActionPost("POST", headers({ "next-action": ACTION, "content-type": "text/plain" })),
    ).toEqual({
      kind: "fetch",
      actionId: ACTION,
      multipart: false,
    });
    expect(serverActionPost("POST", headers({ "content-type": "multipart/form-data; boundary=x" }))).toEqual({
      kind: "form",
    });
  });

  it("refuses an Origin naming another host, an unparsable one and “null”; allows none", () => {
    const host = { host: "news.example", "x-forwarded-host": "news.example" };
    expect(isForeignOrigin(headers({ ...host, origin: "https://news.example" }))).toBe(false);
    expect(isForeignOrigin(headers({ ...host }))).toBe(false);
    for (const origin of [
      "https://attacker.example",
      "null",
      "::::",
      "https://news.example.attacker.example",
    ])
      expect(isForeignOrigin(headers({ ...host, origin })), origin).toBe(true);
    // Behind a proxy, X-Forwarded-Host is the host the browser used.
    expect(
      isForeignOrigin(
        headers({
          host: "127.0.0.1:3000",
          "x-forwarded-host": "news.example",
          origin: "https://news.example",
        }),
      ),
    ).toBe(false);
  });

  it("uses the same body limit as next.config.ts", () => {
    expect(nextConfig.experimental?.serverActions?.bodySizeLimit).toBe("6mb");
    expect(ACTION_BODY_LIMIT_BYTES).toBe(6 * 1024 * 1024);
    expect(isBodyTooLarge(headers({ "content-length": String(ACTION_BODY_LIMIT_BYTES) }))).toBe(false);
    expect(isBodyTooLarge(headers({ "content-length": String(ACTION_BODY_LIMIT_BYTES + 1) }))).toBe(true);
    expect(isBodyTooLarge(headers({}))).toBe(false);
  });

  it("knows a “use cache” function's id from an action's", () => {
    expect(isCacheFunctionId(CACHE_FUNCTION)).toBe(true);
    expect(isCacheFunctionId(ACTION)).toBe(false);
    expect(isCacheFunctionId("junk")).toBe(false);
  });

  it("accepts the argument lists our forms send, and refuses what React could not decode", () => {
    for (const ok of [
      '[{"status":"idle"},"$K1"]',
      '["$K1"]',
      "[]",
      "[1,2,3]",
      '["$undefined","$$x","$D2026-01-01","$n12"]',
    ])
      expect(argumentsProblem(ok), ok).toBeNull();
    for (const bad of [
      '"x"',
      "{}",
      "{{{",
      "",
      '["$@1"]',
      '["$Q1"]',
      '["$B1"]',
      '["$h1"]',
      '["$T"]',
      '["$n12x"]',
      '[{"a":["$1:b"]}]',
    ])
      expect(argumentsProblem(bad), bad).not.toBeNull();
    expect(argumentsProblem(`[${Array(1001).fill(0).join(",")}]`)).not.toBeNull();
  });

  it("checks a multipart fetch action's argument list", () => {
    const data = new FormData();
    expect(fetchActionProblem(data)).not.toBeNull();
    data.set("0", '[{"status":"idle"},"$K1"]');
    data.set("1_body", "Hello");
    expect(fetchActionProblem(data)).toBeNull();
  });

  it("checks a form posted without JavaScript", () => {
    const simple = new FormData();
    simple.set(`$ACTION_ID_${ACTION}`, "");
    expect(formActionProblem(simple)).toBeNull();
    simple.set(`$ACTION_ID_${CACHE_FUNCTION}`, "");
    expect(formActionProblem(simple)).not.toBeNull();

    const bound = () => {
      const data = new FormData();
      data.set("$ACTION_REF_1", "");
      data.set("$ACTION_1:0", JSON.stringify({ id: ACTION, bound: "$@1" }));
      data.set("$ACTION_1:1", '[{"status":"idle"}]');
      data.set("$ACTION_KEY", "k1");
      return data;
    };
    expect(formActionProblem(bound())).toBeNull();
    const missingArguments = bound();
    missingArguments.delete("$ACTION_1:1");
    expect(formActionProblem(missingArguments)).not.toBeNull();
    const brokenMetadata = bound();
    brokenMetadata.set("$ACTION_1:0", "{{{");
    expect(formActionProblem(brokenMetadata)).not.toBeNull();
    const danglingReference = bound();
    danglingReference.set("$ACTION_1:0", JSON.stringify({ id: ACTION, bound: "$@9" }));
    expect(formActionProblem(danglingReference)).not.toBeNull();
    // A plain multipart post (not an action) has nothing to check.
    const plain = new FormData();
    plain.set("file", "x");
    expect(formActionProblem(plain)).toBeNull();
  });

  it("accepts the callback URLs next-auth accepts, so its check never answers 500", () => {
    for (const ok of ["/", "/articles/x?y=1", "https://news.example/x", "http://localhost:3000"])
      expect(isNextAuthCallbackUrl(ok), ok).toBe(true);
    for (const bad of ["x", "DRAFT", "javascript:alert(1)", "ftp://x", "%zz", "news.example/x"])
      expect(isNextAuthCallbackUrl(bad), bad).toBe(false);
  });
});
