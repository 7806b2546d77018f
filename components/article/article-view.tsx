import type { ArticleCard, ArticlePage } from "@/lib/articles";

import { AiPanel } from "../ai-panel/ai-panel";
import { StoryRow } from "../article-card";
import { StoryCoverageLine } from "../stories/story-coverage-line";
import { ResponsiveImage } from "../responsive-image";
import { OriginalSource } from "./original-source";
import { formatAbsoluteTime } from "../time/format";
import { RelativeTime } from "../time/relative-time";

/** The article as readers see it; also used by the editors' preview. */
export function ArticleView({
  article,
  related,
  comments,
}: {
  article: ArticlePage;
  related: ArticleCard[];
  comments: React.ReactNode;
}) {
  return (
    <div className="grid gap-12 lg:grid-cols-[minmax(0,1fr)_20rem]">
      <article aria-labelledby="article-headline" className="min-w-0">
        <header className="flex flex-col gap-3">
          <p className="text-xs font-bold uppercase tracking-widest text-accent">
            <a href={`/sections/${article.section.slug}`} className="hover:underline">
              {article.section.name}
            </a>
          </p>
          <h1 id="article-headline" className="font-serif text-3xl leading-tight font-bold md:text-5xl">
            {article.title}
          </h1>
          {article.dek && <p className="font-serif text-xl text-muted-strong">{article.dek}</p>}
          <div className="flex flex-col gap-1 border-y border-rule py-3 text-sm">
            <p>
              <a href={`/sources/${article.source.slug}`} className="font-bold text-accent hover:underline">
                {article.source.name}
              </a>
              {article.authors.length > 0 && (
                <>
                  {" · By "}
                  {article.authors.map((author, index) => (
                    <span key={author.slug}>
                      {index > 0 && (index === article.authors.length - 1 ? " and " : ", ")}
                      <a href={`/authors/${author.slug}`} className="font-semibold hover:underline">
                        {author.name}
                      </a>
                    </span>
                  ))}
                </>
              )}
            </p>
            <p className="flex flex-wrap gap-x-3 text-muted">
              <span>
                Published <RelativeTime iso={article.publishedAt.toISOString()} />
                <span className="sr-only"> ({formatAbsoluteTime(article.publishedAt)})</span>
              </span>
              {article.wasUpdated && (
                <span>
                  Updated <RelativeTime iso={article.updatedAt.toISOString()} />
                </span>
              )}
              <span>{article.readingMinutes} min read</span>
            </p>
            <OriginalSource article={article} />
            <StoryCoverageLine articleId={article.id} />
          </div>
        </header>

        <AiPanel articleId={article.id} slug={article.slug} />

        {article.heroImage && (
          <figure className="mt-6">
            <ResponsiveImage
              src={article.heroImage.url}
              alt={article.heroImage.alt}
              width={article.heroImage.width}
              height={article.heroImage.height}
              sizes="(min-width: 1024px) 760px, 100vw"
              priority
              className="w-full rounded-sm"
            />
            {article.heroImage.caption && (
              <figcaption className="mt-2 text-sm text-muted">{article.heroImage.caption}</figcaption>
            )}
          </figure>
        )}

        <div className="prose-article mt-8" dangerouslySetInnerHTML={{ __html: article.bodyHtml }} />

        {article.tags.length > 0 && (
          <section aria-labelledby="hashtags-heading" className="mt-10">
            <h2 id="hashtags-heading" className="text-sm font-bold uppercase tracking-widest text-muted">
              Hashtags
            </h2>
            <ul className="mt-2 flex flex-wrap gap-2">
              {article.tags.map((tag) => (
                <li key={tag.slug}>
                  <a
                    href={`/tags/${tag.slug}`}
                    className="inline-block rounded-full border border-rule px-3 py-1 text-sm hover:border-accent hover:text-accent"
                  >
                    #{tag.name}
                  </a>
                </li>
              ))}
            </ul>
          </section>
        )}

        {comments}
      </article>

      <aside aria-label="Related articles" className="lg:sticky lg:top-4 lg:self-start">
        <h2 className="border-b-2 border-ink pb-1 text-sm font-bold uppercase tracking-widest">
          Related articles
        </h2>
        {related.length === 0 ? (
          <p className="py-3 text-sm text-muted">No related stories yet.</p>
        ) : (
          <ul className="divide-y divide-rule">
            {related.map((item) => (
              <li key={item.id}>
                <StoryRow article={item} />
              </li>
            ))}
          </ul>
        )}
      </aside>
    </div>
  );
}
