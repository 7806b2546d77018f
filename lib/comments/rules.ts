/** Client-safe comment rules, shared by the forms, the actions and the tests. */
export const COMMENT_MAX_LENGTH = 5000;
export const EDIT_WINDOW_MS = 15 * 60_000;
/** Threads show three levels: a comment, a reply, and a reply to that. */
export const MAX_THREAD_LEVELS = 3;
export const DUPLICATE_WINDOW_MS = 10 * 60_000;
export const NEW_ACCOUNT_LINK_HOLD_MS = 24 * 60 * 60_000;
export const RATE_LIMITS = [
  { limit: 5, windowMs: 60_000, message: "You’re commenting very fast. Wait a minute, then try again." },
  {
    limit: 50,
    windowMs: 24 * 60 * 60_000,
    message: "You’ve reached today’s limit of 50 comments. Try again tomorrow.",
  },
] as const;

export const REPORT_REASONS = {
  SPAM: "Spam",
  ABUSE: "Abuse or harassment",
  OFF_TOPIC: "Off-topic",
  OTHER: "Something else",
} as const;
export type ReportReasonKey = keyof typeof REPORT_REASONS;

const URL_IN_TEXT = /\bhttps?:\/\/|\bwww\.[a-z0-9-]+\.[a-z]/i;

export function containsLink(text: string): boolean {
  return URL_IN_TEXT.test(text);
}

/** Whole-word, case-insensitive match against the editable banned-word list. */
export function findBannedWord(text: string, bannedWords: string[]): string | null {
  const normalized = text.normalize("NFKC").toLowerCase();
  for (const word of bannedWords) {
    const needle = word.normalize("NFKC").toLowerCase().trim();
    if (!needle) continue;
    const escaped = needle.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    if (new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}($|[^\\p{L}\\p{N}])`, "u").test(normalized)) return word;
  }
  return null;
}

/** Where a reply goes: under its target, or beside it when the target is already at the deepest level. */
export function replyPlacement(target: {
  id: string;
  parentId: string | null;
  rootId: string | null;
  depth: number;
}) {
  if (target.depth + 1 < MAX_THREAD_LEVELS) {
    return { parentId: target.id, rootId: target.rootId ?? target.id, depth: target.depth + 1 };
  }
  return { parentId: target.parentId, rootId: target.rootId ?? target.id, depth: target.depth };
}
