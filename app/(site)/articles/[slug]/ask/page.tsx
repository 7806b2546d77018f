import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { AskAnswer } from "@/components/ai-panel/ask-answer";
import { AskForm } from "@/components/ai-panel/ask-form";
import { askableArticle, askStory } from "@/lib/ai";
import { requestIp } from "@/lib/request-ip";

/** Reads ?q= per request: the answer page of Ask this story, for readers without JavaScript. */
export const instant = false;

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ q?: string | string[] }> };

export function generateStaticParams() {
  return [{ slug: "__build-sample__" }];
}

export const metadata: Metadata = { title: "Ask this story", robots: { index: false, follow: true } };

export default async function AskPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const { q } = await searchParams;
  const question = Array.isArray(q) ? q[0] : q;
  // A missing or unpublished article is a 404, with or without a question.
  const article = await askableArticle(slug);
  if (!article) notFound();
  // No question yet: just the form.
  const result = question === undefined ? null : await askStory(slug, question, await requestIp());
  const title = article.title;

  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-6">
      <p className="text-sm">
        <a href={`/articles/${slug}`} className="text-accent hover:underline">
          ← Back to “{title}”
        </a>
      </p>
      <h1 className="font-serif text-3xl font-bold">Ask this story</h1>
      <AskForm slug={slug} question={result?.question ?? ""} idPrefix="ask-page" />
      {result && (
        <section aria-labelledby="answer-heading" aria-live="polite" className="flex flex-col gap-2">
          <h2 id="answer-heading" className="text-sm font-bold uppercase tracking-widest text-muted">
            Answer
          </h2>
          <AskAnswer view={result} articleSlug={slug} />
        </section>
      )}
    </div>
  );
}
