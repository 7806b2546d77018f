import { spawnSync } from "node:child_process";
import path from "node:path";

import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "..");

function start(env: Record<string, string>) {
  const result = spawnSync(process.execPath, ["scripts/start.mjs"], {
    cwd: root,
    env: { ...process.env, NEXTAUTH_SECRET: "a-test-secret-of-sufficient-length", PORT: "3999", ...env },
    encoding: "utf8",
    timeout: 60_000,
  });
  return { code: result.status, output: `${result.stdout}${result.stderr}` };
}

describe("npm start refuses a bad configuration before doing anything", () => {
  it("an unreachable database: names the host, never the password, exits non-zero", () => {
    const { code, output } = start({ DATABASE_URL: "postgresql://newsroom:hunter2-secret@127.0.0.1:1/news" });
    expect(code).not.toBe(0);
    expect(output).toContain("Cannot reach the database (PostgreSQL at 127.0.0.1:1/news)");
    expect(output).not.toContain("hunter2-secret");
  });

  it("a malformed variable: names it and says what is wrong", () => {
    const { code, output } = start({ DATABASE_URL: "mysql://localhost/news", PORT: "not-a-port" });
    expect(code).not.toBe(0);
    expect(output).toContain("DATABASE_URL must start with file: (SQLite) or postgresql:// (PostgreSQL)");
    expect(output).toMatch(/PORT .*number/i);
  });
});
