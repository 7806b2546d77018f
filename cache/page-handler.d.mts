/* eslint-disable @typescript-eslint/no-explicit-any -- page values are Next's own cache entries */
/** When a stored page began rendering, for the server's response cache; never sent to clients. */
export const RENDERED_AT_HEADER: string;
/** Names each request for the render ledger; set by the server. */
export const REQUEST_ID_HEADER: string;
/** The longest a shared store keeps a 404 page. */
export const NOT_FOUND_EXPIRE_SECONDS: number;
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
