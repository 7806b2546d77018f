import "server-only";

import { AsyncLocalStorage } from "node:async_hooks";

import { PrismaAdapter } from "@next-auth/prisma-adapter";
import type { NextAuthOptions } from "next-auth";
import type { Adapter } from "next-auth/adapters";
import EmailProvider from "next-auth/providers/email";
import GitHubProvider from "next-auth/providers/github";
import GoogleProvider from "next-auth/providers/google";

import { db } from "../db";
import { env } from "../env";
import { requestIp } from "../request-ip";
import { safeRedirectUrl } from "../safe-redirect";
import { MAGIC_LINK_MAX_AGE_SECONDS, sendSignInLink } from "./magic-link";
import { authSecret } from "./secret";
import { applyAdminEmails, isRefusedDemoAccount } from "./policy";
import { SESSION_MAX_AGE_SECONDS, SESSION_UPDATE_AGE_SECONDS, useSecureCookies } from "./sessions";

const oauthProviders = [
  ...(env.GITHUB_ID && env.GITHUB_SECRET
    ? [GitHubProvider({ clientId: env.GITHUB_ID, clientSecret: env.GITHUB_SECRET })]
    : []),
  ...(env.GOOGLE_ID && env.GOOGLE_SECRET
    ? [GoogleProvider({ clientId: env.GOOGLE_ID, clientSecret: env.GOOGLE_SECRET })]
    : []),
];

export const enabledOAuthProviders = oauthProviders.map((provider) => ({
  id: provider.id,
  name: provider.name,
}));

// The adapter package is typed against the classic client; the generated prisma-client has the same models.
const prismaAdapter = PrismaAdapter(db as never) as Adapter;

/**
 * next-auth catches any error while it reads a session and answers "no session", so during a database outage
 * every signed-in visitor would look signed out (and be sent to sign in, or told to). getViewer runs the
 * lookup inside this and finds out what went wrong.
 */
export const sessionLookup = new AsyncLocalStorage<{ error?: unknown }>();

function noticed<F extends (...args: never[]) => unknown>(method: F): F {
  return (async (...args: Parameters<F>) => {
    try {
      return await method(...args);
    } catch (error) {
      const lookup = sessionLookup.getStore();
      if (lookup) lookup.error ??= error;
      throw error;
    }
  }) as F;
}

/** next-auth's own sign-in route asks the client address of the request it is handling. */
async function currentRequestIp(): Promise<string> {
  try {
    return await requestIp();
  } catch {
    return "unknown";
  }
}

/** A throttled sign-in link, thrown to next-auth so it shows its EmailSignin error; logged as a warning only. */
const LINK_REFUSED = "Sign-in link refused";

/** next-auth passes errors through as plain objects (message, stack) or as { error, …details }. */
function errorMessage(metadata: unknown): string {
  const error = (metadata as { error?: unknown })?.error ?? metadata;
  return String((error as { message?: unknown })?.message ?? "");
}

export const authOptions: NextAuthOptions = {
  adapter: {
    ...prismaAdapter,
    getSessionAndUser: noticed(prismaAdapter.getSessionAndUser!),
    updateSession: noticed(prismaAdapter.updateSession!),
    deleteSession: noticed(prismaAdapter.deleteSession!),
    // next-auth stores the token and sends the mail side by side; sendSignInLink below does both (throttled),
    // so the token row exists only when the mail goes out.
    createVerificationToken: (token) => token,
  },
  secret: authSecret,
  useSecureCookies,
  session: { strategy: "database", maxAge: SESSION_MAX_AGE_SECONDS, updateAge: SESSION_UPDATE_AGE_SECONDS },
  pages: { signIn: "/signin", verifyRequest: "/signin/check-email", error: "/signin/error" },
  providers: [
    EmailProvider({
      // Our server actions request links; next-auth's own POST /api/auth/signin/email still works, so it goes
      // through the same throttled path. Refused, next-auth shows its EmailSignin error on the sign-in page.
      server: env.EMAIL_SERVER ?? "smtp://localhost:25",
      from: env.EMAIL_FROM ?? "The Ledger <no-reply@localhost>",
      maxAge: MAGIC_LINK_MAX_AGE_SECONDS,
      async sendVerificationRequest({ identifier, url, token, expires }) {
        const outcome = await sendSignInLink({
          email: identifier,
          token,
          url,
          expires,
          ip: await currentRequestIp(),
        });
        if (outcome !== "sent") throw new Error(`${LINK_REFUSED}: ${outcome}`);
      },
    }),
    ...oauthProviders,
  ],
  logger: {
    error(code, metadata) {
      const message = errorMessage(metadata);
      if (message.startsWith(LINK_REFUSED)) console.warn(`[next-auth] ${message}`);
      else console.error(`[next-auth][error][${code}]`, metadata);
    },
  },
  callbacks: {
    /** Where next-auth sends the browser after signing in or out: only ever a path on this site. */
    redirect({ url, baseUrl }) {
      return safeRedirectUrl(url, baseUrl);
    },
    async signIn({ user }) {
      if (isRefusedDemoAccount(user.email)) return "/signin/error?error=DemoAccount";
      return true;
    },
    session({ session, user }) {
      const account = user as typeof user & { role?: string };
      return {
        ...session,
        user: { id: user.id, name: user.name, email: user.email, role: account.role ?? "READER" },
      };
    },
  },
  events: {
    async signIn({ user }) {
      await applyAdminEmails(user.id, user.email);
    },
  },
};
