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

const COMMENT_FRAGMENT = "comment-";
const POSTED_FRAGMENT = "posted-";

/**
 * The id of the hidden "Your comment is posted." line in each comment. A post without JavaScript lands on it
 * (#posted-<id>): CSS shows it as the :target, and a screen reader starts reading there, so the result is
 * said without script and without the cached page knowing who posted.
 */
export function postedFragment(commentId: string): string {
  return `${POSTED_FRAGMENT}${commentId}`;
}

/** #posted-<id> back to the comment's own permalink, #comment-<id> (anything else unchanged). */
export function permalinkFragment(hash: string): string {
  return hash.startsWith(`#${POSTED_FRAGMENT}`)
    ? `#${COMMENT_FRAGMENT}${hash.slice(POSTED_FRAGMENT.length + 1)}`
    : hash;
}

/**
 * `url` with ?notice=<key> added before its #fragment. A new comment's #comment-<id> becomes #posted-<id>, so
 * the result is shown without JavaScript too (postedFragment).
 */
export function withNotice(url: string, notice: NoticeKey): string {
  const hashAt = url.indexOf("#");
  const path = hashAt === -1 ? url : url.slice(0, hashAt);
  let hash = hashAt === -1 ? "" : url.slice(hashAt);
  const posted = notice === "comment-posted" || notice === "reply-posted";
  if (posted && hash.startsWith(`#${COMMENT_FRAGMENT}`))
    hash = `#${postedFragment(hash.slice(COMMENT_FRAGMENT.length + 1))}`;
  return `${path}${path.includes("?") ? "&" : "?"}${NOTICE_PARAM}=${notice}${hash}`;
}

export function noticeText(key: string | null): string | null {
  return key && Object.hasOwn(NOTICES, key) ? NOTICES[key as NoticeKey] : null;
}
