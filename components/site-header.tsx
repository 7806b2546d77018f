import { getSections } from "@/lib/taxonomy";

import { SkipLink } from "./navigation/skip-link";
import { HeaderSearch } from "./search/header-search";
import { siteName } from "./site-name";
import { UserMenu } from "./viewer/user-menu";

export async function SiteHeader() {
  const sections = await getSections();
  return (
    <header className="border-b border-rule bg-page">
      <SkipLink />
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-4 gap-y-3 px-4 py-4">
        <a href="/" className="font-serif text-2xl font-black tracking-tight md:text-3xl">
          {siteName}
        </a>
        <HeaderSearch />
        <nav aria-label="Account" className="text-sm">
          <UserMenu />
        </nav>
      </div>
      <nav aria-label="Sections" className="border-t border-rule">
        <ul className="mx-auto flex max-w-6xl gap-5 overflow-x-auto px-4 py-2 text-sm font-medium whitespace-nowrap">
          <li>
            <a href="/latest" className="hover:text-accent">
              Latest
            </a>
          </li>
          {sections.map((section) => (
            <li key={section.slug}>
              <a href={`/sections/${section.slug}`} className="hover:text-accent">
                {section.name}
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
