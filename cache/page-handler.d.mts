/* eslint-disable @typescript-eslint/no-explicit-any -- page values are Next's own cache entries */
export default class PageCacheHandler {
  constructor(context?: { _requestHeaders?: Record<string, string | string[] | undefined> });
  get(
    key: string,
    context?: { softTags?: string[] },
  ): Promise<{ lastModified: number; value: any; cacheControl?: unknown } | null>;
  set(
    key: string,
    value: any,
    context?: { cacheControl?: { revalidate?: number | false; expire?: number } },
  ): Promise<void>;
  revalidateTag(tags: string | string[]): Promise<void>;
  resetRequestCache(): void;
}
