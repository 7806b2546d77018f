"use server";

import { notFound, redirect } from "next/navigation";
import { z } from "zod";

import { authorizeAction } from "@/lib/admin/guard";
import {
  discardWorkingCopy,
  restoreRevision,
  saveArticle,
  type ArticleInput,
  type RestoreErrorCode,
} from "@/lib/admin/articles";
import { renderMarkdown } from "@/lib/markdown";
import { storeHeroImage } from "@/lib/uploads";
import { DATABASE_UNAVAILABLE_MESSAGE, formError, parseForm, serverAction } from "@/lib/validation/form";
import type { FormState } from "@/lib/validation/form-state";

const text = (max: number, message?: string) =>
  z
    .string()
    .trim()
    .max(max, message ?? `Keep this under ${max} characters.`);
const optionalText = (max: number) => text(max).transform((value) => value || null);
const checkbox = z.string().transform((value) => value === "on" || value === "true");
/** A record id (hidden fields and selects); "" when none was chosen. */
const optionalId = z.string().regex(/^[A-Za-z0-9_-]{0,64}$/, "Choose from the list.");

const intents = ["save", "submit", "publish", "schedule", "unpublish", "archive", "autosave"] as const;

const articleForm = z.object({
  articleId: optionalId.transform((value) => value || null),
  version: z
    .string()
    .transform((value) => (value === "" ? undefined : Number(value)))
    .pipe(z.number().int().min(0).optional()),
  // The clicked button; pressing Enter in a field submits without one, which saves.
  intent: z
    .string()
    .transform((value) => value || "save")
    .pipe(z.enum(intents)),
  title: z.string().trim().min(1, "Enter a headline.").max(200, "Keep the headline under 200 characters."),
  dek: text(300),
  slug: text(120),
  body: z.string().max(100_000, "The body is too long (100,000 characters at most)."),
  excerpt: text(300, "The excerpt can be at most 300 characters."),
  heroImage: z.instanceof(File).optional(),
  hasHeroImage: z.string(),
  heroImageAlt: text(300),
  heroImageCaption: text(300),
  removeHeroImage: checkbox,
  sectionId: z.string().min(1, "Choose a section.").max(64, "Choose a section."),
  sourceId: z.string().min(1, "Choose a source outlet.").max(64, "Choose a source outlet."),
  authorIds: z.array(z.string().min(1).max(64)).max(10, "Choose at most ten authors."),
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
  leadOrder: z
    .string()
    .transform((value) => Number(value || "0"))
    .pipe(
      z
        .number({ message: "Lead order must be a number." })
        .int("Lead order must be a whole number.")
        .min(0)
        .max(99),
    ),
  pinned1: optionalId,
  pinned2: optionalId,
  pinned3: optionalId,
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
});

type ArticleForm = z.output<typeof articleForm>;

function readArticleForm(formData: FormData) {
  const form = parseForm(articleForm, formData, { lists: ["authorIds"], files: ["heroImage"] });
  return { form, values: editorValues(form.values) };
}

/** The editor puts the pinned choices back from one list, in their places. */
function editorValues(values: Record<string, string>): Record<string, string> {
  return {
    ...values,
    pinned: [values.pinned1, values.pinned2, values.pinned3].map((v) => v ?? "").join(","),
  };
}

/** What saveArticle takes, from the parsed form. */
function articleInput(data: ArticleForm, heroImage: ArticleInput["heroImage"]): ArticleInput {
  const { pinned1, pinned2, pinned3, ...fields } = data;
  return {
    ...fields,
    heroImage,
    pinnedRelatedIds: [pinned1, pinned2, pinned3].filter(Boolean),
  };
}

/** The article form: validate, store an uploaded image, save, change status. Nothing is half-applied. */
export const saveArticleAction = serverAction(
  async function saveArticleAction(_state: FormState, formData: FormData): Promise<FormState> {
    const { form, values } = readArticleForm(formData);
    const auth = await authorizeAction("article:write-own");
    if (!auth.ok) return formError(auth.error, values);
    if (!form.ok)
      return form.malformed ? form.state : { ...form.state, message: "Fix the highlighted fields.", values };
    const input = form.data;

    let heroImage: ArticleInput["heroImage"] = input.removeHeroImage ? null : "keep";
    if (input.heroImage && input.heroImage.size > 0) {
      const stored = await storeHeroImage(input.heroImage);
      if (!stored.ok) return formError("Fix the highlighted fields.", values, { heroImage: stored.error });
      heroImage = stored.image;
    }
    const hasImage = heroImage !== null && (heroImage !== "keep" || input.hasHeroImage === "true");
    if (hasImage && !input.heroImageAlt) {
      return formError("Fix the highlighted fields.", values, {
        heroImageAlt: "Describe the image for readers who can’t see it.",
      });
    }

    const result = await saveArticle(auth.viewer, input.articleId, articleInput(input, heroImage), {
      expectedVersion: input.version ?? null,
      intent: input.intent,
      publishAt: input.publishAt,
    });
    if (!result.ok) return formError(result.error, values, result.fieldErrors);
    redirect(`/admin/articles/${result.id}?saved=${input.intent}`);
  },
  (values) => formError(DATABASE_UNAVAILABLE_MESSAGE, editorValues(values)),
);

export type AutosaveResult =
  | { ok: true; version: number; savedAt: string; workingCopy: boolean }
  | { ok: false; error: string; conflict?: boolean };

/** Background save from the editor (no status change, no image). Same checks as a manual save. */
export const autosaveArticleAction = serverAction(
  async function autosaveArticleAction(formData: FormData): Promise<AutosaveResult> {
    const auth = await authorizeAction("article:write-own");
    if (!auth.ok) return { ok: false, error: auth.error };
    const { form } = readArticleForm(formData);
    if (!form.ok)
      return {
        ok: false,
        error: form.malformed ? form.state.message! : "Not autosaved: some fields need fixing.",
      };
    const { articleId, version } = form.data;
    if (!articleId) return { ok: false, error: "Save the article once before autosave can run." };
    const result = await saveArticle(
      auth.viewer,
      articleId,
      { ...articleInput(form.data, "keep"), note: "Autosave" },
      { expectedVersion: version ?? null, intent: "autosave", publishAt: null },
    );
    if (!result.ok) return { ok: false, error: result.error, conflict: result.conflict };
    return {
      ok: true,
      version: result.version,
      savedAt: new Date().toISOString(),
      workingCopy: result.workingCopy === true,
    };
  },
  (): AutosaveResult => ({ ok: false, error: `Not autosaved: ${DATABASE_UNAVAILABLE_MESSAGE}` }),
);

const previewForm = z.object({
  // The preview shows what fits; the save refuses a longer body with a message.
  body: z.string().transform((value) => value.slice(0, 100_000)),
});

/** Live preview with the site's own renderer and sanitiser; "" when it can't be shown. */
export const previewMarkdownAction = serverAction(
  async function previewMarkdownAction(formData: FormData): Promise<string> {
    const auth = await authorizeAction("article:write-own");
    if (!auth.ok) return "";
    const form = parseForm(previewForm, formData);
    return form.ok ? renderMarkdown(form.data.body) : "";
  },
  () => "",
);

const recordId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);
const restoreForm = z.object({ articleId: recordId, revisionId: recordId });

/** Back to the revisions page with an error code (the page words it; nothing from the request is echoed). */
function backToRevisions(articleId: string, error: RestoreErrorCode): never {
  redirect(`/admin/articles/${encodeURIComponent(articleId)}/revisions?error=${error}`);
}

export const restoreRevisionAction = serverAction(async function restoreRevisionAction(
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  const form = parseForm(restoreForm, formData);
  // Without a well-formed article id there is no page to go back to.
  if (!form.ok && (form.malformed || form.state.fieldErrors.articleId)) notFound();
  const articleId = form.values.articleId!;
  const auth = await authorizeAction("article:edit-any");
  if (!auth.ok) backToRevisions(articleId, "forbidden");
  if (!form.ok) backToRevisions(articleId, "missing");
  const result = await restoreRevision(auth.viewer, articleId, form.data.revisionId);
  if (!result.ok) backToRevisions(articleId, result.code ?? (result.conflict ? "conflict" : "failed"));
  redirect(`/admin/articles/${encodeURIComponent(articleId)}?saved=restore`);
});

const discardForm = z.object({ articleId: recordId });

/** Throws away a live story's autosaved working copy; the editor shows the published version again. */
export const discardWorkingCopyAction = serverAction(async function discardWorkingCopyAction(
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  const auth = await authorizeAction("article:write-own");
  const form = parseForm(discardForm, formData);
  if (!form.ok) notFound();
  if (!auth.ok) redirect("/admin/articles");
  await discardWorkingCopy(auth.viewer, form.data.articleId);
  redirect(`/admin/articles/${encodeURIComponent(form.data.articleId)}?saved=discard`);
});
