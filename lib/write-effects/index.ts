import "server-only";

import { deriveKeyPoints } from "../ai/key-points-store";
import { type ArticleState, articleChanged, expireTags } from "../cache/invalidation";
import { assignStory } from "../stories";

/**
 * The one place a committed article write fans out to everything derived from it. The data layer calls
 * `articleWritten` after its transaction commits, whoever wrote (the editor, the scheduler, the feed importer);
 * server actions never list side effects themselves.
 *
 * Each deriver updates what it keeps about the article (its story, its key points) and returns the cache tags
 * its own change made stale, beyond the article's own. Then every tag expires at once: Next's cache, every
 * instance's (through Redis) and the edge (lib/cache/invalidation.ts).
 */
export type ArticleWrite = { id: string; before: ArticleState; after: ArticleState };

type Deriver = (write: ArticleWrite) => Promise<string[]>;

const derivers: Deriver[] = [assignStory, deriveKeyPoints];

export async function articleWritten(write: ArticleWrite): Promise<void> {
  const derivedTags: string[] = [];
  for (const derive of derivers) derivedTags.push(...(await derive(write)));
  await articleChanged(write.before, write.after);
  await expireTags([...new Set(derivedTags)]);
}
