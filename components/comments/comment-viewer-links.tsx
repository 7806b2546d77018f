"use client";

import { EDIT_WINDOW_MS } from "@/lib/comments/rules";

import { useViewer } from "../viewer/viewer-context";

/**
 * The links that depend on who is reading: Report for everyone but the author (shown until the page knows
 * who is reading, and without JavaScript; the server refuses a report of one's own comment either way), and
 * Edit (for 15 minutes) and Delete for the author, Delete for staff; the server checks again.
 */
export function CommentViewerLinks({
  commentId,
  authorId,
  createdAt,
  whose,
}: {
  commentId: string;
  authorId: string | null;
  createdAt: string;
  /** "Mira’s comment", for the links' accessible names. */
  whose: string;
}) {
  const { viewer, checkedAt: now } = useViewer();
  const own = viewer !== null && viewer.id === authorId;
  const editable = own && now - new Date(createdAt).getTime() < EDIT_WINDOW_MS;
  return (
    <>
      {!own && (
        <a href={`/comments/${commentId}/report`} className="hover:text-accent hover:underline">
          Report<span className="sr-only"> {whose}</span>
        </a>
      )}
      {editable && (
        <a href={`/comments/${commentId}/edit`} className="hover:text-accent hover:underline">
          Edit<span className="sr-only"> {own ? "your comment" : whose}</span>
        </a>
      )}
      {(own || viewer?.isStaff) && (
        <a href={`/comments/${commentId}/delete`} className="hover:text-accent hover:underline">
          Delete<span className="sr-only"> {own ? "your comment" : whose}</span>
        </a>
      )}
    </>
  );
}
