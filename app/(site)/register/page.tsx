import type { Metadata } from "next";

import { RegisterForm } from "@/components/auth/register-form";
import { PageHeading } from "@/components/page-heading";
import { safeCallbackPath } from "@/lib/safe-redirect";

export const instant = false;
export const metadata: Metadata = { title: "Create an account", robots: { index: false } };

export default async function RegisterPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string }>;
}) {
  const callbackUrl = safeCallbackPath((await searchParams).callbackUrl);
  return (
    <div className="mx-auto max-w-md">
      <PageHeading title="Create an account" description="We’ll email you a link to confirm your address." />
      <RegisterForm callbackUrl={callbackUrl} />
      <p className="mt-8 text-sm">
        Already have an account?{" "}
        <a
          href={`/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`}
          className="font-semibold text-accent hover:underline"
        >
          Sign in
        </a>
        .
      </p>
    </div>
  );
}
