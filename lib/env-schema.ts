import { z } from "zod";

import { parseTrustedProxies } from "./http/client-address";

/** Shared by the app (lib/env.ts) and the start-up scripts, so both reject the same bad configuration. */
const optionalString = z
  .string()
  .trim()
  .transform((value) => (value === "" ? undefined : value))
  .optional();

const databaseUrl = z
  .string()
  .trim()
  .optional()
  .transform((value) => (value ? value : "file:./data/news.db"))
  .refine((value) => /^(file:|postgres(ql)?:\/\/)/.test(value), {
    message: "must start with file: (SQLite) or postgresql:// (PostgreSQL)",
  });

const flag = z
  .enum(["0", "1", "true", "false"], { message: "must be 1 or 0 (or true/false)" })
  .optional()
  .transform((value) => (value === undefined ? undefined : value === "1" || value === "true"));

export const envSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: databaseUrl,
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    NEXTAUTH_URL: z.url({ message: "must be an absolute URL such as https://news.example" }).optional(),
    NEXTAUTH_SECRET: optionalString,
    SITE_NAME: z.string().trim().min(1).default("The Ledger"),
    EMAIL_SERVER: optionalString,
    EMAIL_FROM: optionalString,
    GITHUB_ID: optionalString,
    GITHUB_SECRET: optionalString,
    GOOGLE_ID: optionalString,
    GOOGLE_SECRET: optionalString,
    ADMIN_EMAILS: z
      .string()
      .optional()
      .transform((value) =>
        (value ?? "")
          .split(",")
          .map((email) => email.trim().toLowerCase())
          .filter(Boolean),
      ),
    UPLOADS_DIR: z.string().trim().min(1).default("./data/uploads"),
    /** Edge caches to purge by surrogate key after writes: comma-separated Varnish addresses. */
    EDGE_PURGE_URLS: optionalString.refine(
      (value) => value === undefined || value.split(",").every((url) => /^https?:\/\/\S+$/.test(url.trim())),
      { message: "must be comma-separated http(s):// addresses of the edge caches" },
    ),
    /** Shared cache for several instances; without it each instance caches in its own memory. */
    REDIS_URL: optionalString.refine((value) => value === undefined || /^rediss?:\/\//.test(value), {
      message: "must start with redis:// or rediss://",
    }),
    /** Which X-Forwarded-For entries to believe for client addresses (lib/http/client-address.ts). */
    TRUSTED_PROXIES: z
      .string()
      .optional()
      .transform((value, ctx) => {
        try {
          return parseTrustedProxies(value);
        } catch (error) {
          ctx.addIssue({ code: "custom", message: (error as Error).message });
          return z.NEVER;
        }
      }),
    /** Served over HTTPS: scripts/server.mjs sends Strict-Transport-Security. Unset: whether NEXTAUTH_URL is https. */
    SITE_HTTPS: flag,
    /** The server process polls outlets' feeds (lib/ingest); 0 when `npm run ingest` does it elsewhere. Default on. */
    INGEST_WORKER: flag,
    /** Feed fetches may reach loopback and private addresses: tests and the fixture feeds only. */
    INGEST_ALLOW_PRIVATE_ADDRESSES: flag,
    /** Set on demo/test deployments to allow the seeded demo accounts in production mode. */
    ALLOW_DEMO_ACCOUNTS: z
      .enum(["0", "1", "true", "false"])
      .optional()
      .transform((value) => value === "1" || value === "true"),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === "production" && !env.NEXTAUTH_SECRET) {
      ctx.addIssue({
        code: "custom",
        path: ["NEXTAUTH_SECRET"],
        message: "is required in production (generate one with: openssl rand -base64 32)",
      });
    }
    if (env.NEXTAUTH_SECRET && env.NEXTAUTH_SECRET.length < 16) {
      ctx.addIssue({ code: "custom", path: ["NEXTAUTH_SECRET"], message: "must be at least 16 characters" });
    }
    for (const [id, secret] of [
      ["GITHUB_ID", "GITHUB_SECRET"],
      ["GOOGLE_ID", "GOOGLE_SECRET"],
    ] as const) {
      if (Boolean(env[id]) !== Boolean(env[secret])) {
        ctx.addIssue({
          code: "custom",
          path: [env[id] ? secret : id],
          message: `must be set together with ${env[id] ? id : secret}`,
        });
      }
    }
    if (env.EMAIL_SERVER && !env.EMAIL_FROM) {
      ctx.addIssue({ code: "custom", path: ["EMAIL_FROM"], message: "is required when EMAIL_SERVER is set" });
    }
  });

export type Env = z.infer<typeof envSchema>;

export class InvalidEnvironmentError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `Invalid environment configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}\nSee .env.example for every variable.`,
    );
    this.name = "InvalidEnvironmentError";
  }
}

/**
 * `next build` evaluates server modules without the runtime secrets; the secret checks then wait for start-up
 * (instrumentation and `npm start` parse again without this flag).
 */
export function parseEnv(source: Record<string, string | undefined>, { building = false } = {}): Env {
  const result = envSchema.safeParse(
    building
      ? { ...source, NEXTAUTH_SECRET: source.NEXTAUTH_SECRET || "build-time-placeholder-secret" }
      : source,
  );
  if (result.success) return result.data;
  throw new InvalidEnvironmentError(
    result.error.issues.map((issue) => `${issue.path.join(".") || "environment"} ${issue.message}`),
  );
}

export function databaseProvider(url: string): "sqlite" | "postgres" {
  return url.startsWith("file:") ? "sqlite" : "postgres";
}

/** A URL safe to print: the host and database, never the password. */
export function describeDatabaseUrl(url: string): string {
  if (url.startsWith("file:")) return `SQLite file ${url.slice("file:".length)}`;
  try {
    const parsed = new URL(url);
    return `PostgreSQL at ${parsed.hostname}:${parsed.port || "5432"}${parsed.pathname}`;
  } catch {
    return "PostgreSQL (unparseable URL)";
  }
}
