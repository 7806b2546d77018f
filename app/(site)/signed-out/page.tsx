import type { Metadata } from "next";

import { PageHeading } from "@/components/page-heading";

export const metadata: Metadata = { title: "Signed out", robots: { index: false } };

export default function SignedOutPage() {
  return (
    <div className="mx-auto max-w-md">
      <PageHeading
        title="You’re signed out"
        description="Reading never needs an account. Sign in again to comment."
      />
      <div className="flex gap-4">
        <a href="/" className="rounded-sm bg-ink px-4 py-2 font-semibold text-page">
          Front page
        </a>
        <a href="/signin" className="rounded-sm border border-rule px-4 py-2 font-semibold">
          Sign in
        </a>
      </div>
    </div>
  );
}
