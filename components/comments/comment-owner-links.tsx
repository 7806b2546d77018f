"use client";

import Link from "next/link";

import { EDIT_WINDOW_MS } from "@/lib/comments/rules";

import { useViewer } from "../viewer/viewer-context";

/** Edit (for 15 minutes) and delete, shown only to the comment's author; the server checks again. */
export function CommentOwnerLinks({
  commentId,
  authorId,
  createdAt,
}: {
  commentId: string;
  authorId: string;
  createdAt: string;
}) {
  const { viewer, checkedAt: now } = useViewer();
  if (!viewer) return null;
  const own = viewer.id === authorId;
  if (!own && !viewer.isStaff) return null;
  const editable = own && now - new Date(createdAt).getTime() < EDIT_WINDOW_MS;
  return (
    <>
      {editable && (
        <Link href={`/comments/${commentId}/edit`} className="hover:text-accent hover:underline">
          Edit
        </Link>
      )}
      <Link href={`/comments/${commentId}/delete`} className="hover:text-accent hover:underline">
        Delete
      </Link>
    </>
  );
}
