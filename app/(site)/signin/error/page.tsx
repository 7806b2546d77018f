import type { Metadata } from "next";

import { MagicLinkForm } from "@/components/auth/magic-link-form";
import { PageHeading } from "@/components/page-heading";

export const instant = false;
export const metadata: Metadata = { title: "Sign-in problem", robots: { index: false } };

const messages: Record<string, string> = {
  Verification: "That sign-in link has expired or has already been used. Links work once, for 15 minutes.",
  DemoAccount: "Demo accounts can’t sign in on this site.",
  AccessDenied: "You can’t sign in with that account.",
  OAuthAccountNotLinked:
    "That email is already used by another sign-in method. Sign in the way you did before.",
};

export default async function SignInErrorPage({
  searchParams,
}: {
  searchParams: Promise<{ error?: string }>;
}) {
  const error = (await searchParams).error ?? "";
  const message = messages[error] ?? "Something went wrong while signing you in. Please try again.";
  return (
    <div className="mx-auto max-w-md">
      <PageHeading title="We couldn’t sign you in" />
      <p role="alert" className="mb-8">
        {message}
      </p>
      {error === "Verification" ? (
        <MagicLinkForm callbackUrl="/" heading="Send a new link" />
      ) : (
        <a href="/signin" className="font-semibold text-accent hover:underline">
          Back to sign in
        </a>
      )}
    </div>
  );
}
