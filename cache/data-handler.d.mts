export type CacheEntry = {
  value: ReadableStream<Uint8Array>;
  tags: string[];
  stale: number;
  timestamp: number;
  expire: number;
  revalidate: number;
};

declare const dataCacheHandler: {
  get(key: string, softTags: string[]): Promise<CacheEntry | undefined>;
  set(key: string, pendingEntry: Promise<CacheEntry>): Promise<void>;
  refreshTags(): Promise<void>;
  getExpiration(tags: string[]): Promise<number>;
  updateTags(tags: string[]): Promise<void>;
};
export default dataCacheHandler;
