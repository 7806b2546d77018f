import type { Metadata } from "next";
import { redirect } from "next/navigation";

import { ChangePasswordForm, DeleteAccountForm, DisplayNameForm } from "@/components/account/account-forms";
import { signOutEverywhereAction } from "@/components/account/actions";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { PageHeading } from "@/components/page-heading";
import { displayName, getViewer } from "@/lib/auth";

export const instant = false;
export const metadata: Metadata = { title: "Your account", robots: { index: false } };

export default async function AccountPage() {
  const viewer = await getViewer();
  if (!viewer) redirect("/signin?callbackUrl=/account");

  return (
    <div className="mx-auto flex max-w-xl flex-col gap-10">
      <PageHeading
        title="Your account"
        description={`Signed in as ${viewer.email ?? displayName(viewer)}.`}
      />
      <section aria-labelledby="name-heading" className="flex flex-col gap-3">
        <h2 id="name-heading" className="font-serif text-xl font-bold">
          Display name
        </h2>
        <DisplayNameForm name={viewer.name ?? ""} />
      </section>
      <section aria-labelledby="password-heading" className="flex flex-col gap-3">
        <h2 id="password-heading" className="font-serif text-xl font-bold">
          Password
        </h2>
        <ChangePasswordForm hasPassword={viewer.hasPassword} />
      </section>
      <section aria-labelledby="sessions-heading" className="flex flex-col gap-3">
        <h2 id="sessions-heading" className="font-serif text-xl font-bold">
          Sessions
        </h2>
        <div className="flex flex-wrap gap-3">
          <SignOutButton />
          <SignOutButton action={signOutEverywhereAction} label="Sign out everywhere" />
        </div>
      </section>
      <section aria-labelledby="delete-heading" className="flex flex-col gap-3 border-t border-rule pt-6">
        <h2 id="delete-heading" className="font-serif text-xl font-bold text-danger">
          Delete account
        </h2>
        <DeleteAccountForm />
      </section>
    </div>
  );
}
