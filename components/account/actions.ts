"use server";

import { redirect } from "next/navigation";
import { z } from "zod";

import { getViewer } from "@/lib/auth";
import { changePassword, deleteAccount, updateDisplayName } from "@/lib/auth/account-changes";
import { MAX_PASSWORD_LENGTH, passwordProblem } from "@/lib/auth/password-rules";
import { currentSessionToken, endAllSessions, endSession } from "@/lib/auth/sessions";

import type { FormState } from "../auth/form-state";

const field = (formData: FormData, key: string) => {
  const value = formData.get(key);
  return typeof value === "string" ? value : "";
};

async function requireViewer() {
  const viewer = await getViewer();
  if (!viewer) redirect("/signin?callbackUrl=/account");
  return viewer;
}

export async function updateDisplayNameAction(_state: FormState, formData: FormData): Promise<FormState> {
  const viewer = await requireViewer();
  const values = { name: field(formData, "name") };
  const parsed = z
    .string()
    .refine((v) => !v.includes("\0"), "Remove the invalid characters.")
    .transform((v) => v.trim())
    .pipe(z.string().min(1, "Enter a display name.").max(60, "Keep it under 60 characters."))
    .safeParse(values.name);
  if (!parsed.success)
    return { status: "error", fieldErrors: { name: parsed.error.issues[0]?.message }, values };
  await updateDisplayName(viewer.id, parsed.data);
  // Names appear on cached comment lists; they refresh on their next revalidation or comment.
  return { status: "success", message: "Display name saved.", values: { name: parsed.data } };
}

export async function changePasswordAction(_state: FormState, formData: FormData): Promise<FormState> {
  const viewer = await requireViewer();
  const newPassword = field(formData, "newPassword");
  const problem =
    newPassword.length > MAX_PASSWORD_LENGTH
      ? "Too long."
      : passwordProblem(newPassword, viewer.email ?? undefined);
  if (problem) return { status: "error", fieldErrors: { newPassword: problem } };
  const result = await changePassword(viewer.id, await currentSessionToken(), {
    currentPassword: field(formData, "currentPassword"),
    newPassword,
  });
  if (!result.ok) return { status: "error", fieldErrors: { [result.field]: result.error } };
  return { status: "success", message: "Password changed. Other devices have been signed out." };
}

export async function signOutEverywhereAction(): Promise<void> {
  const viewer = await requireViewer();
  await endAllSessions(viewer.id);
  redirect("/signed-out?everywhere=1");
}

export async function deleteAccountAction(_state: FormState, formData: FormData): Promise<FormState> {
  const viewer = await requireViewer();
  if (field(formData, "confirm").trim().toLowerCase() !== "delete my account") {
    return {
      status: "error",
      fieldErrors: { confirm: "Type “delete my account” to confirm." },
      values: { confirm: field(formData, "confirm") },
    };
  }
  await deleteAccount(viewer.id);
  await endSession();
  redirect("/signed-out?deleted=1");
}
