import { describe, expect, it } from "vitest";

import { formatAbsoluteTime, formatRelativeTime } from "./format";

const now = new Date("2026-11-26T15:00:00Z");
const ago = (ms: number) => new Date(now.getTime() - ms);
const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;

describe("formatRelativeTime", () => {
  it.each([
    [10_000, "just now"],
    [5 * minute, "5 minutes ago"],
    [1 * minute, "1 minute ago"],
    [3 * hour, "3 hours ago"],
    [50 * minute, "1 hour ago"],
    [1 * day, "yesterday"],
    [4 * day, "4 days ago"],
  ])("%d ms ago reads %s", (ms, text) => {
    expect(formatRelativeTime(ago(ms), now)).toBe(text);
  });

  it("falls back to a date after a week", () => {
    expect(formatRelativeTime(ago(20 * day), now)).toBe("6 Nov 2026");
  });
});

describe("formatAbsoluteTime", () => {
  it("is in UTC whatever the machine's zone", () => {
    expect(formatAbsoluteTime(new Date("2026-11-26T09:05:00Z"))).toBe("26 Nov 2026, 09:05 UTC");
  });
});
