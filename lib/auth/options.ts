import "server-only";

import { PrismaAdapter } from "@next-auth/prisma-adapter";
import type { NextAuthOptions } from "next-auth";
import type { Adapter } from "next-auth/adapters";
import EmailProvider from "next-auth/providers/email";
import GitHubProvider from "next-auth/providers/github";
import GoogleProvider from "next-auth/providers/google";

import { db } from "../db";
import { env } from "../env";
import { sendMagicLinkMail } from "./magic-link-mail";
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

export const MAGIC_LINK_MAX_AGE_SECONDS = 15 * 60;

export const authOptions: NextAuthOptions = {
  // The adapter package is typed against the classic client; the generated prisma-client has the same models.
  adapter: PrismaAdapter(db as never) as Adapter,
  secret: authSecret,
  useSecureCookies,
  session: { strategy: "database", maxAge: SESSION_MAX_AGE_SECONDS, updateAge: SESSION_UPDATE_AGE_SECONDS },
  pages: { signIn: "/signin", verifyRequest: "/signin/check-email", error: "/signin/error" },
  providers: [
    EmailProvider({
      // Only our own server action requests links (with throttling); this provider verifies them.
      server: env.EMAIL_SERVER ?? "smtp://localhost:25",
      from: env.EMAIL_FROM ?? "The Ledger <no-reply@localhost>",
      maxAge: MAGIC_LINK_MAX_AGE_SECONDS,
      sendVerificationRequest: ({ identifier, url }) => sendMagicLinkMail(identifier, url),
    }),
    ...oauthProviders,
  ],
  callbacks: {
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
