import "server-only";

import type { Prisma } from "../generated/sqlite/client";
import { slugify } from "../slug";

/**
 * The hashtags named (by the editor's form or an outlet's feed categories), found or created: their ids, and the
 * slugs of the ones created here (their pages appear, so the caller expires their tags after commit).
 */
export async function resolveHashtags(
  tx: Prisma.TransactionClient,
  names: string[],
): Promise<{ ids: string[]; created: string[] }> {
  const ids: string[] = [];
  const created: string[] = [];
  for (const name of names) {
    const tagSlug = slugify(name);
    if (!tagSlug) continue;
    // The editor lists hashtags by name; a name whose slug was chosen differently (#AnimalBehaviour is
    // /tags/animal-behaviour) is still the same hashtag.
    const found = await tx.tag.findFirst({
      where: { OR: [{ slug: tagSlug }, { name: name.replace(/^#/, "") }] },
      select: { id: true },
    });
    if (found) {
      ids.push(found.id);
    } else {
      ids.push(
        (await tx.tag.create({ data: { slug: tagSlug, name: name.replace(/^#/, "") }, select: { id: true } }))
          .id,
      );
      created.push(tagSlug);
    }
  }
  return { ids: [...new Set(ids)], created };
}
