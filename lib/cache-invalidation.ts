import "server-only";

import { revalidateTag, updateTag } from "next/cache";

/**
 * For server actions: updateTag gives the acting request its own write at once, and revalidateTag with
 * expire 0 makes everyone else's next request render afresh rather than get the stale page once while it
 * regenerates (which is what updateTag alone gave other readers here).
 */
export function expireTags(...tags: string[]): void {
  for (const tag of tags) {
    updateTag(tag);
    revalidateTag(tag, { expire: 0 });
  }
}
