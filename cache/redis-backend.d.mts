import type { SharedBackend } from "./runtime.mjs";

export function createRedisBackend(
  url: string,
  options?: { prefix?: string; entryPrefix?: string; localBytes?: number; log?: (message: string) => void },
): SharedBackend & { instance: string; close(): Promise<void> };
