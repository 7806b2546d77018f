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

import { formError, parseForm, serverAction } from "@/lib/validation/form";
import type { FormState } from "@/lib/validation/form-state";

const id = z.string().min(1).max(64);

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
export const moderateCommentsAction = serverAction(async function moderateCommentsAction(
  state: FormState,
  formData: FormData,
): Promise<FormState> {
  return settled(moderateCommentsForm(state, formData));
});

async function moderateCommentsForm(_state: FormState, formData: FormData): Promise<FormState> {
  const form = parseForm(moderationInput, formData, { lists: ["ids"] });
  const values = { reason: form.values.reason ?? "", action: form.values.action ?? "" };
  const auth = await authorizeAction("comment:moderate");
  if (!auth.ok) return formError(auth.error, values);
  if (!form.ok) {
    if (form.malformed) return form.state;
    // The reason is the one field with a place for its error; the others are buttons and checkboxes.
    const { reason, ...rest } = form.state.fieldErrors;
    return formError(Object.values(rest)[0], values, reason ? { reason } : {});
  }

  const result = await moderateComments(auth.viewer, {
    action: form.data.action,
    commentIds: form.data.ids,
    reason: form.data.reason,
  });
  if (!result.ok) return formError(result.error, values);

  const effect = MODERATION_EFFECTS[form.data.action];
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
export const setCommentingAction = serverAction(async function setCommentingAction(
  state: FormState,
  formData: FormData,
): Promise<FormState> {
  return settled(setCommentingForm(state, formData));
});

async function setCommentingForm(_state: FormState, formData: FormData): Promise<FormState> {
  const form = parseForm(commentingInput, formData);
  const values = { reason: form.values.reason ?? "" };
  const auth = await authorizeAction("comment:moderate");
  if (!auth.ok) return formError(auth.error, values);
  if (!form.ok) {
    if (form.malformed) return form.state;
    const { reason } = form.state.fieldErrors;
    return reason
      ? formError(undefined, values, { reason })
      : formError("That account is no longer available.", values);
  }
  const disabled = form.data.disabled === "1";
  if (disabled && !form.data.reason)
    return formError(undefined, values, { reason: "Give a reason; they see it when they try to comment." });
  const result = await setCommentingDisabled(auth.viewer, {
    userId: form.data.userId,
    disabled,
    reason: form.data.reason,
  });
  if (!result.ok) return formError(result.error, values);
  return {
    status: "success",
    message: disabled ? "Commenting is off for this account." : "Commenting is back on for this account.",
    values: {},
  };
}
