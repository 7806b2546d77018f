import { describe, expect, it } from "vitest";

import { InvalidEnvironmentError, parseEnv } from "./env-schema";

const base = { NEXTAUTH_SECRET: "a-test-secret-of-sufficient-length" };

function problems(source: Record<string, string>): string[] {
  try {
    parseEnv({ ...base, ...source });
    return [];
  } catch (error) {
    if (error instanceof InvalidEnvironmentError) return error.problems;
    throw error;
  }
}

describe("TRUSTED_PROXIES", () => {
  it("defaults to trusting no proxy", () => {
    expect(parseEnv(base).TRUSTED_PROXIES).toEqual({ kind: "none" });
  });

  it("takes a hop count or a list of networks", () => {
    expect(parseEnv({ ...base, TRUSTED_PROXIES: "1" }).TRUSTED_PROXIES).toEqual({ kind: "hops", hops: 1 });
    expect(parseEnv({ ...base, TRUSTED_PROXIES: "10.0.0.0/8, ::1" }).TRUSTED_PROXIES.kind).toBe("networks");
  });

  it("names the variable and the bad entry", () => {
    expect(problems({ TRUSTED_PROXIES: "10.0.0.0/8, proxy.internal" })).toEqual([
      'TRUSTED_PROXIES "proxy.internal" is not an IP address or CIDR network (such as 10.0.0.0/8)',
    ]);
    expect(problems({ TRUSTED_PROXIES: "99" })).toEqual(["TRUSTED_PROXIES must be a hop count from 0 to 10"]);
  });
});

describe("SITE_HTTPS", () => {
  it("accepts 1/0/true/false and refuses anything else", () => {
    expect(parseEnv({ ...base, SITE_HTTPS: "1" }).SITE_HTTPS).toBe(true);
    expect(parseEnv({ ...base, SITE_HTTPS: "false" }).SITE_HTTPS).toBe(false);
    expect(parseEnv(base).SITE_HTTPS).toBeUndefined();
    expect(problems({ SITE_HTTPS: "yes" })).toEqual(["SITE_HTTPS must be 1 or 0 (or true/false)"]);
  });
});
