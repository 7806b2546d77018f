import { describe, expect, it } from "vitest";

import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, passwordProblem } from "./password-rules";

describe("passwordProblem", () => {
  it("accepts a long, uncommon password", () => {
    expect(passwordProblem("correct horse battery staple")).toBeNull();
    expect(passwordProblem("tangerine-Kettle-41", "sam@example.com")).toBeNull();
  });

  it("refuses passwords that are too short or too long, counting characters exactly", () => {
    expect(MIN_PASSWORD_LENGTH).toBe(10);
    expect(passwordProblem("")).toMatch(/at least 10 characters/);
    expect(passwordProblem("Zq8#mVt2!")).toMatch(/at least 10 characters/);
    expect(passwordProblem("Zq8#mVt2!x")).toBeNull();
    expect(passwordProblem("Zq8#".repeat(50))).toBeNull();
    expect(passwordProblem("Zq8#".repeat(50) + "x")).toMatch(
      new RegExp(`at most ${MAX_PASSWORD_LENGTH} characters`),
    );
  });

  it("refuses common passwords whatever their case, repeated characters and keyboard runs", () => {
    for (const common of [
      "password123",
      "PASSWORD123",
      "qwertyuiop",
      "1234567890",
      "iloveyou123",
      "aaaaaaaaaaaa",
      "0987654321",
      "abcdefghijk",
      "Qwerty-Uiop",
    ]) {
      expect(passwordProblem(common), common).toMatch(/too common/);
    }
  });

  it("refuses passwords containing the email's local part (4+ characters), in any case", () => {
    expect(passwordProblem("xx-Rosalind-2026!", "rosalind@example.com")).toMatch(/email address/);
    expect(passwordProblem("xx-ROSALIND-2026!", "Rosalind@example.com")).toMatch(/email address/);
    // Short local parts are too likely to match by chance.
    expect(passwordProblem("bobsled-Winter-9", "bob@example.com")).toBeNull();
    expect(passwordProblem("tangerine-Kettle-41", undefined)).toBeNull();
    expect(passwordProblem("tangerine-Kettle-41", "")).toBeNull();
  });

  it("checks length before commonness", () => {
    expect(passwordProblem("password")).toMatch(/at least/);
  });
});
