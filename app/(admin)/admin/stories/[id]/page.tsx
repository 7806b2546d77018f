import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import {
  ChooseLeadForm,
  LockStoryForm,
  MergeStoryForm,
  RenameStoryForm,
  SplitArticleForm,
} from "@/components/admin/stories/story-forms";
import { PageHeading } from "@/components/page-heading";
import { formatAbsoluteTime } from "@/components/time/format";
import { requirePageCapability } from "@/lib/admin/guard";
import { getStoryForEditor, listMergeCandidates } from "@/lib/stories/editing";

export const instant = false;
export const metadata: Metadata = { title: "Edit story" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ split?: string | string[] }> };

export default async function StoryEditorPage({ params, searchParams }: Props) {
  const { id } = await params;
  const justSplit = (await searchParams).split === "1";
  const viewer = await requirePageCapability("story:manage", `/admin/stories/${id}`);
  const [story, candidates] = await Promise.all([
    getStoryForEditor(viewer, id),
    listMergeCandidates(viewer, id),
  ]);
  if (!story) notFound();

  return (
    <div className="flex max-w-4xl flex-col gap-8">
      <PageHeading
        kicker="Story"
        title={story.title}
        description={`${story.articleCount} published ${story.articleCount === 1 ? "article" : "articles"} from ${story.sourceCount} ${story.sourceCount === 1 ? "outlet" : "outlets"}${story.locked ? " · locked against automatic changes" : ""}.`}
      />
      {justSplit && (
        <p role="status" className="rounded-sm bg-surface p-3 text-sm">
          Split out into this new story. It is locked, so articles will not join it by themselves.
        </p>
      )}
      <p className="-mt-4 text-sm">
        <Link href={`/stories/${story.slug}`} prefetch={false} className="text-accent hover:underline">
          View the story page
        </Link>
      </p>

      <section aria-labelledby="rename-heading" className="flex flex-col gap-3">
        <h2 id="rename-heading" className="font-serif text-xl font-bold">
          Title and description
        </h2>
        <RenameStoryForm storyId={story.id} title={story.title} description={story.description} />
      </section>

      <section aria-labelledby="lock-heading" className="flex flex-col gap-2">
        <h2 id="lock-heading" className="font-serif text-xl font-bold">
          Lock
        </h2>
        <p className="text-sm text-muted-strong">
          A locked story takes no new articles by itself and keeps unpublished ones; you can still merge and
          split.
        </p>
        <LockStoryForm storyId={story.id} locked={story.locked} />
      </section>

      <section aria-labelledby="articles-heading" className="flex flex-col gap-2">
        <h2 id="articles-heading" className="font-serif text-xl font-bold">
          Articles
        </h2>
        <ul className="divide-y divide-rule border-y border-rule">
          {story.articles.map((article) => (
            <li key={article.id} className="flex flex-col gap-2 py-3">
              <p className="font-semibold">
                {article.title}
                {article.id === story.leadArticleId && (
                  <span className="ml-2 rounded-sm bg-surface px-2 py-0.5 text-xs font-bold uppercase">
                    Lead{story.leadPinned ? " (chosen)" : ""}
                  </span>
                )}
              </p>
              <p className="text-sm text-muted">
                {article.source.name}
                {article.publishedAt && ` · ${formatAbsoluteTime(article.publishedAt)}`}
                {article.status !== "PUBLISHED" && ` · ${article.status.toLowerCase()}`}
              </p>
              <div className="flex flex-wrap gap-3">
                {article.status === "PUBLISHED" && (
                  <ChooseLeadForm
                    storyId={story.id}
                    articleId={article.id}
                    title={article.title}
                    isLead={article.id === story.leadArticleId}
                  />
                )}
                {story.articles.length > 1 && (
                  <SplitArticleForm storyId={story.id} articleId={article.id} title={article.title} />
                )}
              </div>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="merge-heading" className="flex flex-col gap-3">
        <h2 id="merge-heading" className="font-serif text-xl font-bold">
          Merge another story into this one
        </h2>
        <MergeStoryForm storyId={story.id} candidates={candidates} />
      </section>
    </div>
  );
}
