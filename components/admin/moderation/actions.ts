"use server";

import { refresh } from "next/cache";
import { z } from "zod";

import { authorizeAction } from "@/lib/admin/guard";
import { setCommentingDisabled } from "@/lib/moderation/commenting";
import { moderateComments } from "@/lib/moderation/comments";
import {
  COMMENTING_REASON_MAX,
  MAX_BULK_COMMENTS,
  MODERATION_ACTIONS,
  MODERATION_EFFECTS,
  MODERATION_REASON_MAX,
} from "@/lib/moderation/rules";

import type { FormState } from "../../auth/form-state";

const id = z.string().min(1).max(64);

const field = (formData: FormData, key: string) => {
  const value = formData.get(key);
  return typeof value === "string" ? value : "";
};

/**
 * Every answer re-renders the page (refresh): besides showing the new state, this sidesteps a Next.js invariant
 * ("cookies object does not match") that otherwise breaks the no-JavaScript re-render of an error answer.
 */
async function settled(run: Promise<FormState>): Promise<FormState> {
  const state = await run;
  refresh();
  return state;
}

const noNul = (value: string) => !value.includes("\0");

const moderationInput = z
  .object({
    action: z.enum(MODERATION_ACTIONS, { message: "Choose what to do with the selected comments." }),
    ids: z
      .array(id)
      .min(1, "Select at least one comment.")
      .max(MAX_BULK_COMMENTS, `Select at most ${MAX_BULK_COMMENTS} comments at a time.`),
    reason: z
      .string()
      .trim()
      .max(MODERATION_REASON_MAX, `Keep the reason under ${MODERATION_REASON_MAX} characters.`)
      .refine(noNul, "Remove the invalid characters."),
  })
  .superRefine((input, ctx) => {
    if (input.action === "remove" && !input.reason)
      ctx.addIssue({ code: "custom", path: ["reason"], message: "Give a reason for removing." });
  });

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/**
 * Approve, hide, remove or restore one comment (a row's buttons) or many (the bulk form's checkboxes).
 * The clicked button names the action; all or nothing, audited per comment; then each article's reader cache.
 */
export async function moderateCommentsAction(state: FormState, formData: FormData): Promise<FormState> {
  return settled(moderateCommentsForm(state, formData));
}

async function moderateCommentsForm(_state: FormState, formData: FormData): Promise<FormState> {
  const values = { reason: field(formData, "reason"), action: field(formData, "action") };
  const auth = await authorizeAction("comment:moderate");
  if (!auth.ok) return { status: "error", message: auth.error, values };

  const parsed = moderationInput.safeParse({
    action: values.action,
    ids: formData.getAll("ids").filter((value): value is string => typeof value === "string"),
    reason: values.reason,
  });
  if (!parsed.success) {
    const errors: Record<string, string> = {};
    for (const issue of parsed.error.issues) errors[String(issue.path[0])] ??= issue.message;
    const { reason, ...rest } = errors;
    return { status: "error", message: Object.values(rest)[0], fieldErrors: { reason }, values };
  }

  const result = await moderateComments(auth.viewer, {
    action: parsed.data.action,
    commentIds: parsed.data.ids,
    reason: parsed.data.reason,
  });
  if (!result.ok) return { status: "error", message: result.error, values };

  const effect = MODERATION_EFFECTS[parsed.data.action];
  const unchanged = result.unchanged
    ? ` ${plural(result.unchanged, "comment")} already had that status.`
    : "";
  return {
    status: "success",
    message: `${effect.done} ${plural(result.changed, "comment")}.${unchanged}`,
    values: {},
  };
}

const commentingInput = z.object({
  userId: id,
  disabled: z.enum(["1", "0"]),
  reason: z
    .string()
    .trim()
    .max(COMMENTING_REASON_MAX, `Keep the reason under ${COMMENTING_REASON_MAX} characters.`)
    .refine(noNul, "Remove the invalid characters."),
});

/** Turns commenting off for an account (with the reason they are shown) or back on. */
export async function setCommentingAction(state: FormState, formData: FormData): Promise<FormState> {
  return settled(setCommentingForm(state, formData));
}

async function setCommentingForm(_state: FormState, formData: FormData): Promise<FormState> {
  const values = { reason: field(formData, "reason") };
  const auth = await authorizeAction("comment:moderate");
  if (!auth.ok) return { status: "error", message: auth.error, values };
  const parsed = commentingInput.safeParse({
    userId: field(formData, "userId"),
    disabled: field(formData, "disabled"),
    reason: values.reason,
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    if (issue?.path[0] === "reason")
      return { status: "error", fieldErrors: { reason: issue.message }, values };
    return { status: "error", message: "That account is no longer available.", values };
  }
  const disabled = parsed.data.disabled === "1";
  if (disabled && !parsed.data.reason) {
    return {
      status: "error",
      fieldErrors: { reason: "Give a reason; they see it when they try to comment." },
      values,
    };
  }
  const result = await setCommentingDisabled(auth.viewer, {
    userId: parsed.data.userId,
    disabled,
    reason: parsed.data.reason,
  });
  if (!result.ok) return { status: "error", message: result.error, values };
  return {
    status: "success",
    message: disabled ? "Commenting is off for this account." : "Commenting is back on for this account.",
    values: {},
  };
}
