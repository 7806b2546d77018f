"use server";

import { redirect } from "next/navigation";
import { z } from "zod";

import { authorizeAction } from "@/lib/admin/guard";
import {
  discardWorkingCopy,
  restoreRevision,
  saveArticle,
  type ArticleInput,
  type ArticleIntent,
} from "@/lib/admin/articles";
import { renderMarkdown } from "@/lib/markdown";
import { storeHeroImage } from "@/lib/uploads";

import type { FormState } from "../../auth/form-state";

const text = (max: number, message?: string) =>
  z
    .string()
    .trim()
    .max(max, message ?? `Keep this under ${max} characters.`);
const optionalText = (max: number) => text(max).transform((value) => value || null);
const checkbox = z.preprocess((value) => value === "on" || value === "true", z.boolean());

const intents = ["save", "submit", "publish", "schedule", "unpublish", "archive", "autosave"] as const;

const articleForm = z.object({
  title: z.string().trim().min(1, "Enter a headline.").max(200, "Keep the headline under 200 characters."),
  dek: text(300),
  slug: text(120),
  body: z.string().max(100_000, "The body is too long (100,000 characters at most)."),
  excerpt: text(300, "The excerpt can be at most 300 characters."),
  heroImageAlt: text(300),
  heroImageCaption: text(300),
  removeHeroImage: checkbox,
  sectionId: z.string().min(1, "Choose a section."),
  sourceId: z.string().min(1, "Choose a source outlet."),
  authorIds: z.array(z.string().min(1)).max(10),
  tags: z
    .string()
    .max(1000)
    .transform((value) => [
      ...new Set(
        value
          .split(",")
          .map((tag) => tag.trim().replace(/^#/, ""))
          .filter(Boolean),
      ),
    ]),
  seoTitle: optionalText(200),
  seoDescription: optionalText(300),
  canonicalUrl: z
    .string()
    .trim()
    .refine(
      (value) => value === "" || /^https?:\/\/[^\s]+$/.test(value),
      "Enter a full URL starting with https://, or leave it empty.",
    )
    .transform((value) => value || null),
  commentsOpen: checkbox,
  isLead: checkbox,
  leadOrder: z.coerce
    .number({ message: "Lead order must be a number." })
    .int("Lead order must be a whole number.")
    .min(0)
    .max(99),
  pinnedRelatedIds: z
    .array(z.string())
    .transform((ids) => ids.filter(Boolean))
    .pipe(z.array(z.string()).max(3, "Pin at most three related articles.")),
  note: text(200),
  publishAt: z
    .string()
    .trim()
    .refine(
      // The round trip refuses days a month doesn't have (Date would roll 2027-02-30 over to March 2).
      (value) =>
        value === "" ||
        (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(value) &&
          !Number.isNaN(Date.parse(`${value}Z`)) &&
          new Date(`${value}Z`).toISOString().startsWith(value)),
      "Enter a valid date and time.",
    )
    .transform((value) => (value ? new Date(`${value.length === 16 ? `${value}:00` : value}Z`) : null))
    .refine((value) => value === null || !Number.isNaN(value.getTime()), "Enter a valid date and time."),
  version: z.coerce.number().int().min(0).optional(),
  intent: z.enum(intents),
});

const FIELD_KEYS = [
  "title",
  "dek",
  "slug",
  "body",
  "excerpt",
  "heroImageAlt",
  "heroImageCaption",
  "sectionId",
  "sourceId",
  "tags",
  "seoTitle",
  "seoDescription",
  "canonicalUrl",
  "leadOrder",
  "note",
  "publishAt",
];

function readForm(formData: FormData) {
  const values: Record<string, string> = {};
  for (const key of FIELD_KEYS) {
    const value = formData.get(key);
    values[key] = typeof value === "string" ? value : "";
  }
  for (const key of ["removeHeroImage", "commentsOpen", "isLead"])
    values[key] = formData.get(key) === "on" ? "on" : "";
  const authorIds = formData.getAll("authorIds").filter((v): v is string => typeof v === "string");
  const pinnedRelatedIds = ["pinned1", "pinned2", "pinned3"]
    .map((key) => formData.get(key))
    .filter((v): v is string => typeof v === "string");
  values.authorIds = authorIds.join(",");
  values.pinned = pinnedRelatedIds.join(",");
  return { values, authorIds, pinnedRelatedIds };
}

/** The article form: validate, store an uploaded image, save, change status. Nothing is half-applied. */
export async function saveArticleAction(_state: FormState, formData: FormData): Promise<FormState> {
  const auth = await authorizeAction("article:write-own");
  if (!auth.ok) return { status: "error", message: auth.error };
  const { values, authorIds, pinnedRelatedIds } = readForm(formData);
  const articleId =
    typeof formData.get("articleId") === "string" && formData.get("articleId")
      ? String(formData.get("articleId"))
      : null;
  const parsed = articleForm.safeParse({
    ...values,
    authorIds,
    pinnedRelatedIds,
    version: formData.get("version") ?? undefined,
    intent: formData.get("intent") ?? "save",
  });
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) fieldErrors[String(issue.path[0])] ??= issue.message;
    return { status: "error", message: "Fix the highlighted fields.", fieldErrors, values };
  }
  const input = parsed.data;

  const upload = formData.get("heroImage");
  let heroImage: ArticleInput["heroImage"] = input.removeHeroImage ? null : "keep";
  if (upload instanceof File && upload.size > 0) {
    const stored = await storeHeroImage(upload);
    if (!stored.ok)
      return {
        status: "error",
        message: "Fix the highlighted fields.",
        fieldErrors: { heroImage: stored.error },
        values,
      };
    heroImage = stored.image;
  }
  const hasImage = heroImage !== null && (heroImage !== "keep" || formData.get("hasHeroImage") === "true");
  if (hasImage && !input.heroImageAlt) {
    return {
      status: "error",
      message: "Fix the highlighted fields.",
      fieldErrors: { heroImageAlt: "Describe the image for readers who can’t see it." },
      values,
    };
  }

  const result = await saveArticle(
    auth.viewer,
    articleId,
    {
      ...input,
      heroImage,
      authorIds: input.authorIds,
      pinnedRelatedIds: input.pinnedRelatedIds,
      tags: input.tags,
    },
    {
      expectedVersion: input.version ?? null,
      intent: input.intent as ArticleIntent,
      publishAt: input.publishAt,
    },
  );
  if (!result.ok) return { status: "error", message: result.error, fieldErrors: result.fieldErrors, values };
  redirect(`/admin/articles/${result.id}?saved=${input.intent}`);
}

export type AutosaveResult =
  | { ok: true; version: number; savedAt: string; workingCopy: boolean }
  | { ok: false; error: string; conflict?: boolean };

/** Background save from the editor (no status change, no image). Same checks as a manual save. */
export async function autosaveArticleAction(formData: FormData): Promise<AutosaveResult> {
  const auth = await authorizeAction("article:write-own");
  if (!auth.ok) return { ok: false, error: auth.error };
  const articleId = formData.get("articleId");
  if (typeof articleId !== "string" || !articleId)
    return { ok: false, error: "Save the article once before autosave can run." };
  const { values, authorIds, pinnedRelatedIds } = readForm(formData);
  const parsed = articleForm.safeParse({
    ...values,
    authorIds,
    pinnedRelatedIds,
    version: formData.get("version") ?? undefined,
    intent: "autosave",
  });
  if (!parsed.success) return { ok: false, error: "Not autosaved: some fields need fixing." };
  const result = await saveArticle(
    auth.viewer,
    articleId,
    { ...parsed.data, heroImage: "keep", note: "Autosave" },
    { expectedVersion: parsed.data.version ?? null, intent: "autosave", publishAt: null },
  );
  if (!result.ok) return { ok: false, error: result.error, conflict: result.conflict };
  return {
    ok: true,
    version: result.version,
    savedAt: new Date().toISOString(),
    workingCopy: result.workingCopy === true,
  };
}

/** Live preview with the site's own renderer and sanitiser. */
export async function previewMarkdownAction(markdown: string): Promise<string> {
  const auth = await authorizeAction("article:write-own");
  if (!auth.ok || typeof markdown !== "string") return "";
  return renderMarkdown(markdown.slice(0, 100_000));
}

export async function restoreRevisionAction(formData: FormData): Promise<void> {
  const auth = await authorizeAction("article:edit-any");
  const articleId = String(formData.get("articleId") ?? "");
  if (!auth.ok) redirect(`/admin/articles/${articleId}/revisions?error=forbidden`);
  const result = await restoreRevision(auth.viewer, articleId, String(formData.get("revisionId") ?? ""));
  if (!result.ok)
    redirect(`/admin/articles/${articleId}/revisions?error=${encodeURIComponent(result.error)}`);
  redirect(`/admin/articles/${articleId}?saved=restore`);
}

/** Throws away a live story's autosaved working copy; the editor shows the published version again. */
export async function discardWorkingCopyAction(formData: FormData): Promise<void> {
  const auth = await authorizeAction("article:write-own");
  const parsed = z.object({ articleId: z.string().min(1).max(64) }).safeParse({
    articleId: formData.get("articleId"),
  });
  if (!auth.ok || !parsed.success) redirect("/admin/articles");
  await discardWorkingCopy(auth.viewer, parsed.data.articleId);
  redirect(`/admin/articles/${parsed.data.articleId}?saved=discard`);
}
