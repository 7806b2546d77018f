"use client";

import { useActionState } from "react";

import type { Role } from "@/lib/generated/sqlite/enums";
import { ROLE_LABELS, ROLES } from "@/lib/users/rules";

import { initialFormState } from "../../auth/form-state";
import { FormMessage, PendingButton } from "../../forms/field";
import { useFocusFirstInvalid } from "../../forms/use-form-focus";
import { changeRoleAction } from "./actions";

/** A role picker per user. The server refuses to demote the last admin; the hint says so up front. */
export function RoleForm({
  userId,
  role,
  name,
  lastAdmin,
}: {
  userId: string;
  role: Role;
  name: string;
  lastAdmin: boolean;
}) {
  const [state, formAction, pending] = useActionState(changeRoleAction, initialFormState);
  const formRef = useFocusFirstInvalid(state);
  const selectId = `role-${userId}`;
  const error = state.fieldErrors?.role;
  return (
    <form ref={formRef} action={formAction} className="flex flex-col gap-1">
      <input type="hidden" name="userId" value={userId} />
      <div className="flex items-center gap-2">
        <label htmlFor={selectId} className="sr-only">
          Role for {name}
        </label>
        <select
          id={selectId}
          name="role"
          defaultValue={role}
          key={`${role}-${state.values?.role ?? ""}`}
          aria-invalid={error ? true : undefined}
          aria-describedby={
            [lastAdmin && `${selectId}-hint`, error && `${selectId}-error`].filter(Boolean).join(" ") ||
            undefined
          }
          className="rounded-sm border border-rule bg-page px-2 py-1 text-sm"
        >
          {ROLES.map((option) => (
            <option key={option} value={option}>
              {ROLE_LABELS[option]}
            </option>
          ))}
        </select>
        <PendingButton
          type="submit"
          pending={pending}
          className="rounded-sm border border-rule px-3 py-1 text-sm font-medium hover:bg-surface"
        >
          {pending ? "Saving…" : "Save"}
          <span className="sr-only"> role for {name}</span>
        </PendingButton>
      </div>
      {lastAdmin && (
        <p id={`${selectId}-hint`} className="text-xs text-muted">
          The only admin: can’t be demoted.
        </p>
      )}
      {error && (
        <p id={`${selectId}-error`} className="text-sm text-danger">
          {error}
        </p>
      )}
      <FormMessage state={state} />
    </form>
  );
}
