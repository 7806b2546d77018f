"use server";

import { redirect } from "next/navigation";
import { z } from "zod";

import { register, requestMagicLink, signInWithPassword } from "@/lib/auth/accounts";
import { MAX_PASSWORD_LENGTH, passwordProblem } from "@/lib/auth/password-rules";
import { endSession } from "@/lib/auth/sessions";
import { requestIp } from "@/lib/request-ip";
import { safeCallbackPath } from "@/lib/safe-redirect";

import { formError, parseForm, serverAction } from "@/lib/validation/form";
import type { FormState } from "@/lib/validation/form-state";

const email = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, "That email address is too long.")
  .pipe(z.email({ message: "Enter a valid email address." }));

/** Where to go after signing in; anything that isn't a same-site path becomes "/". */
const callbackUrl = z.string().transform((value) => safeCallbackPath(value));

const passwordSignInForm = z.object({
  email,
  password: z.string().min(1, "Enter your password.").max(MAX_PASSWORD_LENGTH),
  callbackUrl,
});

export const signInWithPasswordAction = serverAction(async function signInWithPasswordAction(
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  const form = parseForm(passwordSignInForm, formData, { secrets: ["password"] });
  if (!form.ok) return form.state;
  const outcome = await signInWithPassword(form.data.email, form.data.password, await requestIp());
  if (!outcome.ok) return formError(outcome.error, form.values);
  redirect(form.data.callbackUrl);
});

const magicLinkForm = z.object({ email, callbackUrl });

export const requestMagicLinkAction = serverAction(async function requestMagicLinkAction(
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  const form = parseForm(magicLinkForm, formData);
  if (!form.ok) return form.state;
  const outcome = await requestMagicLink(form.data.email, form.data.callbackUrl, await requestIp());
  if (!outcome.ok) return formError(outcome.error, form.values);
  return {
    status: "success",
    message: `We’ve emailed a sign-in link to ${form.data.email}. It works once, for 15 minutes.`,
    values: form.values,
  };
});

const registerForm = z
  .object({
    email,
    name: z
      .string()
      .trim()
      .max(60, "Keep your display name under 60 characters.")
      .refine((v) => !v.includes("\0"), "Remove the invalid characters."),
    password: z.string(),
    callbackUrl,
  })
  .superRefine((input, ctx) => {
    const problem = passwordProblem(input.password, input.email);
    if (problem) ctx.addIssue({ code: "custom", path: ["password"], message: problem });
  });

export const registerAction = serverAction(async function registerAction(
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  const form = parseForm(registerForm, formData, { secrets: ["password"] });
  if (!form.ok) return form.state;
  const { callbackUrl: next, ...input } = form.data;
  const outcome = await register(input, next, await requestIp());
  if (!outcome.ok) return formError(outcome.error, form.values);
  return {
    status: "success",
    message: `Check your inbox: we’ve sent a link to ${form.data.email} to confirm it. Then you can sign in with your password.`,
    values: form.values,
  };
});

export const signOutAction = serverAction(async function signOutAction(): Promise<FormState> {
  await endSession();
  redirect("/signed-out");
});
