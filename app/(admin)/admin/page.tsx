import Link from "next/link";

import { requirePageCapability } from "@/lib/admin/guard";
import { getNewsroomOverview } from "@/lib/admin/overview";

export const instant = false;

export default async function AdminOverviewPage() {
  const viewer = await requirePageCapability("admin:access");
  const overview = await getNewsroomOverview(viewer);
  const cards = [
    {
      label: "Awaiting review",
      value: overview.submitted,
      href: "/admin/articles?status=SUBMITTED",
      show: true,
    },
    { label: "Drafts", value: overview.drafts, href: "/admin/articles?status=DRAFT", show: true },
    { label: "Scheduled", value: overview.scheduled, href: "/admin/articles?status=SCHEDULED", show: true },
    { label: "Published", value: overview.published, href: "/admin/articles?status=PUBLISHED", show: true },
    {
      label: "Comments pending",
      value: overview.pendingComments,
      href: "/admin/comments?queue=pending",
      show: overview.pendingComments !== null,
    },
    {
      label: "Open reports",
      value: overview.openReports,
      href: "/admin/comments?queue=reported",
      show: overview.openReports !== null,
    },
  ].filter((card) => card.show);
  return (
    <div>
      <h1 className="font-serif text-3xl font-bold">Newsroom</h1>
      <p className="mt-1 text-muted">
        <Link href="/admin/articles/new" className="font-semibold text-accent hover:underline">
          Write a new article
        </Link>
      </p>
      <ul className="mt-6 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {cards.map((card) => (
          <li key={card.label}>
            <Link href={card.href} className="block rounded-sm border border-rule p-4 hover:border-accent">
              <span className="block text-3xl font-bold">{card.value}</span>
              <span className="text-sm text-muted">{card.label}</span>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
