import type { TagClock } from "./runtime.mjs";
export type { TagClock };
export function createMemoryTagClock(): TagClock;
