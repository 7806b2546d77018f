/**
 * What a redirect after a successful action may ask the next page to announce (?notice=<key>). Only these keys
 * mean anything: the text comes from here, never from the address, so a link cannot make the site say
 * something it did not do.
 */
export const NOTICES = {
  "comment-posted": "Comment posted.",
  "reply-posted": "Reply posted.",
  "comment-edited": "Comment updated.",
  "comment-deleted": "Comment deleted.",
} as const;

export type NoticeKey = keyof typeof NOTICES;

export const NOTICE_PARAM = "notice";

/** `url` with ?notice=<key> added before its #fragment. */
export function withNotice(url: string, notice: NoticeKey): string {
  const hashAt = url.indexOf("#");
  const path = hashAt === -1 ? url : url.slice(0, hashAt);
  const hash = hashAt === -1 ? "" : url.slice(hashAt);
  return `${path}${path.includes("?") ? "&" : "?"}${NOTICE_PARAM}=${notice}${hash}`;
}

export function noticeText(key: string | null): string | null {
  return key && Object.hasOwn(NOTICES, key) ? NOTICES[key as NoticeKey] : null;
}
