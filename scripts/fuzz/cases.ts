/**
 * Deterministic junk requests: the same seed gives the same requests, in the same order, every run.
 * Four kinds: junk in path segments, in query parameters, in headers, and server-action posts with junk bodies.
 */
import { isDynamicSegment } from "./routes";

export type Category = "path" | "query" | "headers" | "action";

export type FuzzRequest = {
  category: Category;
  method: string;
  /** Already percent-encoded where needed: sent as it is. */
  path: string;
  headers: Record<string, string>;
  body?: Buffer;
  /** What was fuzzed, for the report. */
  label: string;
};

/** mulberry32: a tiny seeded PRNG (uniform floats in [0, 1)). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = {
  float: () => number;
  int: (maxExclusive: number) => number;
  pick: <T>(items: readonly T[]) => T;
  chance: (p: number) => boolean;
};

function random(seed: number): Random {
  const float = mulberry32(seed);
  const int = (max: number) => Math.floor(float() * max);
  return { float, int, pick: (items) => items[int(items.length)]!, chance: (p) => float() < p };
}

/** Path segments that are junk: bad percent-encoding, traversal, NUL, control characters, unicode, huge. */
const JUNK_SEGMENTS = [
  "%",
  "%%",
  "%zz",
  "%%zz",
  "%E2%82",
  "%C0%AF",
  "%FF%FE",
  "%ED%A0%80",
  "%00",
  "a%00b",
  "%0A",
  "%0D%0A",
  "%20",
  "%09",
  "..",
  ".",
  "%2e%2e",
  "%2E%2E%2F%2E%2E",
  "%2F",
  "%5C",
  "..%2F..%2Fetc%2Fpasswd",
  encodeURIComponent("ünïcødé"),
  encodeURIComponent("😀👩‍👩‍👧‍👦"),
  encodeURIComponent("مرحبا"),
  encodeURIComponent("\u202Eevil"),
  encodeURIComponent("e\u0301"),
  "-1",
  "0",
  "1.5",
  "1e3",
  "NaN",
  "99999999999999999999999",
  "__proto__",
  "constructor",
  "null",
  "undefined",
  "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
  "'",
  "%22",
  "~",
  "$",
  "*",
  "()",
  "[id]",
  "_next",
];

function junkSegment(r: Random): string {
  if (r.chance(0.08)) return "x".repeat(1 + r.int(6000));
  if (r.chance(0.05)) return "%25".repeat(1 + r.int(200));
  return r.pick(JUNK_SEGMENTS);
}

const JUNK_VALUES = [
  "",
  "0",
  "-1",
  "1.5",
  "abc",
  "1e3",
  "%zz",
  "%",
  "%00",
  "99999999999999999999",
  "NaN",
  "newest",
  "oldest",
  "replies",
  "DRAFT",
  "__proto__",
  "%2F%2Fevil.example",
  "https%3A%2F%2Fevil.example",
  "javascript%3Aalert(1)",
  encodeURIComponent("ünïcødé"),
  "x".repeat(3000),
];

const QUERY_NAMES = [
  "page",
  "sort",
  "callbackUrl",
  "error",
  "q",
  "status",
  "queue",
  "saved",
  "posted",
  "a",
  "b",
  "action",
  "entityType",
  "actor",
  "article",
  "everywhere",
  "deleted",
  "token",
  "__proto__",
  "%zz",
];

function junkQuery(r: Random): string {
  const parts: string[] = [];
  for (let i = 0, n = 1 + r.int(4); i < n; i++) {
    const name = r.pick(QUERY_NAMES);
    if (r.chance(0.15)) parts.push(`${name}[]=${r.pick(JUNK_VALUES)}&${name}[]=${r.pick(JUNK_VALUES)}`);
    else if (r.chance(0.15)) parts.push(`${name}=${r.pick(JUNK_VALUES)}&${name}=${r.pick(JUNK_VALUES)}`);
    else if (r.chance(0.05)) parts.push(name);
    else parts.push(`${name}=${r.pick(JUNK_VALUES)}`);
  }
  if (r.chance(0.05)) parts.push("&&&=&");
  return `?${parts.join("&")}`;
}

export type FuzzContext = {
  /** URL patterns from app/ (see routes.ts). */
  routes: string[];
  /** Real values for a dynamic segment, by the segment before it ("articles" → slugs); from the site's links. */
  samples: Record<string, string[]>;
  /** Real server action ids (from the build's server-reference-manifest), if known. */
  actionIds: string[];
  /** Ids of "use cache" functions, which are server references too. */
  cacheFunctionIds: string[];
  /** host:port the server is reached at, for same-origin action posts. */
  host: string;
};

function fillRoute(r: Random, route: string, context: FuzzContext, junk: number): string {
  const segments = route.split("/").slice(1);
  const filled = segments.map((segment, index) => {
    if (!isDynamicSegment(segment)) return segment;
    const known = context.samples[segments[index - 1] ?? ""] ?? [];
    const value = () => (r.chance(junk) ? junkSegment(r) : known.length ? r.pick(known) : "1");
    if (segment.startsWith("[...")) return Array.from({ length: 1 + r.int(3) }, value).join("/");
    return value();
  });
  if (r.chance(junk / 6)) filled.push(junkSegment(r));
  return `/${filled.join("/")}`.replace(/\/+$/, "") || "/";
}

const METHODS = ["GET", "GET", "GET", "GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS"];

function junkHeaders(r: Random, context: FuzzContext): Record<string, string> {
  const session = r.pick(["%zz", "", "x".repeat(300), "a".repeat(64), "; ;", "\u00ff"]);
  const options: [string, () => string][] = [
    [
      "host",
      () =>
        r.pick([
          "evil.example",
          "localhost:1",
          "a".repeat(300),
          "[::1]",
          "%zz",
          "localhost:99999",
          "",
          context.host,
        ]),
    ],
    [
      "cookie",
      () =>
        r.pick([
          `__Secure-next-auth.session-token=${session}`,
          `next-auth.session-token=${session}`,
          "a=%zz",
          "; ;",
          "=",
          "x=".concat("y".repeat(3000)),
          "__Host-next-auth.csrf-token=%zz|zz",
        ]),
    ],
    [
      "accept",
      () =>
        r.pick(["*/*", "text/x-junk", "application/json", "text/x-component", ";;;", "", "text/html;q=junk"]),
    ],
    [
      "content-type",
      () =>
        r.pick([
          "multipart/form-data",
          "multipart/form-data; boundary=",
          "text/plain",
          "application/json",
          "%zz",
          "application/x-www-form-urlencoded",
          "",
        ]),
    ],
    [
      "next-action",
      () => r.pick(["", "junk", "x".repeat(100), randomActionId(r), ...context.actionIds.slice(0, 3)]),
    ],
    ["rsc", () => r.pick(["1", "0", "junk", ""])],
    [
      "next-router-state-tree",
      () =>
        r.pick([
          "junk",
          "%5B%5D",
          encodeURIComponent('["",{}]'),
          encodeURIComponent("[".repeat(400)),
          "%zz",
          "",
        ]),
    ],
    ["next-router-prefetch", () => r.pick(["1", "2", "junk"])],
    ["next-router-segment-prefetch", () => r.pick(["/_tree", "/junk", "%zz", "/_full", ""])],
    ["next-url", () => r.pick(["/junk", "%zz", "//evil.example", ""])],
    ["next-router-stale-time", () => r.pick(["-1", "junk", "1e99"])],
    ["range", () => r.pick(["bytes=junk", "bytes=0-0", "bytes=-1"])],
    ["if-none-match", () => r.pick(["*", 'W/"junk"', "%zz"])],
    ["accept-encoding", () => r.pick(["junk", "gzip;q=junk", "*"])],
    ["x-forwarded-host", () => r.pick(["evil.example", "", context.host])],
    ["x-forwarded-for", () => r.pick(["junk", "::1", "1.2.3.4, junk", ""])],
  ];
  const headers: Record<string, string> = {};
  for (let i = 0, n = 1 + r.int(3); i < n; i++) {
    const [name, value] = r.pick(options);
    headers[name] = value();
  }
  return headers;
}

function randomActionId(r: Random): string {
  return Array.from({ length: 42 }, () => "0123456789abcdef"[r.int(16)]).join("");
}

/** Argument lists as React encodes them (a JSON text), mostly wrong: wrong shapes, dangling references. */
function junkArguments(r: Random): string {
  const values = [
    "[]",
    "[1,2,3]",
    '["x"]',
    "[null,null]",
    '[{"status":"idle"},"$K1"]',
    '[{"status":"idle"},{}]',
    '[{"status":"idle"},"junk"]',
    '["$K1"]',
    '["$undefined","$NaN","$Infinity","$-0","$D2026-01-01","$n12"]',
    '"x"',
    "{}",
    "1",
    "null",
    "{{{",
    "",
    '["$@1"]',
    '["$Q1"]',
    '["$W1"]',
    '["$B1"]',
    '["$h1"]',
    '["$F1"]',
    '["$T"]',
    '["$n12x"]',
    '["$1:a:b"]',
    '["$i1"]',
    '["$R1"]',
    '["$D junk"]',
    '["$Z"]',
    `[${"[".repeat(300)}${"]".repeat(300)}]`,
    `[${Array.from({ length: 1200 }, () => "0").join(",")}]`,
    `["${"x".repeat(20_000)}"]`,
  ];
  return r.pick(values);
}

function multipart(
  r: Random,
  parts: { name: string; value: string | Buffer; filename?: string }[],
): { body: Buffer; contentType: string } {
  const boundary = `----fuzz${r.int(1e9).toString(16)}`;
  const chunks: Buffer[] = [];
  for (const part of parts) {
    const disposition = part.filename
      ? `form-data; name="${part.name}"; filename="${part.filename}"`
      : `form-data; name="${part.name}"`;
    const type = part.filename ? "Content-Type: application/octet-stream\r\n" : "";
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: ${disposition}\r\n${type}\r\n`));
    chunks.push(Buffer.isBuffer(part.value) ? part.value : Buffer.from(part.value));
    chunks.push(Buffer.from("\r\n"));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  let body = Buffer.concat(chunks);
  // Now and then broken: cut short, or a boundary the header doesn't name.
  if (r.chance(0.08)) body = body.subarray(0, r.int(body.length));
  const contentType = r.chance(0.05)
    ? "multipart/form-data; boundary=something-else"
    : r.chance(0.03)
      ? "multipart/form-data"
      : `multipart/form-data; boundary=${boundary}`;
  return { body, contentType };
}

const FORM_FIELDS = [
  "body",
  "articleId",
  "parentId",
  "commentId",
  "reason",
  "details",
  "email",
  "password",
  "name",
  "confirm",
  "newPassword",
  "currentPassword",
  "title",
  "sectionId",
  "sourceId",
  "authorIds",
  "ids",
  "action",
  "role",
  "userId",
  "word",
  "id",
  "intent",
  "version",
  "leadOrder",
  "publishAt",
  "revisionId",
  "callbackUrl",
];
const FIELD_VALUES = [
  "",
  "x",
  "a\u0000b",
  "x".repeat(6000),
  "-1",
  "1e999",
  "on",
  "true",
  "ünïcødé 😀",
  "<script>alert(1)</script>",
  "2026-02-30T10:00",
  "save",
  "publish",
  "approve",
  "ADMIN",
  "OTHER",
  "a@b.c",
  "   ",
];

function formFields(r: Random, prefix: string) {
  return Array.from({ length: r.int(6) }, () => ({
    name: `${prefix}${r.pick(FORM_FIELDS)}`,
    value: r.pick(FIELD_VALUES),
    ...(r.chance(0.1) ? { filename: r.pick(["x.jpg", "a.svg", "", "..%2F..%2Fx"]) } : {}),
  }));
}

function actionRequest(r: Random, context: FuzzContext, path: string): FuzzRequest {
  const origin = r.chance(0.85)
    ? `http://${context.host}`
    : r.pick(["https://evil.example", "null", "::::", "http://localhost:1", "%zz"]);
  const headers: Record<string, string> = { origin };
  const id = (): string => {
    const roll = r.float();
    if (roll < 0.6 && context.actionIds.length) return r.pick(context.actionIds);
    if (roll < 0.75 && context.cacheFunctionIds.length) return r.pick(context.cacheFunctionIds);
    return r.chance(0.9) ? randomActionId(r) : r.pick(["", "junk", "0".repeat(42)]);
  };
  const shape = r.float();
  let body: Buffer;
  let label: string;
  if (shape < 0.35) {
    // A fetch action with its arguments as text.
    headers["next-action"] = id();
    headers["content-type"] = r.pick(["text/plain;charset=UTF-8", "text/plain", "application/json", ""]);
    body = Buffer.from(junkArguments(r));
    label = "fetch action, text arguments";
  } else if (shape < 0.65) {
    // A fetch action with a multipart body (how forms travel).
    headers["next-action"] = id();
    const parts = r.chance(0.85) ? [{ name: "0", value: junkArguments(r) }] : [];
    const built = multipart(r, [...parts, ...formFields(r, "1_")]);
    headers["content-type"] = built.contentType;
    body = built.body;
    label = "fetch action, multipart arguments";
  } else if (shape < 0.9) {
    // A form posted without JavaScript: the action is named inside the body.
    const name = id();
    const meta = r.pick([
      JSON.stringify({ id: name, bound: "$@1" }),
      JSON.stringify({ id: name, bound: null }),
      JSON.stringify({ id: name, bound: "$@9" }),
      JSON.stringify({ id: name, bound: "junk" }),
      JSON.stringify({ bound: "$@1" }),
      "{{{",
      "[]",
      "null",
    ]);
    const parts = r.chance(0.5)
      ? [{ name: `$ACTION_ID_${name}`, value: "" }]
      : [
          { name: "$ACTION_REF_1", value: "" },
          ...(r.chance(0.9) ? [{ name: "$ACTION_1:0", value: meta }] : []),
          ...(r.chance(0.85) ? [{ name: "$ACTION_1:1", value: junkArguments(r) }] : []),
          { name: "$ACTION_KEY", value: r.pick(["k1", "", "%zz"]) },
        ];
    const built = multipart(r, [...parts, ...formFields(r, "")]);
    headers["content-type"] = built.contentType;
    body = built.body;
    label = "form action without JavaScript";
  } else {
    headers["next-action"] = id();
    headers["content-type"] = "application/x-www-form-urlencoded";
    body = Buffer.from(r.pick(["a=1&b=%zz", "%zz", "=&=", "body=x"]));
    label = "fetch action, urlencoded";
  }
  if (r.chance(0.1)) Object.assign(headers, junkHeaders(r, context));
  return { category: "action", method: "POST", path, headers, body, label };
}

/** The n-th request for a seed is always the same request. */
export function createFuzzer(seed: number, context: FuzzContext): () => FuzzRequest {
  const r = random(seed);
  return () => {
    const route = r.pick(context.routes);
    const roll = r.float();
    if (roll < 0.35) {
      const method = r.pick(METHODS);
      return {
        category: "path",
        method,
        path: fillRoute(r, route, context, 0.7),
        headers: {},
        label: `${method} ${route}`,
      };
    }
    if (roll < 0.55) {
      return {
        category: "query",
        method: "GET",
        path: fillRoute(r, route, context, 0.1) + junkQuery(r),
        headers: {},
        label: `GET ${route}?…`,
      };
    }
    if (roll < 0.72) {
      const method = r.pick(["GET", "GET", "POST", "HEAD"]);
      const headers = junkHeaders(r, context);
      return {
        category: "headers",
        method,
        path: fillRoute(r, route, context, 0.1),
        headers,
        label: `${method} ${route} with ${Object.keys(headers).join(", ")}`,
      };
    }
    // Actions are posted to pages, not to route handlers.
    const pages = context.routes.filter((candidate) => !/\/(api|uploads)\b|\.(xml|txt|svg)$/.test(candidate));
    return actionRequest(r, context, fillRoute(r, r.pick(pages), context, 0.1));
  };
}
