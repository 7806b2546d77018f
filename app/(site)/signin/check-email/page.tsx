import type { Metadata } from "next";

import { PageHeading } from "@/components/page-heading";

export const metadata: Metadata = { title: "Check your email", robots: { index: false } };

export default function CheckEmailPage() {
  return (
    <div className="mx-auto max-w-md">
      <PageHeading
        title="Check your email"
        description="We’ve sent you a sign-in link. It works once, for 15 minutes."
      />
    </div>
  );
}
