"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { lazy, Suspense } from "react";

import { useViewer } from "./viewer-context";

// Most readers are signed out: the signed-in links and their sign-out form are fetched only for those who are not.
const AccountMenu = lazy(() => import("./account-menu").then((module) => ({ default: module.AccountMenu })));

/**
 * The header's account links: "Sign in" until we know better (also what readers without JavaScript see);
 * signed in, the account menu.
 */
export function UserMenu() {
  const { viewer } = useViewer();
  const router = useRouter();

  if (!viewer) {
    return (
      <Link
        href="/signin"
        onClick={(event) => {
          // Come back here after signing in (read at click time: cached pages can't know the URL while rendering).
          event.preventDefault();
          router.push(
            `/signin?callbackUrl=${encodeURIComponent(window.location.pathname + window.location.search)}`,
          );
        }}
        className="rounded-sm border border-rule px-3 py-1.5 font-medium hover:bg-surface"
      >
        Sign in
      </Link>
    );
  }
  return (
    <Suspense fallback={null}>
      <AccountMenu viewer={viewer} />
    </Suspense>
  );
}
