"use client";

import { signIn } from "next-auth/react";

/** Only rendered when a provider is configured; OAuth needs JavaScript for next-auth's CSRF handshake. */
export function OAuthButtons({
  providers,
  callbackUrl,
}: {
  providers: { id: string; name: string }[];
  callbackUrl: string;
}) {
  if (providers.length === 0) return null;
  return (
    <div className="flex flex-col gap-2">
      {providers.map((provider) => (
        <button
          key={provider.id}
          type="button"
          onClick={() => signIn(provider.id, { callbackUrl })}
          className="rounded-sm border border-rule px-4 py-2 font-semibold hover:bg-surface"
        >
          Continue with {provider.name}
        </button>
      ))}
    </div>
  );
}
