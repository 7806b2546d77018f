"use server";

import { redirect } from "next/navigation";
import { z } from "zod";

import { getViewer } from "@/lib/auth";
import { commentLocation } from "@/lib/comments/thread";
import { isDatabaseUnavailableError } from "@/lib/database-outage";
import { createComment, deleteComment, editComment, reportComment } from "@/lib/comments/mutations";
import { COMMENT_MAX_LENGTH, REPORT_REASONS } from "@/lib/comments/rules";
import { formError, parseForm, serverAction } from "@/lib/validation/form";
import { type NoticeKey, withNotice } from "@/components/navigation/notices";
import type { FormState } from "@/lib/validation/form-state";

const commentBody = z
  .string()
  .refine(
    (value) => !value.includes("\0"),
    "Your comment contains invalid characters (NUL). Remove them and try again.",
  )
  .transform((value) => value.replace(/\r\n?/g, "\n").trim())
  .pipe(
    z
      .string()
      .min(1, "Write something before posting.")
      .max(
        COMMENT_MAX_LENGTH,
        `Comments can be at most ${COMMENT_MAX_LENGTH.toLocaleString("en")} characters.`,
      ),
  );

const id = z.string().min(1).max(64);
/** An id or nothing (an empty hidden field). */
const optionalId = z
  .string()
  .max(64)
  .transform((value) => value || undefined);

/**
 * After the write has committed. If the database stops answering before the comment's place is found, this
 * goes to the story rather than letting serverAction answer "try again", which would post the comment twice.
 */
async function goToComment(commentId: string, fallback: string, notice: NoticeKey): Promise<never> {
  const location = await commentLocation(commentId).catch((error: unknown) => {
    if (isDatabaseUnavailableError(error)) return null;
    throw error;
  });
  // The page there announces what happened (PageFocus) and focuses the comment (its #fragment).
  redirect(withNotice(location ?? fallback, notice));
}

const commentForm = z.object({ articleId: id, parentId: optionalId, body: commentBody });

export const postCommentAction = serverAction(async function postCommentAction(
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  const form = parseForm(commentForm, formData, { keep: ["body"] });
  if (!form.ok) {
    if (form.malformed || form.state.fieldErrors.body) return form.state;
    // Only a tampered hidden field gets here.
    return { ...form.state, fieldErrors: { body: "This story isn’t available for comments." } };
  }
  const viewer = await getViewer();
  const result = await createComment(viewer, form.data);
  if (!result.ok) return formError(result.error, form.values);
  if (result.status === "PENDING")
    redirect(`/articles/${result.articleSlug}/comments?posted=pending#comment-${result.commentId}`);
  return goToComment(
    result.commentId,
    `/articles/${result.articleSlug}`,
    form.data.parentId ? "reply-posted" : "comment-posted",
  );
});

const editForm = z.object({ commentId: id, body: commentBody });

export const editCommentAction = serverAction(async function editCommentAction(
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  const form = parseForm(editForm, formData, { keep: ["body"] });
  if (!form.ok) {
    if (form.malformed || form.state.fieldErrors.body) return form.state;
    return formError("That comment is no longer available.", form.state.values);
  }
  const result = await editComment(await getViewer(), form.data);
  if (!result.ok) return formError(result.error, form.values);
  return goToComment(result.commentId, `/articles/${result.articleSlug}`, "comment-edited");
});

const deleteForm = z.object({ commentId: id });

export const deleteCommentAction = serverAction(async function deleteCommentAction(
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  const form = parseForm(deleteForm, formData);
  if (!form.ok) return form.malformed ? form.state : formError("That comment is no longer available.");
  const result = await deleteComment(await getViewer(), form.data.commentId);
  if (!result.ok) return formError(result.error);
  return goToComment(result.commentId, `/articles/${result.articleSlug}`, "comment-deleted");
});

const reportReasons = Object.keys(REPORT_REASONS) as [
  keyof typeof REPORT_REASONS,
  ...(keyof typeof REPORT_REASONS)[],
];

const reportForm = z
  .object({
    commentId: id,
    reason: z.enum(reportReasons, { message: "Choose a reason." }),
    details: z
      .string()
      .trim()
      .max(1000, "Keep the details under 1,000 characters.")
      .refine((v) => !v.includes("\0"), "Remove the invalid characters."),
  })
  .superRefine((input, ctx) => {
    if (input.reason === "OTHER" && !input.details)
      ctx.addIssue({ code: "custom", path: ["details"], message: "Tell us what’s wrong." });
  });

export const reportCommentAction = serverAction(async function reportCommentAction(
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  const form = parseForm(reportForm, formData, { keep: ["reason", "details"] });
  if (!form.ok) {
    if (form.state.fieldErrors.commentId)
      return formError("That comment is no longer available.", form.state.values);
    return form.state;
  }
  const result = await reportComment(await getViewer(), form.data);
  if (!result.ok) return formError(result.error, form.values);
  return { status: "success", message: "Thanks. A moderator will look at this comment.", values: {} };
});
