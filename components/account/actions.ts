"use server";

import { redirect } from "next/navigation";
import { z } from "zod";

import { getViewer } from "@/lib/auth";
import { changePassword, deleteAccount, updateDisplayName } from "@/lib/auth/account-changes";
import { MAX_PASSWORD_LENGTH, passwordProblem } from "@/lib/auth/password-rules";
import { currentSessionToken, endAllSessions, endSession } from "@/lib/auth/sessions";
import { parseForm, serverAction } from "@/lib/validation/form";
import type { FormState } from "@/lib/validation/form-state";

async function requireViewer() {
  const viewer = await getViewer();
  if (!viewer) redirect("/signin?callbackUrl=/account");
  return viewer;
}

const noNul = (value: string) => !value.includes("\0");

const displayNameForm = z.object({
  name: z
    .string()
    .refine(noNul, "Remove the invalid characters.")
    .transform((v) => v.trim())
    .pipe(z.string().min(1, "Enter a display name.").max(60, "Keep it under 60 characters.")),
});

export const updateDisplayNameAction = serverAction(async function updateDisplayNameAction(
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  // Read first, so an outage while looking up the viewer keeps what was typed (serverAction).
  const form = parseForm(displayNameForm, formData);
  const viewer = await requireViewer();
  if (!form.ok) return form.state;
  await updateDisplayName(viewer.id, form.data.name);
  // Names appear on cached comment lists; they refresh on their next revalidation or comment.
  return { status: "success", message: "Display name saved.", values: { name: form.data.name } };
});

/** The new password's rules depend on who is choosing it (not their email address). */
const passwordForm = (email: string | undefined) =>
  z.object({
    currentPassword: z.string().max(MAX_PASSWORD_LENGTH, "That isn’t your current password."),
    newPassword: z.string().superRefine((value, ctx) => {
      const problem = value.length > MAX_PASSWORD_LENGTH ? "Too long." : passwordProblem(value, email);
      if (problem) ctx.addIssue({ code: "custom", message: problem });
    }),
  });

export const changePasswordAction = serverAction(async function changePasswordAction(
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  const viewer = await requireViewer();
  const form = parseForm(passwordForm(viewer.email ?? undefined), formData, {
    secrets: ["currentPassword", "newPassword"],
  });
  if (!form.ok) return form.state;
  const result = await changePassword(viewer.id, await currentSessionToken(), form.data);
  if (!result.ok) return { status: "error", fieldErrors: { [result.field]: result.error } };
  return { status: "success", message: "Password changed. Other devices have been signed out." };
});

export const signOutEverywhereAction = serverAction(
  async function signOutEverywhereAction(): Promise<FormState> {
    const viewer = await requireViewer();
    await endAllSessions(viewer.id);
    redirect("/signed-out?everywhere=1");
  },
);

const deleteAccountForm = z.object({
  confirm: z
    .string()
    .max(100, "Type “delete my account” to confirm.")
    .refine(
      (value) => value.trim().toLowerCase() === "delete my account",
      "Type “delete my account” to confirm.",
    ),
});

export const deleteAccountAction = serverAction(async function deleteAccountAction(
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  const form = parseForm(deleteAccountForm, formData);
  const viewer = await requireViewer();
  if (!form.ok) return form.state;
  await deleteAccount(viewer.id);
  await endSession();
  redirect("/signed-out?deleted=1");
});
