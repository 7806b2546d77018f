/** Client-safe moderation rules, shared by the forms, the actions, the domain functions and the tests. */
import type { CommentStatus } from "../generated/sqlite/enums";

export const MODERATION_ACTIONS = ["approve", "hide", "remove", "restore"] as const;
export type ModerationAction = (typeof MODERATION_ACTIONS)[number];

/** Where each action takes a comment, and whether it closes the comment's open reports. */
export const MODERATION_EFFECTS: Record<
  ModerationAction,
  { status: CommentStatus; resolvesReports: boolean; label: string; done: string }
> = {
  approve: { status: "VISIBLE", resolvesReports: true, label: "Approve", done: "Approved" },
  hide: { status: "HIDDEN", resolvesReports: true, label: "Hide", done: "Hid" },
  remove: { status: "REMOVED", resolvesReports: true, label: "Remove", done: "Removed" },
  restore: { status: "VISIBLE", resolvesReports: false, label: "Restore", done: "Restored" },
};

export function isModerationAction(value: unknown): value is ModerationAction {
  return typeof value === "string" && (MODERATION_ACTIONS as readonly string[]).includes(value);
}

export const MODERATION_QUEUES = ["pending", "reported", "all"] as const;
export type ModerationQueue = (typeof MODERATION_QUEUES)[number];

export function parseModerationQueue(value: string | string[] | undefined): ModerationQueue | null {
  if (value === undefined) return "pending";
  return typeof value === "string" && (MODERATION_QUEUES as readonly string[]).includes(value)
    ? (value as ModerationQueue)
    : null;
}

export const COMMENT_STATUSES = [
  "VISIBLE",
  "PENDING",
  "HIDDEN",
  "REMOVED",
] as const satisfies readonly CommentStatus[];

/** `?status=` on the "all" queue: missing or empty means every status. */
export function parseStatusFilter(value: string | string[] | undefined): CommentStatus | undefined | null {
  if (value === undefined || value === "") return undefined;
  return typeof value === "string" && (COMMENT_STATUSES as readonly string[]).includes(value)
    ? (value as CommentStatus)
    : null;
}

export const MODERATION_PAGE_SIZE = 25;
/** The most comments one bulk action may touch (a page and then some). */
export const MAX_BULK_COMMENTS = 100;
export const MODERATION_REASON_MAX = 500;
export const COMMENTING_REASON_MAX = 500;

export const BANNED_WORD_MAX = 60;

/** How a banned word is stored: trimmed, NFKC, lower-case, inner whitespace collapsed. */
export function normalizeBannedWord(word: string): string {
  return word.normalize("NFKC").trim().replace(/\s+/g, " ").toLowerCase();
}

/** Null when the (normalized) word is acceptable, else what is wrong with it. */
export function bannedWordProblem(normalized: string): string | null {
  if (!normalized) return "Enter a word or phrase.";
  if ([...normalized].length > BANNED_WORD_MAX)
    return `Banned words can be at most ${BANNED_WORD_MAX} characters.`;
  if (/[\u0000-\u001f\u007f]/.test(normalized)) return "Remove the control characters.";
  return null;
}
