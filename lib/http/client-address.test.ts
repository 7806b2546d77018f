import { describe, expect, it } from "vitest";

import { clientAddress, parseAddress, parseTrustedProxies, throttleKey } from "./client-address";

const none = parseTrustedProxies(undefined);

describe("clientAddress without trusted proxies (the default)", () => {
  it("is the peer, whatever X-Forwarded-For says", () => {
    expect(clientAddress({ peer: "203.0.113.9", forwardedFor: "198.51.100.1", trust: none })).toBe(
      "203.0.113.9",
    );
    expect(clientAddress({ peer: "203.0.113.9", forwardedFor: undefined, trust: none })).toBe("203.0.113.9");
  });

  it("a client changing X-Forwarded-For on every request stays in one bucket", () => {
    const addresses = new Set(
      Array.from({ length: 20 }, (_, i) =>
        clientAddress({ peer: "::ffff:203.0.113.9", forwardedFor: `10.0.0.${i}`, trust: none }),
      ),
    );
    expect([...addresses]).toEqual(["203.0.113.9"]);
  });

  it("normalises IPv4-mapped IPv6 (a dual-stack socket) and IPv6 spelling", () => {
    expect(clientAddress({ peer: "::ffff:127.0.0.1", forwardedFor: null, trust: none })).toBe("127.0.0.1");
    expect(clientAddress({ peer: "::FFFF:7f00:1", forwardedFor: null, trust: none })).toBe("127.0.0.1");
    expect(clientAddress({ peer: "2001:DB8:0:0:0:0:0:1", forwardedFor: null, trust: none })).toBe(
      "2001:db8::1",
    );
    expect(clientAddress({ peer: "2001:db8:0:1:0:0:0:1", forwardedFor: null, trust: none })).toBe(
      "2001:db8:0:1::1",
    );
  });

  it("is 'unknown' without a usable peer address", () => {
    expect(clientAddress({ peer: null, forwardedFor: "1.2.3.4", trust: none })).toBe("unknown");
    expect(clientAddress({ peer: "", forwardedFor: null, trust: none })).toBe("unknown");
    expect(clientAddress({ peer: "not-an-ip", forwardedFor: null, trust: none })).toBe("unknown");
  });
});

describe("clientAddress with a hop count", () => {
  const one = parseTrustedProxies("1");
  const two = parseTrustedProxies("2");

  it("one proxy: the last X-Forwarded-For entry, the one the proxy appended", () => {
    expect(clientAddress({ peer: "10.0.0.2", forwardedFor: "203.0.113.9", trust: one })).toBe("203.0.113.9");
    // A client's own X-Forwarded-For is to the left of what the proxy appended: ignored.
    expect(clientAddress({ peer: "10.0.0.2", forwardedFor: "1.1.1.1, 203.0.113.9", trust: one })).toBe(
      "203.0.113.9",
    );
  });

  it("two proxies: the second entry from the right", () => {
    expect(
      clientAddress({ peer: "10.0.0.2", forwardedFor: "6.6.6.6, 203.0.113.9, 10.0.0.1", trust: two }),
    ).toBe("203.0.113.9");
  });

  it("fewer entries than proxies: the furthest one reported", () => {
    expect(clientAddress({ peer: "10.0.0.2", forwardedFor: "203.0.113.9", trust: two })).toBe("203.0.113.9");
    expect(clientAddress({ peer: "10.0.0.2", forwardedFor: "", trust: one })).toBe("10.0.0.2");
  });

  it("strips ports and brackets proxies add", () => {
    expect(clientAddress({ peer: "10.0.0.2", forwardedFor: "203.0.113.9:51234", trust: one })).toBe(
      "203.0.113.9",
    );
    expect(clientAddress({ peer: "10.0.0.2", forwardedFor: "[2001:db8::7]:443", trust: one })).toBe(
      "2001:db8::7",
    );
  });

  it("garbage where the proxy's entry should be: the proxy itself", () => {
    expect(clientAddress({ peer: "10.0.0.2", forwardedFor: "203.0.113.9, unknown", trust: one })).toBe(
      "10.0.0.2",
    );
  });
});

describe("clientAddress with trusted networks", () => {
  const proxies = parseTrustedProxies("10.0.0.0/8, 192.168.1.10, fd00::/8, ::ffff:172.16.0.0/108");

  it("walks X-Forwarded-For from the right past every trusted proxy", () => {
    expect(
      clientAddress({
        peer: "10.0.0.2",
        forwardedFor: "6.6.6.6, 203.0.113.9, 192.168.1.10, 10.9.9.9",
        trust: proxies,
      }),
    ).toBe("203.0.113.9");
  });

  it("a peer outside the networks is the client, whatever X-Forwarded-For says", () => {
    expect(clientAddress({ peer: "203.0.113.9", forwardedFor: "10.0.0.5", trust: proxies })).toBe(
      "203.0.113.9",
    );
  });

  it("matches IPv6 networks and IPv4-mapped peers against IPv4 networks", () => {
    expect(clientAddress({ peer: "fd12::1", forwardedFor: "2001:db8::5", trust: proxies })).toBe(
      "2001:db8::5",
    );
    expect(clientAddress({ peer: "::ffff:10.1.2.3", forwardedFor: "203.0.113.9", trust: proxies })).toBe(
      "203.0.113.9",
    );
    // ::ffff:172.16.0.0/108 is 172.16.0.0/12.
    expect(clientAddress({ peer: "172.20.1.1", forwardedFor: "203.0.113.9", trust: proxies })).toBe(
      "203.0.113.9",
    );
    expect(clientAddress({ peer: "172.32.1.1", forwardedFor: "203.0.113.9", trust: proxies })).toBe(
      "172.32.1.1",
    );
  });

  it("every hop trusted: the leftmost address reported", () => {
    expect(clientAddress({ peer: "10.0.0.2", forwardedFor: "10.0.0.3", trust: proxies })).toBe("10.0.0.3");
  });

  it("prefix lengths that are not whole bytes", () => {
    const trust = parseTrustedProxies("198.51.100.64/26");
    expect(clientAddress({ peer: "198.51.100.127", forwardedFor: "203.0.113.9", trust })).toBe("203.0.113.9");
    expect(clientAddress({ peer: "198.51.100.128", forwardedFor: "203.0.113.9", trust })).toBe(
      "198.51.100.128",
    );
    expect(clientAddress({ peer: "198.51.100.63", forwardedFor: "203.0.113.9", trust })).toBe(
      "198.51.100.63",
    );
  });
});

describe("parseTrustedProxies", () => {
  it("reads nothing, hop counts and network lists", () => {
    expect(parseTrustedProxies("")).toEqual({ kind: "none" });
    expect(parseTrustedProxies(" 0 ")).toEqual({ kind: "none" });
    expect(parseTrustedProxies("2")).toEqual({ kind: "hops", hops: 2 });
    expect(parseTrustedProxies("127.0.0.1/32, ::1").kind).toBe("networks");
  });

  it.each([
    "11",
    "10.0.0.0/33",
    "fd00::/129",
    "10.0.0.0/8/1",
    "example.com",
    "10.0.0.256",
    "10.0.0.0/-1",
    "10.0.0.0/",
    ",",
  ])("refuses %s with a reason", (value) => {
    expect(() => parseTrustedProxies(value)).toThrow(/hop count|not an IP address/);
  });
});

describe("parseAddress", () => {
  it.each([
    "1.2.3",
    "1.2.3.4.5",
    "01.2.3.4",
    "1.2.3.-4",
    "1:2:3:4:5:6:7:8:9",
    "1::2::3",
    "gggg::1",
    ":::",
    "12345::",
  ])("refuses %s", (value) => {
    expect(parseAddress(value)).toBeNull();
  });

  it("accepts embedded IPv4 and zone ids", () => {
    expect(parseAddress("::1.2.3.4")).toEqual([...new Array(12).fill(0), 1, 2, 3, 4]);
    expect(parseAddress("fe80::1%eth0")).toHaveLength(16);
  });
});

describe("throttleKey", () => {
  it("keys IPv4 by address and IPv6 by /64 network", () => {
    expect(throttleKey("203.0.113.9")).toBe("203.0.113.9");
    expect(throttleKey("2001:db8:1:2:aaaa:bbbb:cccc:dddd")).toBe("2001:db8:1:2::/64");
    expect(throttleKey("2001:db8:1:2::1")).toBe(throttleKey("2001:db8:1:2:ffff::9"));
    expect(throttleKey("unknown")).toBe("unknown");
  });
});
