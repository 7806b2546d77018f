/**
 * Every kind of page a reader or the newsroom can reach, for the page-wide checks (axe in a11y.spec.ts, reflow
 * in keyboard.spec.ts). Ids come from the e2e database, so the list names real pages.
 */
import type { Page } from "@playwright/test";

import { AI_STORY_SLUGS, authors, LEAD_SLUG, sections, sources, tags } from "./corpus";
import { openDb } from "./users";

/** `path` is read when a test runs: the e2e database is seeded after the spec files are loaded. */
export type SitePage = { name: string; path: () => string };

function firstComment(slug: string): { id: string; rootId: string; userId: string } {
  const db = openDb();
  try {
    return db
      .prepare(
        `SELECT c.id AS id, c.id AS rootId, c.userId AS userId FROM "Comment" c JOIN "Article" a ON a.id = c.articleId
         WHERE a.slug = ? AND c.parentId IS NULL AND c.status = 'VISIBLE' AND c.deletedAt IS NULL
         ORDER BY c.createdAt LIMIT 1`,
      )
      .get(slug) as { id: string; rootId: string; userId: string };
  } finally {
    db.close();
  }
}

function leadArticleId(): string {
  const db = openDb();
  try {
    return (db.prepare(`SELECT id FROM "Article" WHERE slug = ?`).get(LEAD_SLUG) as { id: string }).id;
  } finally {
    db.close();
  }
}

/** Pages anyone can read, signed in or out. */
export function readerPages(): SitePage[] {
  const comment = () => firstComment(LEAD_SLUG);
  return [
    { name: "home", path: () => "/" },
    { name: "article", path: () => `/articles/${LEAD_SLUG}` },
    { name: "comments", path: () => `/articles/${LEAD_SLUG}/comments` },
    { name: "thread", path: () => `/articles/${LEAD_SLUG}/comments/thread/${comment().rootId}` },
    { name: "archive", path: () => "/latest?page=2" },
    { name: "section", path: () => `/sections/${sections[0]!.slug}` },
    { name: "tag", path: () => `/tags/${tags[0]!.slug}` },
    { name: "author", path: () => `/authors/${authors[0]!.slug}` },
    { name: "source", path: () => `/sources/${sources[0]!.slug}` },
    { name: "search", path: () => "/search?q=harbour" },
    { name: "sign in", path: () => "/signin" },
    { name: "register", path: () => "/register" },
    { name: "signed out", path: () => "/signed-out" },
    { name: "accessibility", path: () => "/accessibility" },
    { name: "story", path: () => "/stories/saltmarsh-dockworkers-vote-to-strike-over-automated-cranes" },
    // The article page above has the AI panel; this is its answer page, with an answer.
    {
      name: "ask answer",
      path: () => `/articles/${AI_STORY_SLUGS.at(-1)}/ask?q=How+many+images+did+Lumen+take%3F`,
    },
  ];
}

/** Pages only a signed-in reader has (signed out, they send the reader to sign in). */
export function accountPages(): SitePage[] {
  const comment = () => firstComment(LEAD_SLUG);
  return [
    { name: "account", path: () => "/account" },
    { name: "reply", path: () => `/comments/${comment().id}/reply` },
    { name: "report", path: () => `/comments/${comment().id}/report` },
  ];
}

/** The newsroom, as an admin sees it (every section). */
export function newsroomPages(): SitePage[] {
  const articleId = leadArticleId;
  const comment = () => firstComment(LEAD_SLUG);
  return [
    { name: "overview", path: () => "/admin" },
    { name: "articles", path: () => "/admin/articles" },
    { name: "new article", path: () => "/admin/articles/new" },
    { name: "edit article", path: () => `/admin/articles/${articleId()}` },
    { name: "revisions", path: () => `/admin/articles/${articleId()}/revisions` },
    { name: "moderation", path: () => "/admin/comments" },
    { name: "comment author", path: () => `/admin/comments/authors/${comment().userId}` },
    { name: "users", path: () => "/admin/users" },
    { name: "settings", path: () => "/admin/settings" },
    { name: "audit log", path: () => "/admin/audit" },
    { name: "sources", path: () => "/admin/sources" },
    { name: "stories", path: () => "/admin/stories" },
    { name: "key points", path: () => `/admin/articles/${articleId()}/key-points` },
  ];
}

/**
 * The page as a reader sees it: images loaded, hydrated (relative times, the viewer's menu), and no request
 * left open, so the next test does not start beside this one's renders.
 */
export async function settled(page: Page): Promise<void> {
  await page.waitForLoadState("networkidle");
}
