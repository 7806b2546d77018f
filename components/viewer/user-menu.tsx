"use client";

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

  if (!viewer) {
    return (
      <a
        href="/signin"
        onClick={(event) => {
          // Come back here after signing in: the address is read at click time (a cached page can't know it
          // while rendering) and the browser then follows the link as usual, new tab or not.
          event.currentTarget.href = `/signin?callbackUrl=${encodeURIComponent(window.location.pathname + window.location.search)}`;
        }}
        className="rounded-sm border border-rule px-3 py-1.5 font-medium hover:bg-surface"
      >
        Sign in
      </a>
    );
  }
  return (
    <Suspense fallback={null}>
      <AccountMenu viewer={viewer} />
    </Suspense>
  );
}
