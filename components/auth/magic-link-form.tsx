"use client";

import { useActionState } from "react";

import { Field, FormMessage, SubmitButton } from "../forms/field";
import { useFocusFirstInvalid } from "../forms/use-form-focus";
import { requestMagicLinkAction } from "./actions";
import { initialFormState } from "./form-state";

export function MagicLinkForm({
  callbackUrl,
  defaultEmail,
  heading = "Or get a sign-in link by email",
}: {
  callbackUrl: string;
  defaultEmail?: string;
  heading?: string;
}) {
  const [state, formAction, pending] = useActionState(requestMagicLinkAction, initialFormState);
  const formRef = useFocusFirstInvalid(state);
  return (
    <form
      ref={formRef}
      action={formAction}
      className="flex flex-col gap-4"
      aria-labelledby="magic-heading"
      noValidate
    >
      <h2 id="magic-heading" className="font-serif text-xl font-bold">
        {heading}
      </h2>
      <p className="text-sm text-muted">No password needed. New here? The link creates your account.</p>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <Field
        label="Email"
        name="email"
        id="magic-email"
        type="email"
        autoComplete="email"
        required
        defaultValue={state.values?.email ?? defaultEmail}
        error={state.fieldErrors?.email}
      />
      <FormMessage state={state} />
      <SubmitButton pending={pending}>Email me a link</SubmitButton>
    </form>
  );
}
