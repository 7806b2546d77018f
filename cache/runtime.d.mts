/** Types for the app's side of cache/runtime.mjs (plain JavaScript because Next loads it outside the bundle). */
export type TagClock = {
  expire(tags: string[], at: number): Promise<void>;
  latestExpiry(tags: string[]): Promise<number>;
};

export type RenderLedger = {
  begin(key: string, at?: number, tags?: string[], options?: { opener?: string }): void;
  answered(id: string): void;
  read(tags: string[], at?: number): void;
  startOf(key: string): number | undefined;
  finish(key: string): number | undefined;
  taint(at: number): void;
  settled(before: number, tags?: string[]): Promise<void>;
  openBefore(before: number, tags?: string[]): string[];
  openCount(): number;
};

export type EntryStore<T> = {
  get(key: string): Promise<T | undefined>;
  set(key: string, value: T, size: number, expireSeconds?: number): Promise<void>;
};

export type CacheRuntime = {
  clock: TagClock;
  pageRenders: RenderLedger;
  dataFills: RenderLedger;
  pages: EntryStore<unknown>;
  data: EntryStore<unknown>;
  isFresh(tags: string[], startedAt: number): Promise<boolean>;
  taint(startedAt: number): void;
  expire(tags: string[], options?: { settle?: boolean }): Promise<void>;
};

export function createMemoryEntryStore<T>(maxBytes: number): EntryStore<T>;
export function createCacheRuntime(options?: {
  clock?: TagClock;
  maxBytes?: number;
  shared?: SharedBackend;
}): CacheRuntime;
export function cacheRuntime(): CacheRuntime;
export function installCacheRuntime(runtime: CacheRuntime): void;

export type SharedBackend = {
  clock: TagClock;
  pages: EntryStore<unknown>;
  data: EntryStore<unknown>;
  onExpiredElsewhere(settle: (at: number, tags?: string[]) => Promise<void>): void;
  settleEverywhere(at: number, tags?: string[]): Promise<void>;
};
export function cacheHealth(): Promise<"up" | "down" | "not configured">;
