"use client";

import { useActionState } from "react";

import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password-rules";

import { Field, FormMessage, SubmitButton } from "../forms/field";
import { FocusedResult } from "../forms/focused-result";
import { useFocusFirstInvalid } from "../forms/use-form-focus";
import { registerAction } from "./actions";
import { initialFormState } from "./form-state";

export function RegisterForm({ callbackUrl }: { callbackUrl: string }) {
  const [state, formAction, pending] = useActionState(registerAction, initialFormState);
  const formRef = useFocusFirstInvalid(state);
  if (state.status === "success" && state.message) return <FocusedResult message={state.message} />;
  return (
    <form
      ref={formRef}
      action={formAction}
      className="flex flex-col gap-4"
      aria-labelledby="register-heading"
      noValidate
    >
      <h2 id="register-heading" className="font-serif text-xl font-bold">
        Create an account
      </h2>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <Field
        label="Display name"
        name="name"
        autoComplete="nickname"
        hint="Shown on your comments."
        defaultValue={state.values?.name}
        error={state.fieldErrors?.name}
      />
      <Field
        label="Email"
        name="email"
        id="register-email"
        type="email"
        autoComplete="email"
        required
        defaultValue={state.values?.email}
        error={state.fieldErrors?.email}
      />
      <Field
        label="Password"
        name="password"
        id="register-password"
        type="password"
        autoComplete="new-password"
        required
        minLength={MIN_PASSWORD_LENGTH}
        hint={`At least ${MIN_PASSWORD_LENGTH} characters, and not a common one.`}
        error={state.fieldErrors?.password}
      />
      <FormMessage state={state} />
      <SubmitButton pending={pending}>Create account</SubmitButton>
    </form>
  );
}
