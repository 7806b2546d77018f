import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { QueryPager } from "@/components/navigation/query-pager";
import { RoleForm } from "@/components/admin/users/role-form";
import { PageHeading } from "@/components/page-heading";
import { formatAbsoluteTime } from "@/components/time/format";
import { requirePageCapability } from "@/lib/admin/guard";
import { parsePageParam } from "@/lib/pagination";
import { listUsers } from "@/lib/users";
import { USER_SEARCH_MAX } from "@/lib/users/rules";

export const instant = false;
export const metadata: Metadata = { title: "Users" };

type Props = { searchParams: Promise<{ q?: string | string[]; page?: string | string[] }> };

export default async function UsersPage({ searchParams }: Props) {
  const query = await searchParams;
  const path = "/admin/users";
  const viewer = await requirePageCapability("user:manage", path);
  const page = parsePageParam(query.page);
  if (page === null || Array.isArray(query.q)) notFound();
  const q = (query.q ?? "").trim().slice(0, USER_SEARCH_MAX);
  const result = await listUsers(viewer, { q, page });

  return (
    <div className="flex flex-col gap-6">
      <PageHeading
        title="Users"
        description="Everyone with an account: how they sign in, their role and whether they may comment."
      />
      <form method="get" action={path} role="search" className="flex flex-wrap items-end gap-3">
        <div className="flex min-w-64 flex-col gap-1">
          <label htmlFor="user-search" className="text-sm font-semibold">
            Search by email or name
          </label>
          <input
            id="user-search"
            type="search"
            name="q"
            defaultValue={q}
            maxLength={USER_SEARCH_MAX}
            className="rounded-sm border border-rule bg-page px-3 py-2"
          />
        </div>
        <button type="submit" className="rounded-sm bg-ink px-4 py-2 font-semibold text-page">
          Search
        </button>
        {q && (
          <Link href={path} className="py-2 text-sm text-accent hover:underline">
            Clear
          </Link>
        )}
      </form>

      <p className="text-sm text-muted" role="status">
        {result.total === 0
          ? "No accounts match."
          : `${result.total} account${result.total === 1 ? "" : "s"}${q ? ` matching “${q}”` : ""}.`}
      </p>

      {result.users.length > 0 && (
        <div className="relative overflow-x-auto">
          <table className="w-full border-collapse text-left text-sm">
            <caption className="sr-only">Users{q ? ` matching “${q}”` : ""}, newest first</caption>
            <thead>
              <tr className="border-b border-rule">
                <th scope="col" className="py-2 pr-4">
                  Person
                </th>
                <th scope="col" className="py-2 pr-4">
                  Role
                </th>
                <th scope="col" className="py-2 pr-4">
                  Signs in with
                </th>
                <th scope="col" className="py-2 pr-4">
                  Joined
                </th>
                <th scope="col" className="py-2">
                  Commenting
                </th>
              </tr>
            </thead>
            <tbody>
              {result.users.map((user) => {
                const name = user.name?.trim() || user.email || "Unnamed account";
                return (
                  <tr key={user.id} className="border-b border-rule align-top">
                    <th scope="row" className="py-3 pr-4 font-normal">
                      <span className="block font-semibold">{user.name?.trim() || "—"}</span>
                      <span className="block text-muted">{user.email ?? "no email"}</span>
                      {user.id === viewer.id && <span className="text-xs text-accent">you</span>}
                    </th>
                    <td className="py-3 pr-4">
                      <RoleForm
                        userId={user.id}
                        role={user.role}
                        name={name}
                        lastAdmin={user.role === "ADMIN" && result.adminCount <= 1}
                      />
                    </td>
                    <td className="py-3 pr-4">{user.signInMethods.join(", ")}</td>
                    <td className="py-3 pr-4 whitespace-nowrap">
                      <time dateTime={user.createdAt.toISOString()}>
                        {formatAbsoluteTime(user.createdAt)}
                      </time>
                    </td>
                    <td className="py-3">
                      {user.commentingDisabledAt ? (
                        <>
                          <span className="font-semibold text-danger">Off</span>
                          {user.commentingDisabledReason && (
                            <span className="block text-muted">“{user.commentingDisabledReason}”</span>
                          )}
                        </>
                      ) : (
                        <span>On</span>
                      )}
                      <Link
                        href={`/admin/comments/authors/${user.id}`}
                        className="block text-accent hover:underline"
                      >
                        {user.commentingDisabledAt ? "Turn back on…" : "Turn off…"}
                        <span className="sr-only"> commenting for {name}</span>
                      </Link>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <QueryPager
        path={path}
        params={{ q: q || undefined }}
        page={page}
        pageCount={result.pageCount}
        label="User pages"
      />
    </div>
  );
}
