import "server-only";

/**
 * Pure checks on a raw request (method, path, headers, body) that Next.js itself would answer with a 500:
 * it throws on a malformed percent-encoded path segment of a dynamic route, on a server action posted
 * from another origin (its CSRF check), on an action body over the size limit, and on an action body it
 * cannot decode. Each check here lets the proxy answer with a 4xx first. See ADR 020.
 */

/** next.config.ts `experimental.serverActions.bodySizeLimit` ("6mb"; Next counts a megabyte as 1024²). */
export const ACTION_BODY_LIMIT_BYTES = 6 * 1024 * 1024;

/** True when a path segment is not valid percent-encoded UTF-8 (`%zz`, `%%`, a lone `%E2`). */
export function hasMalformedPath(pathname: string): boolean {
  for (const segment of pathname.split("/")) {
    try {
      decodeURIComponent(segment);
    } catch {
      return true;
    }
  }
  return false;
}

type HeaderSource = { get(name: string): string | null };

export type ActionPost =
  /** A server action called by the client router (fetch), naming the action in the Next-Action header. */
  | { kind: "fetch"; actionId: string; multipart: boolean }
  /** A form posted without JavaScript; the action, if any, is named inside the multipart body. */
  | { kind: "form" };

/** Whether Next.js would treat this request as a server action (and so run its checks on it). */
export function serverActionPost(method: string, headers: HeaderSource): ActionPost | null {
  if (method !== "POST") return null;
  const contentType = headers.get("content-type")?.toLowerCase() ?? "";
  const multipart = contentType.startsWith("multipart/form-data");
  const actionId = headers.get("next-action");
  if (actionId !== null) return { kind: "fetch", actionId, multipart };
  return multipart ? { kind: "form" } : null;
}

/**
 * The host the browser thinks it is talking to, as Next.js compares it: X-Forwarded-H(ost)'s first entry,
 * else Host.
 */
function requestHost(headers: HeaderSource): string | null {
  const forwarded = headers.get("x-forwarded-host")?.split(",")[0]?.trim();
  return forwarded || headers.get("host") || null;
}

/**
 * Next.js refuses a server action whose Origin names another host (cross-site request forgery), but by
 * throwing, which answers 500; an unparsable Origin throws too. No Origin is allowed, as Next does: only
 * hand-made requests omit it, and they carry no one else's cookies.
 */
export function isForeignOrigin(headers: HeaderSource): boolean {
  const origin = headers.get("origin");
  if (origin === null) return false;
  if (origin === "null") return true;
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return true;
  }
  return originHost !== requestHost(headers);
}

export function isBodyTooLarge(headers: HeaderSource, limit = ACTION_BODY_LIMIT_BYTES): boolean {
  const length = Number(headers.get("content-length") ?? 0);
  return Number.isFinite(length) && length > limit;
}

const ACTION_ID = /^[0-9a-f]{42}$/;
/** Next.js's own limit on an action's argument count. */
const MAX_ACTION_ARGUMENTS = 1000;

/**
 * Functions marked "use cache" get server reference ids too, and Next.js runs them when one is posted as an
 * action, with the caller's arguments. The id's first byte says which kind it is (its top bit: "use cache").
 * They are reads for pages, never actions, so an action post naming one is refused.
 */
export function isCacheFunctionId(id: string): boolean {
  return ACTION_ID.test(id) && (parseInt(id.slice(0, 2), 16) & 0x80) !== 0;
}

/**
 * The "$" strings React decodes without looking anything else up: escaped "$", undefined, NaN, ±Infinity,
 * -0, dates, BigInts, and FormData ("$K…", how every form in this app travels). Anything else names
 * another part of the body (a Map, a Promise, a Blob, a server function, …) or something only a client
 * holds; our forms never send those, and a dangling one makes React throw.
 */
const PLAIN_MARKER = /^\$(?:\$.*|undefined|NaN|Infinity|-Infinity|-0|D.*|n-?\d{1,300}|K[0-9a-f]{1,8})$/s;

/** Why an encoded argument list (React's reply format, one JSON text) would not decode, or null if it would. */
export function argumentsProblem(encoded: string): string | null {
  let root: unknown;
  try {
    root = JSON.parse(encoded);
  } catch {
    return "arguments are not JSON";
  }
  if (!Array.isArray(root)) return "arguments are not a list";
  // Next.js throws (a 500) past this many arguments.
  if (root.length > MAX_ACTION_ARGUMENTS) return "too many arguments";
  const pending: unknown[] = [root];
  let visited = 0;
  while (pending.length > 0) {
    const value = pending.pop();
    if (++visited > 100_000) return "arguments are too deeply nested";
    if (typeof value === "string") {
      if (value.startsWith("$") && !PLAIN_MARKER.test(value)) return "arguments use an unsupported reference";
    } else if (Array.isArray(value)) {
      pending.push(...value);
    } else if (value !== null && typeof value === "object") {
      pending.push(...Object.values(value));
    }
  }
  return null;
}

/** A fetch action's body: the argument list as text, or as field "0" of a multipart form. */
export function fetchActionProblem(body: string | FormData): string | null {
  if (typeof body === "string") return argumentsProblem(body);
  const root = body.get("0");
  return typeof root === "string" ? argumentsProblem(root) : "no argument list";
}

const BOUND_REFERENCE = /^\$@([0-9a-f]{1,8})$/;

/**
 * A form posted without JavaScript names its action in "$ACTION_ID_<id>" (no bound arguments) or in
 * "$ACTION_REF_<n>", with "$ACTION_<n>:0" holding {id, bound} and the bound arguments (useActionState's
 * previous state) in the part "bound" points at. A post with neither is not an action at all.
 */
export function formActionProblem(form: FormData): string | null {
  for (const key of new Set(form.keys())) {
    if (key.startsWith("$ACTION_ID_")) {
      if (isCacheFunctionId(key.slice("$ACTION_ID_".length))) return "not an action";
    } else if (key.startsWith("$ACTION_REF_")) {
      const prefix = `$ACTION_${key.slice("$ACTION_REF_".length)}:`;
      const meta = form.get(`${prefix}0`);
      if (typeof meta !== "string") return "action reference without its metadata";
      let parsed: unknown;
      try {
        parsed = JSON.parse(meta);
      } catch {
        return "action metadata is not JSON";
      }
      if (parsed === null || typeof parsed !== "object") return "action metadata is not an object";
      const { id, bound } = parsed as { id?: unknown; bound?: unknown };
      if (typeof id !== "string" || isCacheFunctionId(id)) return "action metadata names no action";
      if (bound === null || bound === undefined) continue;
      const reference = typeof bound === "string" ? BOUND_REFERENCE.exec(bound) : null;
      if (!reference) return "action metadata has unsupported bound arguments";
      const args = form.get(`${prefix}${parseInt(reference[1]!, 16)}`);
      if (typeof args !== "string") return "bound arguments are missing";
      const problem = argumentsProblem(args);
      if (problem) return problem;
    }
  }
  return null;
}

/**
 * next-auth's own test for a callback URL (its config check), which answers 500 when it fails: a path, or an
 * absolute http(s) URL. Whether the URL is ours is its redirect callback's business, not this check's.
 */
export function isNextAuthCallbackUrl(value: string): boolean {
  if (value.startsWith("/")) return true;
  try {
    return /^https?:$/.test(new URL(value).protocol);
  } catch {
    return false;
  }
}
