"use client";

import { useActionState } from "react";

import { Field, FormMessage, SubmitButton } from "../forms/field";
import { useFocusFirstInvalid } from "../forms/use-form-focus";
import { signInWithPasswordAction } from "./actions";
import { initialFormState } from "./form-state";

export function PasswordSignInForm({ callbackUrl }: { callbackUrl: string }) {
  const [state, formAction, pending] = useActionState(signInWithPasswordAction, initialFormState);
  const formRef = useFocusFirstInvalid(state);
  return (
    <form
      ref={formRef}
      action={formAction}
      className="flex flex-col gap-4"
      aria-labelledby="password-heading"
      noValidate
    >
      <h2 id="password-heading" className="font-serif text-xl font-bold">
        Sign in with your password
      </h2>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <Field
        label="Email"
        name="email"
        id="password-email"
        type="email"
        autoComplete="email"
        required
        defaultValue={state.values?.email}
        error={state.fieldErrors?.email}
      />
      <Field
        label="Password"
        name="password"
        type="password"
        autoComplete="current-password"
        required
        error={state.fieldErrors?.password}
      />
      <FormMessage state={state} />
      <SubmitButton pending={pending}>Sign in</SubmitButton>
    </form>
  );
}
