import "server-only";

import { randomBytes } from "node:crypto";

import type { Viewer } from "../auth";
import { recordAudit } from "../audit";
import { db } from "../db";
import type { ArticleStatus, Prisma } from "../generated/sqlite/client";
import { taxonomyChanged } from "../cache/invalidation";
import { articleWritten } from "../write-effects";
import { assertCan, can } from "../permissions";
import { searchNewsroomArticleIds } from "../search";
import { slugify } from "../slug";
import type { ArticleState } from "../cache/invalidation";
import type { ArticleSnapshot } from "./article-snapshot";
import { type ArticleWithRelations, recordRevision, snapshotInclude, toSnapshot } from "./revisions";
import { resolveHashtags } from "./hashtags";
import { diffSnapshots } from "./revision-diff";

export type { ArticleSnapshot } from "./article-snapshot";
export { toSnapshot } from "./revisions";

export const ADMIN_PAGE_SIZE = 25;
export const MAX_PINNED_RELATED = 3;

export type ArticleIntent = "save" | "submit" | "publish" | "schedule" | "unpublish" | "archive" | "autosave";

export type ArticleInput = Omit<ArticleSnapshot, "heroImageUrl" | "heroImageWidth" | "heroImageHeight"> & {
  heroImage: { url: string; width: number; height: number } | null | "keep";
  note: string;
};

export type SaveResult =
  | {
      ok: true;
      id: string;
      slug: string;
      previousSlug: string | null;
      version: number;
      status: ArticleStatus;
      /** An autosave of a live story: kept as its working copy, readers' version untouched. */
      workingCopy?: true;
    }
  | {
      ok: false;
      error: string;
      fieldErrors?: Record<string, string>;
      conflict?: boolean;
      /** Set by restoreRevision, for the revisions page's message. */
      code?: RestoreErrorCode;
    };

/** Why a revision wasn't restored, as the revisions page words it (?error=<code>). */
export const RESTORE_ERRORS = {
  forbidden: "Only editors can restore revisions.",
  missing: "That revision no longer exists.",
  damaged: "That revision is damaged and can’t be restored.",
  conflict: "Someone else saved this article at the same moment. Reload and try again.",
  failed: "That revision couldn’t be restored. Open the editor to see why.",
} as const;
export type RestoreErrorCode = keyof typeof RESTORE_ERRORS;

/** May this viewer change this article's content? Contributors: only their own drafts. */
export function canEditArticle(
  viewer: Viewer,
  article: { createdById: string | null; status: ArticleStatus } | null,
): boolean {
  if (can(viewer.role, "article:edit-any")) return true;
  if (!can(viewer.role, "article:write-own")) return false;
  return article === null || (article.createdById === viewer.id && article.status === "DRAFT");
}

/**
 * May this viewer open this article in the newsroom (the editor and its revisions)? Editors: any article;
 * contributors: the ones they created. False too when it doesn't exist, so both answer 404.
 */
export async function canOpenArticle(
  viewer: Pick<Viewer, "id" | "role"> | null,
  articleId: string,
): Promise<boolean> {
  if (!viewer || !can(viewer.role, "article:write-own") || articleId.length > 64) return false;
  const article = await db.article.findUnique({ where: { id: articleId }, select: { createdById: true } });
  if (!article) return false;
  return can(viewer.role, "article:edit-any") || article.createdById === viewer.id;
}

const PUBLISHING_INTENTS: ArticleIntent[] = ["publish", "schedule", "unpublish", "archive"];

/** Stories readers see now or will see without another save: autosaves never touch them directly. */
const LIVE_STATUSES: ArticleStatus[] = ["PUBLISHED", "SCHEDULED"];

function nextStatus(current: ArticleStatus | null, intent: ArticleIntent): ArticleStatus | { error: string } {
  const status = current ?? "DRAFT";
  switch (intent) {
    case "save":
    case "autosave":
      return status;
    case "submit":
      return status === "DRAFT" ? "SUBMITTED" : { error: "Only drafts can be submitted for review." };
    case "publish":
      return "PUBLISHED";
    case "schedule":
      return "SCHEDULED";
    case "unpublish":
      return status === "PUBLISHED" || status === "SCHEDULED" || status === "SUBMITTED"
        ? "DRAFT"
        : { error: "Only published, scheduled or submitted articles can be unpublished." };
    case "archive":
      return "ARCHIVED";
  }
}

/**
 * Saves an article and applies a status change in one transaction, with a revision and an audit entry.
 * A save naming an older version than the stored one is a conflict, never a silent overwrite.
 */
export async function saveArticle(
  viewer: Viewer,
  articleId: string | null,
  input: ArticleInput,
  options: { expectedVersion: number | null; intent: ArticleIntent; publishAt: Date | null },
): Promise<SaveResult> {
  const { intent } = options;
  if (PUBLISHING_INTENTS.includes(intent) && !can(viewer.role, "article:publish")) {
    return {
      ok: false,
      error: "You don’t have permission to publish. Submit the article for review instead.",
    };
  }
  if (intent === "schedule" && (!options.publishAt || options.publishAt.getTime() <= Date.now())) {
    return {
      ok: false,
      error: "Choose a publish time in the future.",
      fieldErrors: { publishAt: "Choose a publish time in the future." },
    };
  }
  const slug = slugify(input.slug || input.title);
  if (!slug)
    return {
      ok: false,
      error: "Fix the highlighted fields.",
      fieldErrors: { slug: "The slug needs at least one Latin letter or digit." },
    };

  const [section, source, authorCount] = await Promise.all([
    db.section.findUnique({ where: { id: input.sectionId }, select: { id: true } }),
    db.source.findUnique({ where: { id: input.sourceId }, select: { id: true } }),
    db.author.count({ where: { id: { in: input.authorIds } } }),
  ]);
  const invalid: Record<string, string> = {};
  if (!section) invalid.sectionId = "Choose a section.";
  if (!source) invalid.sourceId = "Choose a source outlet.";
  if (authorCount !== new Set(input.authorIds).size) invalid.authorIds = "Choose authors from the list.";
  if (Object.keys(invalid).length)
    return { ok: false, error: "Fix the highlighted fields.", fieldErrors: invalid };

  let before: ArticleState = null;
  const createdHashtags: string[] = [];
  const result = await db.$transaction(
    async (tx) => {
      const existing = articleId
        ? await tx.article.findUnique({ where: { id: articleId }, include: snapshotInclude })
        : null;
      if (articleId && !existing) return { ok: false, error: "That article no longer exists." } as const;
      before = existing ? { slug: existing.slug, status: existing.status } : null;
      if (!canEditArticle(viewer, existing))
        return { ok: false, error: "You can only edit your own drafts." } as const;
      if (existing && options.expectedVersion !== existing.version) {
        return {
          ok: false,
          conflict: true,
          error:
            "Someone else saved this article after you opened it. Your changes were not saved: copy them, reload, and apply them again.",
        } as const;
      }

      // Autosaving a live story keeps a working copy (the newest revision, marked "Autosave") and changes nothing
      // readers see; "Update" later saves the form, and only that expires their caches.
      if (intent === "autosave" && existing && LIVE_STATUSES.includes(existing.status)) {
        await recordRevision(
          tx,
          existing.id,
          viewer.id,
          workingCopySnapshot(viewer, existing, input, slug),
          "Autosave",
        );
        return {
          ok: true,
          id: existing.id,
          slug: existing.slug,
          previousSlug: existing.slug,
          version: existing.version,
          status: existing.status,
          workingCopy: true,
        } as const;
      }

      const slugTaken =
        (await tx.article.findFirst({
          where: { slug, ...(existing ? { NOT: { id: existing.id } } : {}) },
          select: { id: true },
        })) ??
        (await tx.slugRedirect.findFirst({
          where: { oldSlug: slug, ...(existing ? { NOT: { articleId: existing.id } } : {}) },
          select: { articleId: true },
        }));
      if (slugTaken)
        return {
          ok: false,
          error: "Fix the highlighted fields.",
          fieldErrors: { slug: `The slug “${slug}” is already used by another article.` },
        } as const;

      const status = nextStatus(existing?.status ?? null, intent);
      if (typeof status !== "string") return { ok: false, error: status.error } as const;
      const publishedAt =
        intent === "schedule"
          ? options.publishAt
          : intent === "publish"
            ? existing?.status === "PUBLISHED"
              ? existing.publishedAt
              : new Date()
            : (existing?.publishedAt ?? null);

      const hero =
        input.heroImage === "keep"
          ? {
              heroImageUrl: existing?.heroImageUrl ?? null,
              heroImageWidth: existing?.heroImageWidth ?? null,
              heroImageHeight: existing?.heroImageHeight ?? null,
            }
          : input.heroImage === null
            ? { heroImageUrl: null, heroImageWidth: null, heroImageHeight: null }
            : {
                heroImageUrl: input.heroImage.url,
                heroImageWidth: input.heroImage.width,
                heroImageHeight: input.heroImage.height,
              };

      const data = {
        title: input.title,
        dek: input.dek,
        slug,
        body: input.body,
        excerpt: input.excerpt,
        ...hero,
        heroImageAlt: input.heroImageAlt,
        heroImageCaption: input.heroImageCaption,
        sectionId: input.sectionId,
        sourceId: input.sourceId,
        seoTitle: input.seoTitle,
        seoDescription: input.seoDescription,
        canonicalUrl: input.canonicalUrl,
        commentsOpen: input.commentsOpen,
        isLead: can(viewer.role, "article:edit-any") ? input.isLead : (existing?.isLead ?? false),
        leadOrder: can(viewer.role, "article:edit-any") ? input.leadOrder : (existing?.leadOrder ?? 0),
        status,
        publishedAt,
      };

      let id: string;
      let version: number;
      if (existing) {
        const updated = await tx.article.updateMany({
          where: { id: existing.id, version: existing.version },
          data: { ...data, version: { increment: 1 } },
        });
        if (updated.count !== 1)
          return {
            ok: false,
            conflict: true,
            error: "Someone else saved this article at the same moment. Reload and try again.",
          } as const;
        id = existing.id;
        version = existing.version + 1;
        await tx.articleTag.deleteMany({ where: { articleId: id } });
        await tx.articleAuthor.deleteMany({ where: { articleId: id } });
        await tx.relatedPin.deleteMany({ where: { articleId: id } });
      } else {
        const created = await tx.article.create({
          data: { ...data, createdById: viewer.id, previewToken: randomBytes(24).toString("base64url") },
          select: { id: true, version: true },
        });
        id = created.id;
        version = created.version;
      }

      const hashtags = await resolveHashtags(tx, input.tags);
      createdHashtags.push(...hashtags.created);
      const tagIds = hashtags.ids;
      for (const tagId of new Set(tagIds)) await tx.articleTag.create({ data: { articleId: id, tagId } });
      for (const [position, authorId] of input.authorIds.entries())
        await tx.articleAuthor.create({ data: { articleId: id, authorId, position } });
      const pins = [...new Set(input.pinnedRelatedIds)]
        .filter((relatedId) => relatedId !== id)
        .slice(0, MAX_PINNED_RELATED);
      for (const [position, relatedId] of pins.entries())
        await tx.relatedPin.create({ data: { articleId: id, relatedId, position } });

      // An old slug that readers may have seen keeps working with a 301.
      const previousSlug = existing && existing.slug !== slug ? existing.slug : null;
      if (previousSlug && existing?.publishedAt) {
        await tx.slugRedirect.upsert({
          where: { oldSlug: previousSlug },
          create: { oldSlug: previousSlug, articleId: id },
          update: { articleId: id },
        });
      }
      await tx.slugRedirect.deleteMany({ where: { oldSlug: slug } });

      const saved = await tx.article.findUniqueOrThrow({ where: { id }, include: snapshotInclude });
      const snapshot = toSnapshot(saved);
      await recordRevision(tx, id, viewer.id, snapshot, input.note || defaultNote(intent, existing === null));
      if (intent !== "autosave") {
        await recordAudit(
          {
            actorId: viewer.id,
            action: existing ? `article.${intent === "save" ? "update" : intent}` : "article.create",
            entityType: "article",
            entityId: id,
            summary: `${existing ? describeIntent(intent) : "Created"} “${saved.title}”${status !== existing?.status ? ` (${existing?.status ?? "new"} → ${status})` : ""}`,
            before: existing
              ? {
                  status: existing.status,
                  slug: existing.slug,
                  title: existing.title,
                  publishedAt: existing.publishedAt,
                }
              : undefined,
            after: { status, slug, title: saved.title, publishedAt },
          },
          tx,
        );
      }
      return {
        ok: true,
        id,
        slug,
        previousSlug: existing?.slug ?? null,
        version,
        status,
      } as const;
    },
    // About twenty-five statements: on a busy PostgreSQL they can outlast Prisma's 5 s default, as comments do.
    { maxWait: 15_000, timeout: 15_000 },
  );
  if (result.ok && !result.workingCopy) {
    await taxonomyChanged({ hashtagSlugs: createdHashtags });
    await articleWritten({ id: result.id, before, after: { slug: result.slug, status: result.status } });
  }
  return result;
}

/** The next version of a live story as the editor has typed it; the image stays as it is until "Update". */
function workingCopySnapshot(
  viewer: Viewer,
  existing: ArticleWithRelations,
  input: ArticleInput,
  slug: string,
): ArticleSnapshot {
  const mayEditAny = can(viewer.role, "article:edit-any");
  return {
    ...toSnapshot(existing),
    title: input.title,
    dek: input.dek,
    slug,
    body: input.body,
    excerpt: input.excerpt,
    heroImageAlt: input.heroImageAlt,
    heroImageCaption: input.heroImageCaption,
    sectionId: input.sectionId,
    sourceId: input.sourceId,
    authorIds: input.authorIds,
    tags: [...input.tags].sort((a, b) => a.localeCompare(b)),
    seoTitle: input.seoTitle,
    seoDescription: input.seoDescription,
    canonicalUrl: input.canonicalUrl,
    commentsOpen: input.commentsOpen,
    isLead: mayEditAny ? input.isLead : existing.isLead,
    leadOrder: mayEditAny ? input.leadOrder : existing.leadOrder,
    pinnedRelatedIds: input.pinnedRelatedIds,
  };
}

export type WorkingCopy = { snapshot: ArticleSnapshot; savedAt: Date; changedFields: string[] };

/**
 * The unpublished next version of a live story, if the newest revision is an autosave: what the editor should
 * reopen with, and which fields differ from what readers see.
 */
async function findWorkingCopy(article: ArticleWithRelations & { id: string; status: ArticleStatus }) {
  if (!LIVE_STATUSES.includes(article.status)) return null;
  const latest = await db.articleRevision.findFirst({
    where: { articleId: article.id },
    orderBy: { createdAt: "desc" },
    select: { id: true, note: true, snapshot: true, createdAt: true },
  });
  const snapshot = latest?.note === "Autosave" ? parseSnapshot(latest.snapshot) : null;
  if (!latest || !snapshot) return null;
  const changedFields = diffSnapshots(toSnapshot(article), snapshot).map((field) => field.label);
  return changedFields.length > 0
    ? { revisionId: latest.id, snapshot, savedAt: latest.createdAt, changedFields }
    : null;
}

/** Throws away a live story's working copy, so the editor shows the published version again. */
export async function discardWorkingCopy(viewer: Viewer, articleId: string): Promise<boolean> {
  const article = await db.article.findUnique({ where: { id: articleId }, include: snapshotInclude });
  if (!article || !canEditArticle(viewer, article)) return false;
  const workingCopy = await findWorkingCopy(article);
  if (!workingCopy) return false;
  await db.articleRevision.delete({ where: { id: workingCopy.revisionId } });
  return true;
}

function defaultNote(intent: ArticleIntent, created: boolean): string {
  if (created) return "Created";
  return {
    save: "Saved",
    autosave: "Autosave",
    submit: "Submitted for review",
    publish: "Published",
    schedule: "Scheduled",
    unpublish: "Unpublished",
    archive: "Archived",
  }[intent];
}

function describeIntent(intent: ArticleIntent): string {
  return {
    save: "Edited",
    autosave: "Autosaved",
    submit: "Submitted",
    publish: "Published",
    schedule: "Scheduled",
    unpublish: "Unpublished",
    archive: "Archived",
  }[intent];
}

export type AdminArticleFilters = {
  q?: string;
  status?: ArticleStatus;
  sectionId?: string;
  authorId?: string;
  sort: "updated" | "published" | "title";
  page: number;
};

/** The newsroom's article list. Contributors see only their own. */
export async function listAdminArticles(viewer: Viewer, filters: AdminArticleFilters) {
  const where: Prisma.ArticleWhereInput = {
    ...(can(viewer.role, "article:edit-any") ? {} : { createdById: viewer.id }),
    ...(filters.q
      ? {
          OR: [
            // The search engine: words in any case, accents folded, word prefixes; any status.
            { id: { in: await searchNewsroomArticleIds(filters.q) } },
            { slug: { contains: filters.q.toLowerCase() } },
          ],
        }
      : {}),
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.sectionId ? { sectionId: filters.sectionId } : {}),
    ...(filters.authorId ? { authors: { some: { authorId: filters.authorId } } } : {}),
  };
  const orderBy: Prisma.ArticleOrderByWithRelationInput[] =
    filters.sort === "title"
      ? [{ title: "asc" }]
      : filters.sort === "published"
        ? [{ publishedAt: "desc" }, { id: "desc" }]
        : [{ updatedAt: "desc" }, { id: "desc" }];
  const [articles, total] = await Promise.all([
    db.article.findMany({
      where,
      orderBy,
      skip: (filters.page - 1) * ADMIN_PAGE_SIZE,
      take: ADMIN_PAGE_SIZE,
      select: {
        id: true,
        title: true,
        slug: true,
        status: true,
        publishedAt: true,
        updatedAt: true,
        isLead: true,
        section: { select: { name: true } },
        authors: { select: { author: { select: { name: true } } } },
        createdBy: { select: { name: true, email: true } },
      },
    }),
    db.article.count({ where }),
  ]);
  return { articles, total };
}

/** What the editor form needs: the article (if any) and the choices for its selects. */
export async function getArticleEditorData(viewer: Viewer, articleId: string | null) {
  const [article, sections, sources, authors, recent] = await Promise.all([
    articleId ? db.article.findUnique({ where: { id: articleId }, include: snapshotInclude }) : null,
    db.section.findMany({ orderBy: { position: "asc" }, select: { id: true, name: true } }),
    db.source.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
    db.author.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
    db.article.findMany({
      where: { status: "PUBLISHED" },
      orderBy: { publishedAt: "desc" },
      take: 150,
      select: { id: true, title: true },
    }),
  ]);
  if (articleId && !article) return null;
  const editable = article ? canEditArticle(viewer, article) : false;
  const workingCopy = article && editable ? await findWorkingCopy(article) : null;
  return {
    article: article
      ? {
          // The editor reopens with the unpublished working copy, so closing the tab loses nothing.
          ...(workingCopy?.snapshot ?? toSnapshot(article)),
          id: article.id,
          status: article.status,
          version: article.version,
          publishedAt: article.publishedAt,
          previewToken: article.previewToken,
          createdById: article.createdById,
          editable,
        }
      : null,
    workingCopy: workingCopy
      ? { savedAt: workingCopy.savedAt, changedFields: workingCopy.changedFields }
      : null,
    sections,
    sources,
    authors,
    recent: recent.filter((item) => item.id !== articleId),
  };
}

/**
 * An article's revisions, newest first, for someone who may open the article: editors, or the contributor
 * who created it (null for another contributor's, as if it didn't exist). Throws for anyone else.
 */
export async function listRevisions(viewer: Viewer | null, articleId: string) {
  assertCan(viewer?.role, "article:write-own");
  if (!(await canOpenArticle(viewer, articleId))) return null;
  return db.articleRevision.findMany({
    where: { articleId },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      note: true,
      createdAt: true,
      snapshot: true,
      editor: { select: { name: true, email: true } },
    },
  });
}

/** Restores a revision by saving its snapshot as a new revision (so the restore itself can be undone). */
export async function restoreRevision(
  viewer: Viewer,
  articleId: string,
  revisionId: string,
): Promise<SaveResult> {
  if (!can(viewer.role, "article:edit-any"))
    return { ok: false, error: RESTORE_ERRORS.forbidden, code: "forbidden" };
  const [revision, article] = await Promise.all([
    db.articleRevision.findFirst({ where: { id: revisionId, articleId } }),
    db.article.findUnique({ where: { id: articleId }, select: { version: true } }),
  ]);
  if (!revision || !article) return { ok: false, error: RESTORE_ERRORS.missing, code: "missing" };
  const snapshot = parseSnapshot(revision.snapshot);
  if (!snapshot) return { ok: false, error: RESTORE_ERRORS.damaged, code: "damaged" };
  const { heroImageUrl, heroImageWidth, heroImageHeight, ...rest } = snapshot;
  return saveArticle(
    viewer,
    articleId,
    {
      ...rest,
      heroImage: heroImageUrl
        ? { url: heroImageUrl, width: heroImageWidth ?? 1600, height: heroImageHeight ?? 900 }
        : null,
      note: `Restored the revision of ${revision.createdAt.toISOString()}`,
    },
    { expectedVersion: article.version, intent: "save", publishAt: null },
  );
}

export async function getArticleFilterOptions() {
  const [sections, authors] = await Promise.all([
    db.section.findMany({ orderBy: { position: "asc" }, select: { id: true, name: true } }),
    db.author.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
  ]);
  return { sections, authors };
}

/** A stored snapshot, or null when it is not one (hand-edited or from an incompatible version). */
export function parseSnapshot(json: string): ArticleSnapshot | null {
  try {
    const value = JSON.parse(json) as Partial<ArticleSnapshot>;
    const strings = [value.title, value.body, value.slug, value.sectionId, value.sourceId];
    if (
      strings.some((field) => typeof field !== "string") ||
      !Array.isArray(value.tags) ||
      !Array.isArray(value.authorIds)
    )
      return null;
    return value as ArticleSnapshot;
  } catch {
    return null;
  }
}
