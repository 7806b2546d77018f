/** What the e2e database holds: the demo corpus (prisma/seed-data) plus e2e/seed-long-thread.ts. */
import {
  articles,
  comments,
  SANITISER_FIXTURE_SLUG,
  sections,
  sources,
  authors,
  tags,
} from "../prisma/seed-data";
import type { SeedArticle } from "../prisma/seed-data";

export { articles, SANITISER_FIXTURE_SLUG, sections, sources, authors, tags };

export const ARCHIVE_PAGE_SIZE = 20;
export const LEAD_SLUG = "saltmarsh-port-strike-ends-with-tentative-deal-on-crane-automation";

export function article(slug: string): SeedArticle {
  const found = articles.find((candidate) => candidate.slug === slug);
  if (!found) throw new Error(`No seed article ${slug}`);
  return found;
}

/** Seed comments (with replies) on an article. */
export function seedCommentCount(slug: string): number {
  let count = 0;
  const walk = (list: typeof comments) => {
    for (const comment of list) {
      if (comment.article === slug) count++;
      walk(comment.replies ?? []);
    }
  };
  walk(comments);
  return count;
}

const commented = new Set(comments.map((comment) => comment.article));

/** An open article nobody has commented on. */
export const NO_COMMENTS_SLUG = "barley-from-a-mill-cellar-seed-store-sprouts-after-a-century";
/** Another such article, given LONG_THREAD's comments by e2e/seed-long-thread.ts. */
export const LONG_THREAD_SLUG = "fruit-bats-find-their-way-home-by-remembering-smells";

for (const slug of [NO_COMMENTS_SLUG, LONG_THREAD_SLUG]) {
  if (commented.has(slug) || article(slug).commentsOpen === false) {
    throw new Error(`e2e/corpus.ts expects ${slug} to be open for comments and to have no seed comments`);
  }
}

export const LONG_THREAD = {
  topLevel: 25,
  /** Comment number N (1 = oldest) has this many replies; no other comment has any. */
  mostRepliedNumber: 7,
  /** More than a thread page holds (THREAD_PAGE_SIZE, 50), so the conversation has a second page. */
  mostRepliedReplies: 55,
  /** Reply 53 (on the second page) answers reply 2 (on the first) rather than the comment. */
  nestedReply: { number: 53, answers: 2 },
  /** Replies shown under each thread on the story (REPLIES_SHOWN). */
  repliesShown: 3,
  body: (n: number) => `Test comment number ${n} on the bat study.`,
};

/** The tag with the most stories and the stories that carry it. */
export const CLUSTER_TAG = "saltmarsh-port-strike";
export const clusterArticles = articles.filter((candidate) => candidate.tags.includes(CLUSTER_TAG));

/** All stories, newest first, as /latest lists them. */
export const newestFirst = [...articles].sort((a, b) => a.hoursAgo - b.hoursAgo);

/** The comet articles, one story in the e2e database (e2e/seed-ai-story.ts), oldest first. */
export const AI_STORY_SLUGS = [
  "lumen-probe-wakes-from-hibernation-ahead-of-comet-flyby",
  "lumens-first-images-show-comet-nucleus-shaped-like-a-peanut",
  "amateur-astronomers-in-the-valleys-help-track-lumens-target",
  "lumen-dust-analyser-detects-complex-organic-molecules",
  "lumen-survives-closest-pass-of-comet-and-sends-sharpest-images-yet",
];
