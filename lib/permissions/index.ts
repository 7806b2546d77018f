import type { Role } from "../generated/sqlite/enums";

/**
 * What each role may do. Client-safe (no server-only) so the UI can hide what the server would refuse;
 * the server checks again in every action and data-layer function.
 */
export const capabilities = {
  "admin:access": ["CONTRIBUTOR", "EDITOR", "ADMIN"],
  /** Create articles and edit one's own drafts, then submit them for review. */
  "article:write-own": ["CONTRIBUTOR", "EDITOR", "ADMIN"],
  /** Edit anyone's article, publish, schedule, unpublish, archive, restore revisions. */
  "article:edit-any": ["EDITOR", "ADMIN"],
  "article:publish": ["EDITOR", "ADMIN"],
  "comment:moderate": ["EDITOR", "ADMIN"],
  /** Outlets' feeds: add, pause, resume, poll now (/admin/sources). */
  "source:manage": ["EDITOR", "ADMIN"],
  "user:manage": ["ADMIN"],
  "settings:manage": ["ADMIN"],
  "audit:read": ["EDITOR", "ADMIN"],
  /** Merge and split stories, rename them, pick their lead, lock them against automatic changes. */
  "story:manage": ["EDITOR", "ADMIN"],
} as const satisfies Record<string, readonly Role[]>;

export type Capability = keyof typeof capabilities;

export function can(role: Role | null | undefined, capability: Capability): boolean {
  return role != null && (capabilities[capability] as readonly Role[]).includes(role);
}

export class ForbiddenError extends Error {
  constructor(readonly capability: Capability) {
    super(`Not allowed: ${capability}`);
    this.name = "ForbiddenError";
  }
}

/** Throws unless the role has the capability. */
export function assertCan(role: Role | null | undefined, capability: Capability): void {
  if (!can(role, capability)) throw new ForbiddenError(capability);
}
