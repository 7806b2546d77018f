import { siteName } from "./site-name";

export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-rule">
      <div className="mx-auto flex max-w-6xl flex-col gap-2 px-4 py-8 text-sm text-muted md:flex-row md:justify-between">
        <p>
          {siteName} gathers reporting from independent outlets. Every story links to the outlet that
          published it.
        </p>
        <nav aria-label="Footer">
          <ul className="flex flex-wrap gap-x-4 gap-y-1">
            <li>
              <a href="/latest" className="hover:underline">
                All stories
              </a>
            </li>
            <li>
              <a href="/feed.xml" className="hover:underline">
                RSS feed
              </a>
            </li>
            <li>
              <a href="/accessibility" className="hover:underline">
                Accessibility
              </a>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
