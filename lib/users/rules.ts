/** Client-safe user-management rules, shared by the forms, the actions and the tests. */
import type { Role } from "../generated/sqlite/enums";

export const ROLES = ["READER", "CONTRIBUTOR", "EDITOR", "ADMIN"] as const satisfies readonly Role[];

export const ROLE_LABELS: Record<Role, string> = {
  READER: "Reader",
  CONTRIBUTOR: "Contributor",
  EDITOR: "Editor",
  ADMIN: "Admin",
};

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

export const USERS_PAGE_SIZE = 25;
export const USER_SEARCH_MAX = 100;

const PROVIDER_LABELS: Record<string, string> = {
  google: "Google",
  github: "GitHub",
  email: "Email link",
  credentials: "Password",
};

/** How someone can sign in: a password if they set one, an email link always, then each OAuth provider. */
export function signInMethods(user: { hasPassword: boolean; providers: string[] }): string[] {
  const methods = [...(user.hasPassword ? ["Password"] : []), "Email link"];
  for (const provider of [...new Set(user.providers)].sort()) {
    const label = PROVIDER_LABELS[provider] ?? provider.charAt(0).toUpperCase() + provider.slice(1);
    if (!methods.includes(label)) methods.push(label);
  }
  return methods;
}
