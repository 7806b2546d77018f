import Link from "next/link";

import { getSections } from "@/lib/taxonomy";

import { siteName } from "./site-name";
import { UserMenu } from "./viewer/user-menu";

export async function SiteHeader() {
  const sections = await getSections();
  return (
    <header className="border-b border-rule bg-page">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:p-2">
        Skip to content
      </a>
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-4 py-4">
        <Link href="/" className="font-serif text-2xl font-black tracking-tight md:text-3xl">
          {siteName}
        </Link>
        <nav aria-label="Account" className="text-sm">
          <UserMenu />
        </nav>
      </div>
      <nav aria-label="Sections" className="border-t border-rule">
        <ul className="mx-auto flex max-w-6xl gap-5 overflow-x-auto px-4 py-2 text-sm font-medium whitespace-nowrap">
          <li>
            <Link href="/latest" className="hover:text-accent">
              Latest
            </Link>
          </li>
          {sections.map((section) => (
            <li key={section.slug}>
              <Link href={`/sections/${section.slug}`} className="hover:text-accent">
                {section.name}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
