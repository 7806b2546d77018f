import { NotFoundContent } from "@/components/not-found-content";

/**
 * Reached only when a layout itself finds nothing (the newsroom's for a signed-out reader, which the proxy
 * normally answers first): unmatched addresses go to app/(site)/[...missing] and get the site's chrome. Kept
 * bare on purpose, because Next embeds this boundary in every page's RSC payload.
 */
export default function NotFound() {
  return (
    <main id="main" className="mx-auto max-w-6xl px-4">
      <NotFoundContent />
    </main>
  );
}
