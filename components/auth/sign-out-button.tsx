"use client";

import { useActionState } from "react";

import { signOutAction } from "./actions";
import { initialFormState } from "./form-state";
import { useAuthNavigation } from "./use-auth-navigation";

/** Works without JavaScript too: the form posts and the server redirects. */
export function SignOutButton({ action = signOutAction, label = "Sign out" }: { action?: typeof signOutAction; label?: string }) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  useAuthNavigation(state);
  return (
    <form action={formAction}>
      <button type="submit" disabled={pending} className="rounded-sm border border-rule px-4 py-2 font-semibold hover:bg-surface">
        {label}
      </button>
    </form>
  );
}
