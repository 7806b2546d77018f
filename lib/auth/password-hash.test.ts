import { readdirSync, readFileSync } from "node:fs";
import { getPriority } from "node:os";

import bcrypt from "bcryptjs";
import { hash as argon2Hash } from "@node-rs/argon2";
import { describe, expect, it } from "vitest";

import { checkPasswordHash, hashPasswordNow } from "./password-hash";

describe("password hashes", () => {
  it("new hashes are argon2id with OWASP's parameters, salted", async () => {
    const first = await hashPasswordNow("tidal-lantern-42");
    expect(first).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await hashPasswordNow("tidal-lantern-42")).not.toBe(first);
    expect(await checkPasswordHash("tidal-lantern-42", first)).toEqual({ matches: true, outdated: false });
    expect(await checkPasswordHash("tidal-lantern-43", first)).toEqual({ matches: false, outdated: false });
  });

  it("bcrypt hashes from before still verify, and are marked for replacement", async () => {
    const legacy = await bcrypt.hash("tidal-lantern-42", 4);
    expect(await checkPasswordHash("tidal-lantern-42", legacy)).toEqual({ matches: true, outdated: true });
    expect((await checkPasswordHash("wrong", legacy)).matches).toBe(false);
    // bcryptjs wrote $2a$/$2b$ hashes; both prefixes verify.
    expect((await checkPasswordHash("tidal-lantern-42", legacy.replace(/^\$2b\$/, "$2a$"))).matches).toBe(
      true,
    );
  });

  it("weaker argon2 parameters are marked for replacement", async () => {
    const weak = await argon2Hash("tidal-lantern-42", { memoryCost: 4096, timeCost: 1 });
    expect(await checkPasswordHash("tidal-lantern-42", weak)).toEqual({ matches: true, outdated: true });
  });

  it("a malformed or unknown stored hash matches nothing", async () => {
    for (const stored of ["", "plain-text-password", "$argon2id$garbage", "$2b$12$short", "$1$md5$hash"]) {
      expect((await checkPasswordHash("plain-text-password", stored)).matches, stored).toBe(false);
    }
  });

  it.runIf(process.platform === "linux")(
    "hashing runs on a lowest-priority thread, and the thread serving pages keeps its priority",
    async () => {
      await hashPasswordNow("tidal-lantern-42");
      // Field 19 of /proc/<pid>/task/<tid>/stat is the thread's nice value (fields counted after the name).
      const niceValues = readdirSync("/proc/self/task").map((tid) =>
        Number(readFileSync(`/proc/self/task/${tid}/stat`, "utf8").split(") ")[1]?.split(" ")[16]),
      );
      expect(niceValues).toContain(19);
      expect(getPriority()).toBe(0);
    },
  );
});
