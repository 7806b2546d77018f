import { spawn } from "node:child_process";
import path from "node:path";

import bcrypt from "bcryptjs";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

import { DEMO_PASSWORD } from "../../prisma/seed/demo";
import { ROOT, skipPostgres, type Provider, type TestDatabase } from "../../scripts/lib/test-databases";
import { createSeededDatabase } from "./seeded-database";

type Modules = {
  rateLimit: typeof import("../rate-limit");
  accounts: typeof import("../auth/accounts");
  magicLink: typeof import("../auth/magic-link");
  db: typeof import("../db").db;
};

/** What the tests see of a request: the mail sent, the cookies set, the work left for after the response. */
type Request = { mail: { to: string; link?: string }[]; cookies: string[]; after: Promise<unknown>[] };

/** Runs `count` copies of lib/integration/rate-limit-worker.ts, releases them together, sums what they allowed. */
async function raceFromProcesses(
  url: string,
  bucket: string,
  limit: number,
  count: number,
  attempts: number,
) {
  const workers = Array.from({ length: count }, () =>
    spawn(
      process.execPath,
      [
        "--conditions=react-server",
        "--import",
        "tsx",
        "lib/integration/rate-limit-worker.ts",
        bucket,
        `${limit}`,
        `${attempts}`,
      ],
      { cwd: ROOT, env: { ...process.env, DATABASE_URL: url }, stdio: ["pipe", "pipe", "inherit"] },
    ),
  );
  const outputs = workers.map((worker) => {
    let text = "";
    const ready = new Promise<void>((resolve) =>
      worker.stdout.on("data", (chunk: Buffer) => {
        text += chunk;
        if (text.includes("ready")) resolve();
      }),
    );
    const done = new Promise<string>((resolve, reject) =>
      worker.on("close", (code) => (code === 0 ? resolve(text) : reject(new Error(`worker exited ${code}`)))),
    );
    return { ready, done };
  });
  await Promise.all(outputs.map((output) => output.ready));
  for (const worker of workers) worker.stdin.end("go\n");
  const texts = await Promise.all(outputs.map((output) => output.done));
  return texts.reduce(
    (sum, text) => sum + (JSON.parse(text.trim().split("\n").at(-1)!) as { allowed: number }).allowed,
    0,
  );
}

/**
 * Throttling and passwords on a real database: the limiter's check-and-record is atomic (within one process and
 * across several), password sign-in counts concurrent guesses, upgrades old bcrypt hashes, and locked-out owners
 * are told a sign-in link still works; sign-in links are throttled in the one path every route takes.
 */
export function defineAuthThrottlingTests(provider: Provider) {
  describe.skipIf(provider === "postgres" && skipPostgres)(`auth throttling on ${provider}`, () => {
    let database: TestDatabase;
    let lib: Modules;
    let request: Request;
    let serial = 0;

    beforeAll(async () => {
      database = await createSeededDatabase(provider, `auth_throttling_${provider}`);
      // Outside Next: the request's cookies, mail and after() are the tests' own.
      vi.doMock("next/headers", () => ({
        cookies: async () => ({
          set: (name: string) => void request.cookies.push(name),
          get: () => undefined,
          delete: () => {},
        }),
        headers: async () => new Headers({ "x-ledger-peer": "203.0.113.50" }),
      }));
      vi.doMock("next/server", () => ({
        after: (task: () => Promise<unknown>) => void request.after.push(task()),
        connection: async () => {},
      }));
      vi.doMock(path.join(ROOT, "lib/mail/index.ts"), () => ({
        sendMail: async (mail: { to: string; link?: string }) => void request.mail.push(mail),
      }));
      lib = {
        rateLimit: await import("../rate-limit"),
        accounts: await import("../auth/accounts"),
        magicLink: await import("../auth/magic-link"),
        db: (await import("../db")).db,
      };
    });

    beforeEach(() => {
      request = { mail: [], cookies: [], after: [] };
    });

    afterAll(async () => {
      await lib?.db.$disconnect();
      await database?.drop();
      vi.doUnmock("next/headers");
      vi.doUnmock("next/server");
    });

    const unique = (prefix: string) => `${prefix}-${++serial}-${Date.now().toString(36)}`;
    const email = (prefix: string) => `${unique(prefix)}@ledger.test`;

    it("40 concurrent attempts at a limit of 5: exactly 5 allowed and recorded", async () => {
      const bucket = unique("race");
      const results = await Promise.all(
        Array.from({ length: 40 }, () => lib.rateLimit.reserve(bucket, { limit: 5, windowMs: 60_000 })),
      );
      expect(results.filter(Boolean)).toHaveLength(5);
      expect(await lib.rateLimit.countHits(bucket, 60_000)).toBe(5);
    });

    it("40 attempts from 4 server processes at once at a limit of 5: exactly 5 allowed", async () => {
      const bucket = unique("processes");
      expect(await raceFromProcesses(database.url, bucket, 5, 4, 10)).toBe(5);
      expect(await lib.rateLimit.countHits(bucket, 60_000)).toBe(5);
    });

    it("a released hit frees its place; other buckets are untouched", async () => {
      const bucket = unique("release");
      const rule = { limit: 2, windowMs: 60_000 };
      const first = await lib.rateLimit.reserve(bucket, rule);
      expect(await lib.rateLimit.reserve(bucket, rule)).not.toBeNull();
      expect(await lib.rateLimit.reserve(bucket, rule)).toBeNull();
      await lib.rateLimit.release(first!);
      expect(await lib.rateLimit.reserve(bucket, rule)).not.toBeNull();
      expect(await lib.rateLimit.reserve(unique("other"), rule)).not.toBeNull();
    });

    it("12 concurrent wrong passwords for one account: 5 are checked, the rest locked out with a way in", async () => {
      const target = "reader@example.com";
      const outcomes = await Promise.all(
        Array.from({ length: 12 }, (_, i) =>
          lib.accounts.signInWithPassword(target, `wrong-password-${i}`, `198.51.100.${i + 1}`),
        ),
      );
      const errors = outcomes.map((outcome) => (outcome.ok ? "signed in" : outcome.error));
      expect(errors.filter((error) => error === lib.accounts.BAD_CREDENTIALS)).toHaveLength(5);
      expect(errors.filter((error) => error === lib.accounts.SIGN_IN_LOCKED)).toHaveLength(7);
      // Even the right password waits out the lockout…
      expect(await lib.accounts.signInWithPassword(target, DEMO_PASSWORD, "198.51.100.99")).toEqual({
        ok: false,
        error: lib.accounts.SIGN_IN_LOCKED,
      });
      // …and the message says what still works, which it does.
      expect(lib.accounts.SIGN_IN_LOCKED).toMatch(/sign-in link by email still works/);
      expect(await lib.accounts.requestMagicLink(target, "/", "198.51.100.99")).toEqual({ ok: true });
      expect(request.mail.map((mail) => mail.to)).toEqual([target]);
    });

    it("the same client guessing across many accounts is stopped after 20 failures", async () => {
      const ip = "192.0.2.77";
      const outcomes = await Promise.all(
        Array.from({ length: 30 }, () =>
          lib.accounts.signInWithPassword(email("nobody"), "not-the-password", ip),
        ),
      );
      const locked = outcomes.filter(
        (outcome) => !outcome.ok && outcome.error === lib.accounts.SIGN_IN_LOCKED,
      );
      expect(locked).toHaveLength(10);
    });

    it("a bcrypt hash from before argon2id still signs in, and is replaced by an argon2id hash", async () => {
      const address = email("legacy");
      const password = "tidal-lantern-legacy-42";
      await lib.db.user.create({
        data: {
          email: address,
          emailVerified: new Date(),
          passwordHash: await bcrypt.hash(password, 4),
        },
      });
      expect(
        await lib.accounts.signInWithPassword(address, "wrong-password-here", "192.0.2.10"),
      ).toMatchObject({
        ok: false,
      });
      const stillBcrypt = await lib.db.user.findUniqueOrThrow({ where: { email: address } });
      expect(stillBcrypt.passwordHash).toMatch(/^\$2b\$/);

      expect(await lib.accounts.signInWithPassword(address, password, "192.0.2.10")).toEqual({ ok: true });
      expect(request.cookies).toHaveLength(1);
      const upgraded = await lib.db.user.findUniqueOrThrow({ where: { email: address } });
      expect(upgraded.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
      // A successful sign-in clears the account's failures, and the new hash works.
      expect(await lib.rateLimit.countHits(`signin-fail:email:${address}`, 60_000)).toBe(0);
      expect(await lib.accounts.signInWithPassword(address, password, "192.0.2.10")).toEqual({ ok: true });
    });

    it("the seeded demo accounts have argon2id hashes", async () => {
      const demo = await lib.db.user.findUniqueOrThrow({ where: { email: "editor@example.com" } });
      expect(demo.passwordHash).toMatch(/^\$argon2id\$/);
      expect(
        await lib.accounts.signInWithPassword("editor@example.com", DEMO_PASSWORD, "192.0.2.11"),
      ).toEqual({
        ok: true,
      });
    });

    it("sign-in links: ten requests for one address send 3 mails and store 3 tokens; expired tokens go", async () => {
      const address = email("links");
      await lib.db.verificationToken.create({
        data: { identifier: address, token: unique("expired"), expires: new Date(Date.now() - 60_000) },
      });
      const outcomes = [];
      for (let i = 0; i < 10; i++) {
        outcomes.push(
          await lib.magicLink.sendSignInLink({
            email: address,
            token: unique("token"),
            url: "https://news.example/api/auth/callback/email",
            ip: `192.0.2.${100 + i}`,
          }),
        );
      }
      expect(outcomes.filter((outcome) => outcome === "sent")).toHaveLength(
        lib.magicLink.MAGIC_LINKS_PER_EMAIL.limit,
      );
      expect(outcomes.filter((outcome) => outcome === "too-many-for-email")).toHaveLength(7);
      expect(request.mail).toHaveLength(3);
      const tokens = await lib.db.verificationToken.findMany({ where: { identifier: address } });
      expect(tokens).toHaveLength(3);
      expect(tokens.every((token) => token.expires > new Date())).toBe(true);
    });

    it("registration answers the same for a new and a taken address, and does the work after responding", async () => {
      const fresh = email("register-new");
      const taken = "mira@example.com";
      const before = await lib.db.user.findUniqueOrThrow({ where: { email: taken } });
      const input = (address: string) => ({ email: address, password: "a-new-password-77", name: "Someone" });

      const newAnswer = await lib.accounts.register(input(fresh), "/", "192.0.2.20");
      const takenAnswer = await lib.accounts.register(input(taken), "/", "192.0.2.21");
      expect(newAnswer).toEqual({ ok: true });
      expect(takenAnswer).toEqual(newAnswer);
      // Nothing was hashed, written or mailed before the answer.
      expect(request.mail).toEqual([]);
      expect(await lib.db.user.findUnique({ where: { email: fresh } })).toBeNull();

      await Promise.all(request.after);
      expect(request.mail.map((mail) => mail.to).sort()).toEqual([fresh, taken].sort());
      const created = await lib.db.user.findUniqueOrThrow({ where: { email: fresh } });
      expect(created.passwordHash).toMatch(/^\$argon2id\$/);
      expect(created.emailVerified).toBeNull();
      // A confirmed account's password is never replaced by registering its address.
      const after = await lib.db.user.findUniqueOrThrow({ where: { email: taken } });
      expect(after.passwordHash).toBe(before.passwordHash);
    });
  });
}
