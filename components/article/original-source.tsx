import type { ArticlePage } from "@/lib/articles";

/** An imported article credits its outlet and links to the original (its canonical URL). */
export function OriginalSource({
  article,
}: {
  article: Pick<ArticlePage, "ingested" | "canonicalUrl" | "source">;
}) {
  if (!article.ingested || !article.canonicalUrl || !/^https?:\/\//.test(article.canonicalUrl)) return null;
  return (
    <p className="text-sm">
      Originally published by{" "}
      <a href={article.canonicalUrl} rel="noopener" className="font-semibold text-accent underline">
        {article.source.name}
      </a>
    </p>
  );
}
