import "server-only";

import { cacheTag } from "next/cache";

import type { Viewer } from "../auth";
import { expireTags } from "../cache/invalidation";
import { cacheTags } from "../cache/tags";
import { db } from "../db";
import { can } from "../permissions";
import type { ArticleWrite } from "../write-effects";
import { analyseArticle } from "./analysis";
import { MAX_KEY_POINTS, MIN_KEY_POINTS, rankSentences, selectKeyPoints, type KeyPoint } from "./key-points";

export type { KeyPoint };

type Point = KeyPoint & { chosenByEditor: boolean };

async function storePoints(articleId: string, points: Point[]): Promise<void> {
  await db.$transaction([
    db.articleKeyPoint.deleteMany({ where: { articleId } }),
    db.articleKeyPoint.createMany({
      data: points.map((point, position) => ({ articleId, position, ...point })),
    }),
  ]);
}

/**
 * Recomputes an article's key points from its body as it now stands. An editor's choice is kept for every chosen
 * sentence still in the body (an anchor is a hash of the sentence's words, so edits elsewhere leave it alone);
 * a chosen sentence that was edited away is replaced by the best computed one not already shown. So a revision
 * restore brings back the points that match the restored text.
 */
export async function refreshKeyPoints(articleId: string): Promise<void> {
  const article = await db.article.findUnique({
    where: { id: articleId },
    select: {
      id: true,
      title: true,
      body: true,
      updatedAt: true,
      keyPoints: { orderBy: { position: "asc" } },
    },
  });
  if (!article) return;
  const { sentences } = analyseArticle(article);
  const computed = selectKeyPoints(sentences, article.title);
  const curated = article.keyPoints.filter((point) => point.chosenByEditor);
  if (curated.length === 0) {
    await storePoints(
      articleId,
      computed.map(({ id, text }) => ({ sentenceId: id, text, chosenByEditor: false })),
    );
    return;
  }
  const byId = new Map(sentences.map((sentence) => [sentence.id, sentence]));
  const kept: Point[] = curated
    .filter((point) => byId.has(point.sentenceId))
    .map((point) => ({
      sentenceId: point.sentenceId,
      text: byId.get(point.sentenceId)!.text,
      chosenByEditor: true,
    }));
  for (const sentence of rankSentences(sentences, article.title)) {
    if (kept.length >= Math.min(MIN_KEY_POINTS, sentences.length)) break;
    if (!kept.some((point) => point.sentenceId === sentence.id))
      kept.push({ sentenceId: sentence.id, text: sentence.text, chosenByEditor: false });
  }
  await storePoints(articleId, kept);
}

/**
 * The write-effects deriver (lib/write-effects): key points follow every committed article write, drafts
 * included (the newsroom shows them). It expires nothing of its own: readers' key points are tagged with the
 * article lists, which every write readers can see already expires (lib/cache/invalidation.ts).
 */
export async function deriveKeyPoints(write: ArticleWrite): Promise<string[]> {
  if (write.after) await refreshKeyPoints(write.id);
  return [];
}

/**
 * An article's key points as stored; for an article no write has reached yet (seeded, or imported before this
 * feature), computed from its body on the fly, the same way.
 */
export async function getKeyPoints(articleId: string): Promise<KeyPoint[]> {
  "use cache";
  // The lists' tag: every write readers see expires it, so recomputed points show with the edit that made them.
  cacheTag(cacheTags.keyPoints(articleId), cacheTags.articleLists);
  const article = await db.article.findUnique({
    where: { id: articleId },
    select: {
      id: true,
      title: true,
      body: true,
      updatedAt: true,
      keyPoints: { orderBy: { position: "asc" }, select: { sentenceId: true, text: true } },
    },
  });
  if (!article) return [];
  if (article.keyPoints.length > 0) return article.keyPoints;
  return selectKeyPoints(analyseArticle(article).sentences, article.title).map(({ id, text }) => ({
    sentenceId: id,
    text,
  }));
}

export type KeyPointEditor = {
  articleId: string;
  title: string;
  slug: string;
  aiPanelEnabled: boolean;
  chosenByEditor: boolean;
  points: KeyPoint[];
  /** Every sentence of the body, in reading order: the only things a point can be replaced with. */
  sentences: KeyPoint[];
};

/** For the newsroom's key-points page; null unless this viewer may edit any article. */
export async function getKeyPointEditor(viewer: Viewer, articleId: string): Promise<KeyPointEditor | null> {
  if (!can(viewer.role, "article:edit-any")) return null;
  const article = await db.article.findUnique({
    where: { id: articleId },
    select: {
      id: true,
      slug: true,
      title: true,
      body: true,
      updatedAt: true,
      aiPanelEnabled: true,
      keyPoints: { orderBy: { position: "asc" } },
    },
  });
  if (!article) return null;
  const { sentences } = analyseArticle(article);
  const stored = article.keyPoints.map(({ sentenceId, text }) => ({ sentenceId, text }));
  return {
    articleId: article.id,
    title: article.title,
    slug: article.slug,
    aiPanelEnabled: article.aiPanelEnabled,
    chosenByEditor: article.keyPoints.some((point) => point.chosenByEditor),
    points:
      stored.length > 0
        ? stored
        : selectKeyPoints(sentences, article.title).map(({ id, text }) => ({ sentenceId: id, text })),
    sentences: sentences.map(({ id, text }) => ({ sentenceId: id, text })),
  };
}

export type KeyPointsResult = { ok: true } | { ok: false; error: string };

async function expireArticle(articleId: string, slug: string) {
  await expireTags([cacheTags.keyPoints(articleId), cacheTags.article(slug)]);
}

/**
 * An editor's key points: sentence ids only, each one of the article's own sentences (no free text: the points
 * must stay quotes), three to five, no repeats.
 */
export async function saveEditorKeyPoints(
  viewer: Viewer,
  articleId: string,
  sentenceIds: string[],
): Promise<KeyPointsResult> {
  if (!can(viewer.role, "article:edit-any"))
    return { ok: false, error: "Only editors can change key points." };
  const article = await db.article.findUnique({
    where: { id: articleId },
    select: { id: true, slug: true, body: true, updatedAt: true },
  });
  if (!article) return { ok: false, error: "That article no longer exists." };
  const byId = new Map(analyseArticle(article).sentences.map((sentence) => [sentence.id, sentence]));
  if (new Set(sentenceIds).size !== sentenceIds.length)
    return { ok: false, error: "Each sentence can be a key point only once." };
  if (sentenceIds.length < Math.min(MIN_KEY_POINTS, byId.size) || sentenceIds.length > MAX_KEY_POINTS)
    return { ok: false, error: `Choose between ${MIN_KEY_POINTS} and ${MAX_KEY_POINTS} key points.` };
  if (sentenceIds.some((id) => !byId.has(id)))
    return {
      ok: false,
      error: "The article changed: a chosen sentence is no longer in it. Reload and choose again.",
    };
  await storePoints(
    articleId,
    sentenceIds.map((id) => ({ sentenceId: id, text: byId.get(id)!.text, chosenByEditor: true })),
  );
  await expireArticle(article.id, article.slug);
  return { ok: true };
}

/** Drops the editor's choice: the computed points come back. */
export async function resetKeyPoints(viewer: Viewer, articleId: string): Promise<KeyPointsResult> {
  if (!can(viewer.role, "article:edit-any"))
    return { ok: false, error: "Only editors can change key points." };
  const article = await db.article.findUnique({ where: { id: articleId }, select: { id: true, slug: true } });
  if (!article) return { ok: false, error: "That article no longer exists." };
  await db.articleKeyPoint.deleteMany({ where: { articleId } });
  await refreshKeyPoints(articleId);
  await expireArticle(article.id, article.slug);
  return { ok: true };
}

/** Turns the article's AI panel on or off for readers. */
export async function setAiPanelEnabled(
  viewer: Viewer,
  articleId: string,
  enabled: boolean,
): Promise<KeyPointsResult> {
  if (!can(viewer.role, "article:edit-any"))
    return { ok: false, error: "Only editors can change the panel." };
  const article = await db.article.findUnique({
    where: { id: articleId },
    select: { id: true, slug: true, updatedAt: true },
  });
  if (!article) return { ok: false, error: "That article no longer exists." };
  // Not an edit of the story: its "Updated" time stays.
  await db.article.update({
    where: { id: articleId },
    data: { aiPanelEnabled: enabled, updatedAt: article.updatedAt },
  });
  await expireArticle(article.id, article.slug);
  return { ok: true };
}
