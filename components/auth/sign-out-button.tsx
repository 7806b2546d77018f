import type { FormState } from "@/lib/validation/form-state";

import { ActionButton } from "../forms/action-button";
import { signOutAction } from "./actions";

/** A plain form: signing out works without JavaScript. */
export function SignOutButton({
  action = signOutAction,
  label = "Sign out",
}: {
  action?: (state: FormState, formData: FormData) => Promise<FormState>;
  label?: string;
}) {
  return (
    <ActionButton
      action={action}
      className="rounded-sm border border-rule px-4 py-2 font-semibold hover:bg-surface"
    >
      {label}
    </ActionButton>
  );
}
