import type { IncomingMessage, ServerResponse } from "node:http";

export const MAX_AGE_MS: number;
export function encodingVariant(acceptEncoding: string | string[] | undefined): "gzip" | "identity" | null;
export function cacheKey(req: IncomingMessage): string | null;
export function createResponseCache(options: {
  freshness: () => { isFresh(tags: string[], startedAt: number): Promise<boolean> };
  now?: () => number;
  maxAgeMs?: number;
  maxBytes?: number;
}): {
  handle(req: IncomingMessage, res: ServerResponse, next: () => void): Promise<void>;
};
