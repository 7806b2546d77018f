import { getStoryCoverage } from "@/lib/stories";

/** "N outlets cover this story", linking to the story's full coverage; nothing for an article alone in its story. */
export async function StoryCoverageLine({ articleId }: { articleId: string }) {
  const story = await getStoryCoverage(articleId);
  if (!story || story.articleCount < 2) return null;
  const label =
    story.outletCount > 1
      ? `${story.outletCount} outlets cover this story`
      : `${story.articleCount} articles in this story`;
  return (
    <p className="text-sm">
      {/*
        No prefetch: a story page is rarely cached yet, and a prefetch the browser abandons leaves its render
        open in the render ledger, holding every write for up to 10 s (docs/adr/003, "Cost").
      */}
      <a href={`/stories/${story.slug}`} className="font-semibold text-accent hover:underline">
        {label} <span aria-hidden="true">→</span>
        <span className="sr-only">: full coverage of “{story.title}”</span>
      </a>
    </p>
  );
}
