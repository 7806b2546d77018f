import NextAuth from "next-auth";
import type { NextRequest } from "next/server";

import { authOptions } from "@/lib/auth/options";
import { isNextAuthCallbackUrl } from "@/lib/request-guard/rules";

const handler = NextAuth(authOptions);

/** The callback-url cookie next-auth reads, under its production and development names. */
const CALLBACK_COOKIES = ["__Secure-next-auth.callback-url", "next-auth.callback-url"];

/**
 * next-auth answers a callbackUrl (query or cookie) that is neither a path nor an http(s) URL with a 500;
 * refuse it with a 400 first.
 */
async function authHandler(request: NextRequest, context: { params: Promise<{ nextauth: string[] }> }) {
  const values = [
    ...request.nextUrl.searchParams.getAll("callbackUrl"),
    ...CALLBACK_COOKIES.flatMap((name) => request.cookies.get(name)?.value ?? []),
  ];
  if (values.some((value) => value !== "" && !isNextAuthCallbackUrl(value)))
    return new Response("That callbackUrl isn’t a path or a web address.", { status: 400 });
  return handler(request, context);
}

export { authHandler as GET, authHandler as POST };
