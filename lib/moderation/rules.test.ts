import { describe, expect, it } from "vitest";

import { signInMethods } from "../users/rules";
import {
  bannedWordProblem,
  isModerationAction,
  MODERATION_EFFECTS,
  normalizeBannedWord,
  parseModerationQueue,
  parseStatusFilter,
} from "./rules";

describe("banned words", () => {
  it("are stored trimmed, lower-cased and with single spaces", () => {
    expect(normalizeBannedWord("  Buy  FOLLOWERS \n")).toBe("buy followers");
    expect(normalizeBannedWord("ＳＰＡＭ")).toBe("spam");
  });

  it("must be 1–60 characters without control characters", () => {
    expect(bannedWordProblem("")).toMatch(/enter/i);
    expect(bannedWordProblem("a")).toBeNull();
    expect(bannedWordProblem("a".repeat(60))).toBeNull();
    expect(bannedWordProblem("a".repeat(61))).toMatch(/60/);
    expect(bannedWordProblem("bad\u0000word")).toMatch(/control/);
  });
});

describe("moderation queue parameters", () => {
  it("default to the pending queue and reject unknown values", () => {
    expect(parseModerationQueue(undefined)).toBe("pending");
    expect(parseModerationQueue("reported")).toBe("reported");
    expect(parseModerationQueue("spam")).toBeNull();
    expect(parseModerationQueue(["all", "all"])).toBeNull();
    expect(parseStatusFilter(undefined)).toBeUndefined();
    expect(parseStatusFilter("")).toBeUndefined();
    expect(parseStatusFilter("HIDDEN")).toBe("HIDDEN");
    expect(parseStatusFilter("hidden")).toBeNull();
  });

  it("knows each action and where it takes a comment", () => {
    expect(isModerationAction("remove")).toBe(true);
    expect(isModerationAction("delete")).toBe(false);
    expect(MODERATION_EFFECTS.approve).toMatchObject({ status: "VISIBLE", resolvesReports: true });
    expect(MODERATION_EFFECTS.restore).toMatchObject({ status: "VISIBLE", resolvesReports: false });
  });
});

describe("sign-in methods", () => {
  it("lists a password, the email link always, then OAuth providers", () => {
    expect(signInMethods({ hasPassword: false, providers: [] })).toEqual(["Email link"]);
    expect(signInMethods({ hasPassword: true, providers: ["github", "google", "github", "email"] })).toEqual([
      "Password",
      "Email link",
      "GitHub",
      "Google",
    ]);
  });
});
