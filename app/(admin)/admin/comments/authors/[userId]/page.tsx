import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { CommentingForm } from "@/components/admin/moderation/moderation-forms";
import { ModerationItemCard } from "@/components/admin/moderation/moderation-item";
import { PageHeading } from "@/components/page-heading";
import { formatAbsoluteTime } from "@/components/time/format";
import { requirePageCapability } from "@/lib/admin/guard";
import { getCommenterProfile } from "@/lib/moderation/queue";
import { COMMENT_STATUSES } from "@/lib/moderation/rules";

export const instant = false;
export const metadata: Metadata = { title: "Commenter" };

type Props = { params: Promise<{ userId: string }> };

export default async function CommenterPage({ params }: Props) {
  const { userId } = await params;
  const viewer = await requirePageCapability(
    "comment:moderate",
    `/admin/comments/authors/${encodeURIComponent(userId)}`,
  );
  const profile = await getCommenterProfile(viewer, userId);
  if (!profile) notFound();
  const disabled = profile.commentingDisabledAt !== null;
  const isSelf = profile.id === viewer.id;
  const lockedAdmin = profile.role === "ADMIN" && viewer.role !== "ADMIN";

  return (
    <div className="flex max-w-4xl flex-col gap-8">
      <p className="text-sm">
        <Link href="/admin/comments" className="text-accent hover:underline">
          ← Comments
        </Link>
      </p>
      <PageHeading
        kicker="Commenter"
        title={profile.name}
        description={`${profile.email ?? "No email"} · ${profile.role.toLowerCase()} · joined ${formatAbsoluteTime(profile.createdAt)}`}
      />

      <section aria-labelledby="commenting-heading" className="flex flex-col gap-3">
        <h2 id="commenting-heading" className="font-serif text-xl font-bold">
          Commenting
        </h2>
        {disabled ? (
          <p>
            <span className="font-semibold text-danger">Off</span> since{" "}
            {formatAbsoluteTime(profile.commentingDisabledAt!)}.
            {profile.commentingDisabledReason && <> Reason: “{profile.commentingDisabledReason}”</>}
          </p>
        ) : (
          <p>On. They can post and reply.</p>
        )}
        {isSelf ? (
          <p className="text-sm text-muted">You can’t change commenting on your own account.</p>
        ) : lockedAdmin ? (
          <p className="text-sm text-muted">Only an admin can change commenting for an admin.</p>
        ) : (
          <CommentingForm userId={profile.id} disabled={disabled} />
        )}
      </section>

      <section aria-labelledby="history-heading">
        <h2 id="history-heading" className="font-serif text-xl font-bold">
          Comments
        </h2>
        <dl className="mt-2 flex flex-wrap gap-x-6 gap-y-1 text-sm">
          {COMMENT_STATUSES.map((status) => (
            <div key={status} className="flex gap-1">
              <dt className="text-muted">{status.charAt(0) + status.slice(1).toLowerCase()}:</dt>
              <dd className="font-semibold">{profile.commentCounts[status] ?? 0}</dd>
            </div>
          ))}
        </dl>
        {profile.recentComments.length === 0 ? (
          <p className="mt-3 text-muted">No comments yet.</p>
        ) : (
          <>
            <h3 className="mt-4 text-sm font-semibold">Latest {profile.recentComments.length}</h3>
            {profile.recentComments.map((item) => (
              <ModerationItemCard key={item.id} item={item} selectable={false} />
            ))}
          </>
        )}
      </section>
    </div>
  );
}
