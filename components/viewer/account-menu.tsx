"use client";

import { signOutAction } from "../auth/actions";
import { ActionButton } from "../forms/action-button";
import type { ClientViewer } from "./viewer-context";

/** The header's links for a signed-in reader: the newsroom (for staff), the account page and a sign-out form. */
export function AccountMenu({ viewer }: { viewer: ClientViewer }) {
  return (
    <span className="flex flex-wrap items-center justify-end gap-x-3 gap-y-2">
      {viewer.canAdmin && (
        <a href="/admin" className="font-medium hover:text-accent">
          Newsroom
        </a>
      )}
      <a
        href="/account"
        className="max-w-48 truncate rounded-sm border border-rule px-3 py-1.5 font-medium hover:bg-surface"
      >
        <span className="sr-only">Your account: </span>
        {viewer.name}
      </a>
      <ActionButton action={signOutAction} className="font-medium hover:text-accent hover:underline">
        Sign out
      </ActionButton>
    </span>
  );
}
