/**
 * Which address a request came from, for per-client rate limits. Pure functions (no request, no env), shared by
 * lib/env-schema.ts (which validates TRUSTED_PROXIES with `parseTrustedProxies`) and lib/request-ip.ts (which
 * applies them to the current request); so not server-only.
 *
 * The peer address is the TCP connection's, put in PEER_HEADER by the production server (scripts/server.mjs),
 * which overwrites whatever a client sent under that name. X-Forwarded-For is believed only as far as
 * TRUSTED_PROXIES says: the peer and every address after it that is a trusted proxy reported the address before
 * it; the first one that is not a trusted proxy is the client. See docs/deploy.md.
 */

/** Set by scripts/server.mjs on every request to the socket's remote address; never taken from the client. */
export const PEER_HEADER = "x-ledger-peer";

/** What TRUSTED_PROXIES says: nobody (the default), a number of proxies in front, or the proxies' networks. */
export type ProxyTrust =
  { kind: "none" } | { kind: "hops"; hops: number } | { kind: "networks"; networks: Network[] };

type Bytes = number[];
export type Network = { bytes: Bytes; prefix: number };

export const MAX_PROXY_HOPS = 10;

/**
 * Parses TRUSTED_PROXIES: empty for none; a hop count (`1` = one reverse proxy in front); or a comma-separated
 * list of addresses and CIDR networks (`10.0.0.0/8, fd00::/8, 203.0.113.7`). Throws with a readable reason.
 */
export function parseTrustedProxies(value: string | undefined): ProxyTrust {
  const text = value?.trim() ?? "";
  if (text === "" || text === "0") return { kind: "none" };
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    if (hops > MAX_PROXY_HOPS) throw new Error(`must be a hop count from 0 to ${MAX_PROXY_HOPS}`);
    return { kind: "hops", hops };
  }
  const networks = text.split(",").map((entry) => {
    const network = parseNetwork(entry.trim());
    if (!network)
      throw new Error(`"${entry.trim()}" is not an IP address or CIDR network (such as 10.0.0.0/8)`);
    return network;
  });
  return { kind: "networks", networks };
}

/**
 * The client's address: the peer's, unless the peer is a trusted proxy, in which case X-Forwarded-For is walked
 * from the right (the entry the nearest proxy appended) past every trusted proxy. Addresses come back normalised
 * (IPv4-mapped IPv6 as IPv4, IPv6 compressed, lower case); "unknown" when there is no peer address at all.
 */
export function clientAddress({
  peer,
  forwardedFor,
  trust,
}: {
  peer: string | null | undefined;
  forwardedFor: string | null | undefined;
  trust: ProxyTrust;
}): string {
  const peerAddress = peer ? parseAddress(peer) : null;
  if (!peerAddress) return "unknown";
  if (trust.kind === "none") return formatAddress(peerAddress);

  // Nearest first: the peer, then X-Forwarded-For from its last entry to its first.
  const reported = (forwardedFor ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean)
    .reverse();
  let client = peerAddress;
  for (let hop = 0; hop < reported.length; hop++) {
    const isTrustedProxy =
      trust.kind === "hops" ? hop < trust.hops : trust.networks.some((network) => contains(network, client));
    if (!isTrustedProxy) break;
    const next = parseAddress(reported[hop]!);
    // Garbage where an address should be: the proxy that passed it on is as far as we can believe.
    if (!next) break;
    client = next;
  }
  return formatAddress(client);
}

/**
 * The rate-limit bucket for an address: IPv4 addresses as they are, IPv6 addresses by their /64 network, since
 * one subscriber is usually given a whole /64 and could otherwise pick a fresh address per request.
 */
export function throttleKey(address: string): string {
  const bytes = parseAddress(address);
  if (!bytes || bytes.length === 4) return address;
  return `${formatAddress([...bytes.slice(0, 8), 0, 0, 0, 0, 0, 0, 0, 0])}/64`;
}

// ---- addresses as bytes -------------------------------------------------------------------------------------

function parseNetwork(text: string): Network | null {
  const [addressText, prefixText, ...rest] = text.split("/");
  if (rest.length > 0 || !addressText) return null;
  const mapped = isMappedIpv6(addressText);
  const bytes = parseAddress(addressText);
  if (!bytes) return null;
  const max = bytes.length * 8;
  let prefix = max;
  if (prefixText !== undefined) {
    if (!/^\d{1,3}$/.test(prefixText)) return null;
    prefix = Number(prefixText);
    // ::ffff:10.0.0.0/104 is 10.0.0.0/8: mapped networks are stored as IPv4 like mapped addresses.
    if (mapped) prefix -= 96;
    if (prefix < 0 || prefix > max) return null;
  }
  return { bytes, prefix };
}

function contains(network: Network, address: Bytes): boolean {
  if (network.bytes.length !== address.length) return false;
  let bits = network.prefix;
  for (let i = 0; bits > 0; i++, bits -= 8) {
    const mask = bits >= 8 ? 0xff : (0xff << (8 - bits)) & 0xff;
    if ((network.bytes[i]! & mask) !== (address[i]! & mask)) return false;
  }
  return true;
}

function isMappedIpv6(text: string): boolean {
  const bytes = parseIpv6(text.replace(/^\[|\]$/g, ""));
  return bytes !== null && isMapped(bytes);
}

function isMapped(bytes: Bytes): boolean {
  return bytes.slice(0, 10).every((byte) => byte === 0) && bytes[10] === 0xff && bytes[11] === 0xff;
}

/**
 * An address as 4 or 16 bytes (IPv4-mapped IPv6 becomes IPv4), accepting what proxies put in X-Forwarded-For:
 * `1.2.3.4`, `1.2.3.4:5678`, `2001:db8::1`, `[2001:db8::1]:443`, `fe80::1%eth0`. Null for anything else.
 */
export function parseAddress(text: string): Bytes | null {
  let value = text.trim();
  if (value.length === 0 || value.length > 64) return null;
  const bracketed = /^\[([^\]]+)\](?::\d{1,5})?$/.exec(value);
  if (bracketed) value = bracketed[1]!;
  else if (/^[\d.]+:\d{1,5}$/.test(value)) value = value.slice(0, value.lastIndexOf(":"));
  value = value.replace(/%[\w.-]+$/, ""); // an IPv6 zone id says nothing about the client
  const v4 = parseIpv4(value);
  if (v4) return v4;
  const v6 = parseIpv6(value);
  if (!v6) return null;
  return isMapped(v6) ? v6.slice(12) : v6;
}

function parseIpv4(text: string): Bytes | null {
  const parts = text.split(".");
  if (parts.length !== 4) return null;
  const bytes = parts.map((part) => (/^(0|[1-9]\d{0,2})$/.test(part) ? Number(part) : NaN));
  return bytes.every((byte) => byte <= 255) ? bytes : null;
}

function parseIpv6(text: string): Bytes | null {
  if (!/^[\da-f:.]+$/i.test(text)) return null;
  const halves = text.split("::");
  if (halves.length > 2) return null;
  const groups = (half: string): Bytes | null => {
    if (half === "") return [];
    const bytes: Bytes = [];
    const parts = half.split(":");
    for (const [index, part] of parts.entries()) {
      if (index === parts.length - 1 && part.includes(".")) {
        const v4 = parseIpv4(part);
        if (!v4) return null;
        bytes.push(...v4);
      } else if (/^[\da-f]{1,4}$/i.test(part)) {
        const value = parseInt(part, 16);
        bytes.push(value >> 8, value & 0xff);
      } else {
        return null;
      }
    }
    return bytes;
  };
  const head = groups(halves[0]!);
  const tail = halves.length === 2 ? groups(halves[1]!) : [];
  if (!head || !tail) return null;
  if (halves.length === 1) return head.length === 16 ? head : null;
  const missing = 16 - head.length - tail.length;
  if (missing < 2) return null;
  return [...head, ...new Array<number>(missing).fill(0), ...tail];
}

/** IPv4 dotted, IPv6 in RFC 5952 form (lower case, the longest run of zero groups compressed). */
function formatAddress(bytes: Bytes): string {
  if (bytes.length === 4) return bytes.join(".");
  const groups = Array.from({ length: 8 }, (_, i) => (bytes[2 * i]! << 8) | bytes[2 * i + 1]!);
  let bestStart = -1;
  let bestLength = 1;
  for (let i = 0; i < 8;) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLength) {
      bestStart = i;
      bestLength = j - i;
    }
    i = j;
  }
  const hex = groups.map((group) => group.toString(16));
  if (bestStart < 0) return hex.join(":");
  return `${hex.slice(0, bestStart).join(":")}::${hex.slice(bestStart + bestLength).join(":")}`;
}
