import type { StoryPackage } from "@/lib/stories";

import { StoryCard } from "../article-card";

function listNames(names: string[]): string {
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

/** Stories covered by three or more outlets: each its lead article, then "+N more from <outlets>". */
export function StoryPackages({ packages }: { packages: StoryPackage[] }) {
  if (packages.length === 0) return null;
  return (
    <section aria-labelledby="full-coverage-heading">
      <h2
        id="full-coverage-heading"
        className="mb-4 border-b-2 border-ink pb-1 text-sm font-bold uppercase tracking-widest"
      >
        Full coverage
      </h2>
      <ul className="grid gap-8 sm:grid-cols-2 lg:grid-cols-3">
        {packages.map((story) => (
          <li key={story.slug} className="flex flex-col gap-2 border-l-4 border-accent pl-3">
            <StoryCard article={story.lead} />
            {/* No prefetch: see StoryCoverageLine. */}
            <a href={`/stories/${story.slug}`} className="text-sm font-semibold text-accent hover:underline">
              +{story.moreCount} more from {listNames(story.moreOutlets)}
              <span className="sr-only"> on “{story.title}”</span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
