import { hashPasswordNow } from "../../lib/auth/password-hash";
import { assignUnassigned } from "../../lib/stories/assign";
import type { Database } from "../../lib/db-client";
import { articles, authors, comments, sections, sources, tags, users } from "../seed-data";
import type { SeedComment } from "../seed-data/types";

/** The password of every demo account; listed in the README and refused in production. */
export const DEMO_PASSWORD = "ledger-demo-2026";

const HOUR = 3_600_000;

export const DEFAULT_BANNED_WORDS = ["scamcoin", "buy-followers", "casinobonus"];

/** Loads the hand-written corpus. Runs in one transaction so a failure leaves the database empty. */
export async function seedDemo(db: Database, now = new Date()): Promise<void> {
  const ago = (hours: number) => new Date(now.getTime() - hours * HOUR);
  const passwordHash = await hashPasswordNow(DEMO_PASSWORD);

  await db.$transaction(
    async (tx) => {
      await tx.section.createMany({ data: sections });
      await tx.source.createMany({ data: sources });
      await tx.author.createMany({ data: authors });
      await tx.tag.createMany({ data: tags });
      await tx.bannedWord.createMany({ data: DEFAULT_BANNED_WORDS.map((word) => ({ word })) });
      for (const user of users) {
        await tx.user.create({
          data: {
            name: user.name,
            email: user.email,
            role: user.role,
            passwordHash,
            emailVerified: ago(24 * 60),
            createdAt: ago(24 * 60),
          },
        });
      }

      const [sectionRows, sourceRows, authorRows, tagRows, userRows] = await Promise.all([
        tx.section.findMany({ select: { id: true, slug: true } }),
        tx.source.findMany({ select: { id: true, slug: true } }),
        tx.author.findMany({ select: { id: true, slug: true } }),
        tx.tag.findMany({ select: { id: true, slug: true } }),
        tx.user.findMany({ select: { id: true, email: true } }),
      ]);
      const idBySlug = (rows: { id: string; slug: string }[], kind: string) => {
        const map = new Map(rows.map((row) => [row.slug, row.id]));
        return (slug: string) => {
          const id = map.get(slug);
          if (!id) throw new Error(`Seed data names an unknown ${kind}: ${slug}`);
          return id;
        };
      };
      const sectionId = idBySlug(sectionRows, "section");
      const sourceId = idBySlug(sourceRows, "source");
      const authorId = idBySlug(authorRows, "author");
      const tagId = idBySlug(tagRows, "tag");

      const articleIds = new Map<string, string>();
      for (const article of articles) {
        const publishedAt = ago(article.hoursAgo);
        const created = await tx.article.create({
          data: {
            slug: article.slug,
            title: article.title,
            dek: article.dek,
            body: article.body,
            excerpt: article.excerpt,
            heroImageUrl: article.hero.file,
            heroImageAlt: article.hero.alt,
            heroImageCaption: article.hero.caption,
            heroImageWidth: article.hero.width,
            heroImageHeight: article.hero.height,
            status: "PUBLISHED",
            publishedAt,
            createdAt: publishedAt,
            updatedAt: article.updatedHoursAgo !== undefined ? ago(article.updatedHoursAgo) : publishedAt,
            isLead: article.isLead ?? false,
            leadOrder: article.leadOrder ?? 0,
            commentsOpen: article.commentsOpen ?? true,
            sectionId: sectionId(article.section),
            sourceId: sourceId(article.source),
            authors: {
              create: article.authors.map((slug, position) => ({ authorId: authorId(slug), position })),
            },
            tags: { create: article.tags.map((slug) => ({ tagId: tagId(slug) })) },
          },
          select: { id: true },
        });
        articleIds.set(article.slug, created.id);
      }

      for (const article of articles) {
        for (const [position, relatedSlug] of (article.pinnedRelated ?? []).entries()) {
          const relatedId = articleIds.get(relatedSlug);
          if (!relatedId) throw new Error(`Seed data pins an unknown article: ${relatedSlug}`);
          await tx.relatedPin.create({
            data: { articleId: articleIds.get(article.slug)!, relatedId, position },
          });
        }
      }

      const userIdByKey = new Map(
        users.map((user) => [user.key, userRows.find((row) => row.email === user.email)!.id]),
      );
      const insertComment = async (
        comment: SeedComment,
        parent: { id: string; rootId: string; depth: number } | null,
      ) => {
        const articleId = articleIds.get(comment.article);
        const userId = userIdByKey.get(comment.author);
        if (!articleId || !userId)
          throw new Error(`Seed comment names an unknown article or user: ${comment.article}`);
        const created = await tx.comment.create({
          data: {
            articleId,
            userId,
            body: comment.body,
            parentId: parent?.id ?? null,
            rootId: parent ? parent.rootId : null,
            depth: parent ? parent.depth + 1 : 0,
            createdAt: ago(comment.hoursAgo),
          },
          select: { id: true },
        });
        const self = {
          id: created.id,
          rootId: parent ? parent.rootId : created.id,
          depth: parent ? parent.depth + 1 : 0,
        };
        for (const reply of comment.replies ?? [])
          await insertComment({ ...reply, article: comment.article }, self);
      };
      for (const comment of comments) await insertComment(comment, null);
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
  // Every published article in a story, as publishing would have done (lib/stories): the demo's outlets already
  // cover the same events, so the site opens with multi-outlet stories.
  await assignUnassigned(db);
}
