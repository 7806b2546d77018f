import { describe, expect, it } from "vitest";

import {
  isSameStory,
  JOIN_THRESHOLD,
  STORY_WINDOW_DAYS,
  timePenalty,
  WEIGHTS,
  withinWindow,
} from "./thresholds";

const DAY = 86_400_000;

describe("story thresholds", () => {
  it("joins at the threshold and not just below it", () => {
    expect(isSameStory(JOIN_THRESHOLD)).toBe(true);
    expect(isSameStory(JOIN_THRESHOLD - 0.001)).toBe(false);
  });

  it("keeps a story open for the window after its newest article, in either direction, and no longer", () => {
    expect(withinWindow(0)).toBe(true);
    expect(withinWindow(STORY_WINDOW_DAYS * DAY)).toBe(true);
    expect(withinWindow(-STORY_WINDOW_DAYS * DAY)).toBe(true);
    expect(withinWindow(STORY_WINDOW_DAYS * DAY + 1)).toBe(false);
  });

  it("costs nothing for an article at the story's moment and the full time weight at the window's end", () => {
    expect(timePenalty(0)).toBe(0);
    expect(timePenalty((STORY_WINDOW_DAYS / 2) * DAY)).toBeCloseTo(WEIGHTS.timeGap / 2);
    expect(timePenalty(STORY_WINDOW_DAYS * DAY)).toBeCloseTo(WEIGHTS.timeGap);
    expect(timePenalty(30 * STORY_WINDOW_DAYS * DAY)).toBeCloseTo(WEIGHTS.timeGap);
  });

  it("lets a report that matches on text alone join, but not one that matches on names or tags alone", () => {
    // Each part of the score is at most 1: identical wording is enough, a shared name or tag alone is not.
    expect(isSameStory(WEIGHTS.text)).toBe(true);
    expect(isSameStory(WEIGHTS.entities * 0.5)).toBe(false);
    expect(isSameStory(WEIGHTS.tags)).toBe(false);
  });
});
