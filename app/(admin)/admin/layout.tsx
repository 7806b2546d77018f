import type { Metadata } from "next";
import Link from "next/link";

import { AdminNav } from "@/components/admin/admin-nav";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { SkipLink } from "@/components/navigation/skip-link";
import { siteName } from "@/components/site-name";
import { displayName } from "@/lib/auth";
import { requirePageCapability } from "@/lib/admin/guard";

export const metadata: Metadata = {
  title: { default: "Newsroom", template: `%s · Newsroom · ${siteName}` },
  robots: { index: false },
};

export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const viewer = await requirePageCapability("admin:access");
  return (
    <>
      <SkipLink />
      <header className="border-b border-rule bg-surface">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <div className="flex items-center gap-6">
            <Link href="/admin" className="font-serif text-xl font-black">
              {siteName} <span className="font-sans text-sm font-semibold text-muted">Newsroom</span>
            </Link>
            <AdminNav role={viewer.role} />
          </div>
          <div className="flex items-center gap-3 text-sm">
            <span>
              {displayName(viewer)} <span className="text-muted">({viewer.role.toLowerCase()})</span>
            </span>
            <Link href="/" className="hover:text-accent">
              View site
            </Link>
            <SignOutButton />
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="mx-auto max-w-7xl px-4 py-6">
        {children}
      </main>
    </>
  );
}
