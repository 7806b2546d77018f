"use server";

import { redirect } from "next/navigation";
import { z } from "zod";

import { getViewer } from "@/lib/auth";
import { commentLocation } from "@/lib/comments";
import { createComment, deleteComment, editComment, reportComment } from "@/lib/comments/mutations";
import { COMMENT_MAX_LENGTH, REPORT_REASONS } from "@/lib/comments/rules";

import type { FormState } from "../auth/form-state";

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

const field = (formData: FormData, key: string) => {
  const value = formData.get(key);
  return typeof value === "string" ? value : "";
};

async function goToComment(commentId: string, fallback: string): Promise<never> {
  redirect((await commentLocation(commentId)) ?? fallback);
}

export async function postCommentAction(_state: FormState, formData: FormData): Promise<FormState> {
  const values = { body: field(formData, "body") };
  const parsed = z.object({ articleId: id, parentId: id.optional(), body: commentBody }).safeParse({
    articleId: field(formData, "articleId"),
    parentId: field(formData, "parentId") || undefined,
    body: values.body,
  });
  if (!parsed.success) {
    const bodyIssue = parsed.error.issues.find((issue) => issue.path[0] === "body");
    return {
      status: "error",
      fieldErrors: { body: bodyIssue?.message ?? "This story isn’t available for comments." },
      values,
    };
  }
  const viewer = await getViewer();
  const result = await createComment(viewer, parsed.data);
  if (!result.ok) return { status: "error", message: result.error, values };
  if (result.status === "PENDING")
    redirect(`/articles/${result.articleSlug}/comments?posted=pending#comment-${result.commentId}`);
  return goToComment(result.commentId, `/articles/${result.articleSlug}`);
}

export async function editCommentAction(_state: FormState, formData: FormData): Promise<FormState> {
  const values = { body: field(formData, "body") };
  const parsed = z
    .object({ commentId: id, body: commentBody })
    .safeParse({ commentId: field(formData, "commentId"), body: values.body });
  if (!parsed.success) {
    return { status: "error", fieldErrors: { body: parsed.error.issues[0]?.message }, values };
  }
  const result = await editComment(await getViewer(), parsed.data);
  if (!result.ok) return { status: "error", message: result.error, values };
  return goToComment(result.commentId, `/articles/${result.articleSlug}`);
}

export async function deleteCommentAction(_state: FormState, formData: FormData): Promise<FormState> {
  const parsed = id.safeParse(field(formData, "commentId"));
  if (!parsed.success) return { status: "error", message: "That comment is no longer available." };
  const result = await deleteComment(await getViewer(), parsed.data);
  if (!result.ok) return { status: "error", message: result.error };
  return goToComment(result.commentId, `/articles/${result.articleSlug}`);
}

const reportReasons = Object.keys(REPORT_REASONS) as [
  keyof typeof REPORT_REASONS,
  ...(keyof typeof REPORT_REASONS)[],
];

export async function reportCommentAction(_state: FormState, formData: FormData): Promise<FormState> {
  const values = { reason: field(formData, "reason"), details: field(formData, "details") };
  const parsed = z
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
    })
    .safeParse({ commentId: field(formData, "commentId"), ...values });
  if (!parsed.success) {
    const errors: Record<string, string> = {};
    for (const issue of parsed.error.issues) errors[String(issue.path[0])] ??= issue.message;
    return { status: "error", fieldErrors: errors, values };
  }
  const result = await reportComment(await getViewer(), parsed.data);
  if (!result.ok) return { status: "error", message: result.error, values };
  return { status: "success", message: "Thanks. A moderator will look at this comment.", values: {} };
}
