import type { Metadata, Viewport } from "next";

import "./globals.css";

import { PageFocus } from "@/components/navigation/page-focus";
import { siteName } from "@/components/site-name";
import { feedAlternates } from "@/lib/feeds/urls";

export const metadata: Metadata = {
  metadataBase: new URL(process.env.NEXTAUTH_URL || "http://localhost:3000"),
  title: { default: `${siteName}: news from every outlet`, template: `%s · ${siteName}` },
  description: "The day's stories from independent outlets, with context and conversation.",
  // Pages that set alternates of their own (articles, archives) replace this whole object, so they list feeds too.
  alternates: { types: feedAlternates({ kind: "site" }, siteName) },
};

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#fbfaf7" },
    { media: "(prefers-color-scheme: dark)", color: "#121212" },
  ],
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen font-sans antialiased">
        <PageFocus />
        {children}
      </body>
    </html>
  );
}
