import type { ArticleCard as Card } from "@/lib/articles";

import { SourceAndTime } from "./article-meta";
import { ResponsiveImage } from "./responsive-image";

export function articleHref(slug: string) {
  return `/articles/${slug}`;
}

function CommentCount({ count, slug }: { count: number; slug: string }) {
  if (count === 0) return null;
  return (
    <a href={`${articleHref(slug)}#comments`} className="text-xs text-muted hover:underline">
      {count} {count === 1 ? "comment" : "comments"}
    </a>
  );
}

/** The lead story: large image, headline, dek, outlet and time. */
export function LeadStory({ article }: { article: Card }) {
  return (
    <article className="grid gap-4 md:grid-cols-5 md:gap-8" aria-labelledby="lead-story-title">
      {article.heroImageUrl && (
        <a href={articleHref(article.slug)} className="md:col-span-3" tabIndex={-1} aria-hidden="true">
          <ResponsiveImage
            src={article.heroImageUrl}
            alt=""
            width={article.heroImageWidth ?? 1600}
            height={article.heroImageHeight ?? 900}
            sizes="(min-width: 1024px) 720px, 100vw"
            priority
            className="aspect-[16/9] w-full rounded-sm object-cover"
          />
        </a>
      )}
      <div className="flex flex-col justify-center gap-3 md:col-span-2">
        <p className="text-xs font-bold uppercase tracking-widest text-accent">
          <a href={`/sections/${article.section.slug}`}>{article.section.name}</a>
        </p>
        <h2 id="lead-story-title" className="font-serif text-3xl leading-tight font-bold md:text-4xl">
          <a href={articleHref(article.slug)} className="hover:underline">
            {article.title}
          </a>
        </h2>
        {article.dek && <p className="text-lg text-muted-strong">{article.dek}</p>}
        <SourceAndTime source={article.source} publishedAt={article.publishedAt} />
        <CommentCount count={article.commentCount} slug={article.slug} />
      </div>
    </article>
  );
}

/** A headline-grid card with a thumbnail. */
export function StoryCard({ article, headingLevel = 3 }: { article: Card; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <article className="flex flex-col gap-2">
      {article.heroImageUrl && (
        <a href={articleHref(article.slug)} tabIndex={-1} aria-hidden="true">
          <ResponsiveImage
            src={article.heroImageUrl}
            alt=""
            width={article.heroImageWidth ?? 1600}
            height={article.heroImageHeight ?? 900}
            sizes="(min-width: 1024px) 320px, (min-width: 640px) 50vw, 100vw"
            className="aspect-[16/9] w-full rounded-sm object-cover"
          />
        </a>
      )}
      <Heading className="font-serif text-lg leading-snug font-bold">
        <a href={articleHref(article.slug)} className="hover:underline">
          {article.title}
        </a>
      </Heading>
      <SourceAndTime source={article.source} publishedAt={article.publishedAt} />
      <CommentCount count={article.commentCount} slug={article.slug} />
    </article>
  );
}

/** A text-only row: outlet, time, title and excerpt. Used by rails, archives and the related sidebar. */
export function StoryRow({
  article,
  headingLevel = 3,
  showExcerpt = true,
}: {
  article: Card;
  headingLevel?: 2 | 3;
  showExcerpt?: boolean;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <article className="flex flex-col gap-1 py-3">
      <SourceAndTime source={article.source} publishedAt={article.publishedAt} />
      <Heading className="font-serif text-base leading-snug font-bold">
        <a href={articleHref(article.slug)} className="hover:underline">
          {article.title}
        </a>
      </Heading>
      {showExcerpt && article.excerpt && (
        <p className="line-clamp-3 text-sm text-muted-strong">{article.excerpt}</p>
      )}
      <CommentCount count={article.commentCount} slug={article.slug} />
    </article>
  );
}
