"use server";

import { redirect } from "next/navigation";
import { z } from "zod";

import { register, requestMagicLink, signInWithPassword } from "@/lib/auth/accounts";
import { MAX_PASSWORD_LENGTH, passwordProblem } from "@/lib/auth/password-rules";
import { endSession } from "@/lib/auth/sessions";
import { requestIp } from "@/lib/request-ip";
import { safeCallbackPath } from "@/lib/safe-redirect";

import type { FormState } from "./form-state";

const email = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, "That email address is too long.")
  .pipe(z.email({ message: "Enter a valid email address." }));

function fieldErrors(error: z.ZodError): Record<string, string> {
  const result: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "form");
    result[key] ??= issue.message;
  }
  return result;
}

const text = (formData: FormData, key: string) => {
  const value = formData.get(key);
  return typeof value === "string" ? value : "";
};

export async function signInWithPasswordAction(_state: FormState, formData: FormData): Promise<FormState> {
  const values = { email: text(formData, "email") };
  const parsed = z
    .object({ email, password: z.string().min(1, "Enter your password.").max(MAX_PASSWORD_LENGTH) })
    .safeParse({ email: values.email, password: text(formData, "password") });
  if (!parsed.success) return { status: "error", fieldErrors: fieldErrors(parsed.error), values };
  const outcome = await signInWithPassword(parsed.data.email, parsed.data.password, await requestIp());
  if (!outcome.ok) return { status: "error", message: outcome.error, values };
  redirect(safeCallbackPath(formData.get("callbackUrl")));
}

export async function requestMagicLinkAction(_state: FormState, formData: FormData): Promise<FormState> {
  const values = { email: text(formData, "email") };
  const parsed = email.safeParse(values.email);
  if (!parsed.success)
    return { status: "error", fieldErrors: { email: parsed.error.issues[0]?.message }, values };
  const outcome = await requestMagicLink(
    parsed.data,
    safeCallbackPath(formData.get("callbackUrl")),
    await requestIp(),
  );
  if (!outcome.ok) return { status: "error", message: outcome.error, values };
  return {
    status: "success",
    message: `We’ve emailed a sign-in link to ${parsed.data}. It works once, for 15 minutes.`,
    values,
  };
}

export async function registerAction(_state: FormState, formData: FormData): Promise<FormState> {
  const values = { email: text(formData, "email"), name: text(formData, "name") };
  const parsed = z
    .object({
      email,
      name: z
        .string()
        .trim()
        .max(60, "Keep your display name under 60 characters.")
        .refine((v) => !v.includes("\0"), "Remove the invalid characters."),
      password: z.string(),
    })
    .superRefine((input, ctx) => {
      const problem = passwordProblem(input.password, input.email);
      if (problem) ctx.addIssue({ code: "custom", path: ["password"], message: problem });
    })
    .safeParse({ ...values, password: text(formData, "password") });
  if (!parsed.success) return { status: "error", fieldErrors: fieldErrors(parsed.error), values };
  const outcome = await register(
    parsed.data,
    safeCallbackPath(formData.get("callbackUrl")),
    await requestIp(),
  );
  if (!outcome.ok) return { status: "error", message: outcome.error, values };
  return {
    status: "success",
    message: `Check your inbox: we’ve sent a link to ${parsed.data.email} to confirm it. Then you can sign in with your password.`,
    values,
  };
}

export async function signOutAction(): Promise<void> {
  await endSession();
  redirect("/signed-out");
}
