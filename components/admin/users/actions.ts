"use server";

import { refresh } from "next/cache";
import { z } from "zod";

import { authorizeAction } from "@/lib/admin/guard";
import { changeUserRole } from "@/lib/users";
import { ROLE_LABELS, ROLES } from "@/lib/users/rules";

import { formError, parseForm, serverAction } from "@/lib/validation/form";
import type { FormState } from "@/lib/validation/form-state";

/**
 * Every answer re-renders the page (refresh): besides showing the new state, this sidesteps a Next.js invariant
 * ("cookies object does not match") that otherwise breaks the no-JavaScript re-render of an error answer.
 */
async function settled(run: Promise<FormState>): Promise<FormState> {
  const state = await run;
  refresh();
  return state;
}

const roleInput = z.object({
  userId: z.string().min(1).max(64),
  role: z.enum(ROLES, { message: "Choose a role." }),
});

/** Changes someone's role; the last admin is never demoted. */
export const changeRoleAction = serverAction(async function changeRoleAction(
  state: FormState,
  formData: FormData,
): Promise<FormState> {
  return settled(changeRoleForm(state, formData));
});

async function changeRoleForm(_state: FormState, formData: FormData): Promise<FormState> {
  const form = parseForm(roleInput, formData);
  const values = { role: form.values.role ?? "" };
  const auth = await authorizeAction("user:manage");
  if (!auth.ok) return formError(auth.error, values);
  if (!form.ok) {
    if (form.malformed) return form.state;
    const { role } = form.state.fieldErrors;
    return role
      ? formError(undefined, values, { role })
      : formError("That account is no longer available.", values);
  }
  const result = await changeUserRole(auth.viewer, form.data);
  if (!result.ok) return formError(result.error, values);
  return {
    status: "success",
    message: result.changed ? `Role changed to ${ROLE_LABELS[result.role]}.` : "That was already their role.",
    values: {},
  };
}
