import "server-only";

import { headers } from "next/headers";

import { env } from "./env";
import { clientAddress, PEER_HEADER, throttleKey } from "./http/client-address";

let warnedNoPeer = false;

/**
 * The client's address for throttling: the TCP peer (from scripts/server.mjs), or the address a trusted proxy
 * reported when TRUSTED_PROXIES says so (lib/http/client-address.ts, docs/deploy.md). IPv6 clients are keyed by
 * their /64 network.
 */
export async function requestIp(): Promise<string> {
  const list = await headers();
  const peer = list.get(PEER_HEADER);
  if (!peer && !warnedNoPeer && env.NODE_ENV === "production") {
    warnedNoPeer = true;
    console.warn(
      `! No ${PEER_HEADER} header: the app is not running under scripts/server.mjs, so every client shares one rate-limit bucket.`,
    );
  }
  return throttleKey(
    clientAddress({ peer, forwardedFor: list.get("x-forwarded-for"), trust: env.TRUSTED_PROXIES }),
  );
}
