import type { Metadata } from "next";

import { MagicLinkForm } from "@/components/auth/magic-link-form";
import { OAuthButtons } from "@/components/auth/oauth-buttons";
import { PasswordSignInForm } from "@/components/auth/password-sign-in-form";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { PageHeading } from "@/components/page-heading";
import { displayName, getViewer } from "@/lib/auth";
import { enabledOAuthProviders } from "@/lib/auth/options";
import { safeCallbackPath } from "@/lib/safe-redirect";

export const instant = false;
export const metadata: Metadata = { title: "Sign in", robots: { index: false } };

/** next-auth sends sign-in failures of its own routes here as ?error=… */
const errorMessages: Record<string, string> = {
  EmailSignin:
    "We couldn’t send a sign-in link. If you asked for several, wait 15 minutes and try again; the links already sent still work.",
};
const GENERIC_ERROR = "Something went wrong while signing you in. Please try again.";

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string; error?: string }>;
}) {
  const params = await searchParams;
  const callbackUrl = safeCallbackPath(params.callbackUrl);
  const error = typeof params.error === "string" ? (errorMessages[params.error] ?? GENERIC_ERROR) : null;
  const viewer = await getViewer();

  if (viewer) {
    return (
      <div className="mx-auto max-w-md">
        <PageHeading title="You’re signed in" />
        <p>
          Signed in as <strong>{displayName(viewer)}</strong> ({viewer.email}).
        </p>
        <div className="mt-6 flex gap-4">
          <a href={callbackUrl} className="rounded-sm bg-ink px-4 py-2 font-semibold text-page">
            Continue
          </a>
          <SignOutButton />
        </div>
      </div>
    );
  }

  return (
    <div className="mx-auto max-w-3xl">
      <PageHeading
        title="Sign in"
        description="Sign in to comment and reply. Reading never needs an account."
      />
      {error && (
        <p role="alert" className="mb-8 rounded-sm bg-surface p-3 text-sm text-danger">
          {error}
        </p>
      )}
      <div className="grid gap-10 md:grid-cols-2">
        <PasswordSignInForm callbackUrl={callbackUrl} />
        <div className="flex flex-col gap-6">
          <MagicLinkForm callbackUrl={callbackUrl} />
          <OAuthButtons providers={enabledOAuthProviders} callbackUrl={callbackUrl} />
        </div>
      </div>
      <p className="mt-10 border-t border-rule pt-4 text-sm">
        New here?{" "}
        <a
          href={`/register?callbackUrl=${encodeURIComponent(callbackUrl)}`}
          className="font-semibold text-accent hover:underline"
        >
          Create an account with a password
        </a>
        .
      </p>
    </div>
  );
}
