"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";

import { signOutAction } from "../auth/actions";
import { ActionButton } from "../forms/action-button";
import { useViewer } from "./viewer-context";

/**
 * The header's account links: "Sign in" until we know better (also what readers without JavaScript see);
 * signed in, the newsroom (for staff), the account page and a sign-out form (a POST to our own action).
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
    <span className="flex flex-wrap items-center justify-end gap-x-3 gap-y-2">
      {viewer.canAdmin && (
        <Link href="/admin" className="font-medium hover:text-accent">
          Newsroom
        </Link>
      )}
      <Link
        href="/account"
        className="max-w-48 truncate rounded-sm border border-rule px-3 py-1.5 font-medium hover:bg-surface"
      >
        <span className="sr-only">Your account: </span>
        {viewer.name}
      </Link>
      <ActionButton action={signOutAction} className="font-medium hover:text-accent hover:underline">
        Sign out
      </ActionButton>
    </span>
  );
}
