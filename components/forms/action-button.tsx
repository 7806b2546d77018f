"use client";

import { useActionState } from "react";

import { initialFormState, type FormState } from "@/lib/validation/form-state";

import { FormMessage } from "./field";
import { PendingButton } from "./pending-button";

/**
 * A form that is only a button (sign out, restore a revision, discard changes): the action redirects when it
 * is done, and answers with a message when it can't be (the database is briefly unavailable, ADR 021), shown
 * and announced under the button instead of an error page. Works without JavaScript.
 */
export function ActionButton({
  action,
  fields = {},
  className,
  formClassName,
  children,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  /** Hidden fields the action reads (ids). */
  fields?: Record<string, string>;
  className?: string;
  formClassName?: string;
  children: React.ReactNode;
}) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className={formClassName}>
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <PendingButton pending={pending} className={className}>
        {children}
      </PendingButton>
      {state.message && (
        <div className="mt-2">
          <FormMessage state={state} />
        </div>
      )}
    </form>
  );
}
