"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";

import { useViewer } from "./viewer-context";

/** The header's account link: "Sign in" until we know better (also what readers without JavaScript see). */
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
    <span className="flex items-center gap-3">
      {viewer.canAdmin && (
        <Link href="/admin" className="font-medium hover:text-accent">
          Newsroom
        </Link>
      )}
      <Link
        href="/account"
        className="rounded-sm border border-rule px-3 py-1.5 font-medium hover:bg-surface"
      >
        <span className="sr-only">Your account: </span>
        {viewer.name}
      </Link>
    </span>
  );
}
