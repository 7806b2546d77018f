"use server";

import { refresh } from "next/cache";
import { z } from "zod";

import { authorizeAction } from "@/lib/admin/guard";
import { changeUserRole } from "@/lib/users";
import { ROLE_LABELS, ROLES } from "@/lib/users/rules";

import type { FormState } from "../../auth/form-state";

const field = (formData: FormData, key: string) => {
  const value = formData.get(key);
  return typeof value === "string" ? value : "";
};

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
export async function changeRoleAction(state: FormState, formData: FormData): Promise<FormState> {
  return settled(changeRoleForm(state, formData));
}

async function changeRoleForm(_state: FormState, formData: FormData): Promise<FormState> {
  const values = { role: field(formData, "role") };
  const auth = await authorizeAction("user:manage");
  if (!auth.ok) return { status: "error", message: auth.error, values };
  const parsed = roleInput.safeParse({ userId: field(formData, "userId"), role: values.role });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    if (issue?.path[0] === "role") return { status: "error", fieldErrors: { role: issue.message }, values };
    return { status: "error", message: "That account is no longer available.", values };
  }
  const result = await changeUserRole(auth.viewer, parsed.data);
  if (!result.ok) return { status: "error", message: result.error, values };
  return {
    status: "success",
    message: result.changed ? `Role changed to ${ROLE_LABELS[result.role]}.` : "That was already their role.",
    values: {},
  };
}
