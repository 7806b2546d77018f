"use client";

import { useActionState } from "react";

import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password-rules";

import { initialFormState } from "../auth/form-state";
import { Field, FormMessage, SubmitButton } from "../forms/field";
import { useFocusFirstInvalid } from "../forms/use-form-focus";
import { changePasswordAction, deleteAccountAction, updateDisplayNameAction } from "./actions";

export function DisplayNameForm({ name }: { name: string }) {
  const [state, formAction, pending] = useActionState(updateDisplayNameAction, initialFormState);
  const formRef = useFocusFirstInvalid(state);
  return (
    <form ref={formRef} action={formAction} className="flex flex-col gap-3">
      <Field
        label="Display name"
        name="name"
        hint="Shown on your comments."
        defaultValue={state.values?.name ?? name}
        key={state.values?.name}
        error={state.fieldErrors?.name}
      />
      <FormMessage state={state} />
      <div>
        <SubmitButton pending={pending}>Save name</SubmitButton>
      </div>
    </form>
  );
}

export function ChangePasswordForm({ hasPassword }: { hasPassword: boolean }) {
  const [state, formAction, pending] = useActionState(changePasswordAction, initialFormState);
  const formRef = useFocusFirstInvalid(state);
  return (
    <form ref={formRef} action={formAction} className="flex flex-col gap-3">
      {hasPassword && (
        <Field
          label="Current password"
          name="currentPassword"
          type="password"
          autoComplete="current-password"
          required
          error={state.fieldErrors?.currentPassword}
        />
      )}
      <Field
        label={hasPassword ? "New password" : "Password"}
        name="newPassword"
        type="password"
        autoComplete="new-password"
        required
        hint={`At least ${MIN_PASSWORD_LENGTH} characters, and not a common one.`}
        error={state.fieldErrors?.newPassword}
      />
      <FormMessage state={state} />
      <div>
        <SubmitButton pending={pending}>{hasPassword ? "Change password" : "Set password"}</SubmitButton>
      </div>
    </form>
  );
}

export function DeleteAccountForm() {
  const [state, formAction, pending] = useActionState(deleteAccountAction, initialFormState);
  const formRef = useFocusFirstInvalid(state);
  return (
    <form ref={formRef} action={formAction} className="flex flex-col gap-3">
      <p className="text-sm">
        This signs you out everywhere and deletes your account. Your comments become “[deleted]” placeholders
        so replies keep their place. It can’t be undone.
      </p>
      <Field
        label="Type “delete my account” to confirm"
        name="confirm"
        autoComplete="off"
        defaultValue={state.values?.confirm}
        error={state.fieldErrors?.confirm}
      />
      <div>
        <SubmitButton pending={pending}>Delete my account</SubmitButton>
      </div>
    </form>
  );
}
