import { BUILD_SAMPLE } from "@/components/archives/archive-page";
import { StoryPageRoute, storyMetadata } from "@/components/stories/story-page";

/** Page 2 onwards; readers reach it as /stories/<slug>?page=N (next.config.ts rewrites). */
type Props = { params: Promise<{ slug: string; page: string }> };

export function generateStaticParams() {
  return [{ slug: BUILD_SAMPLE, page: "2" }];
}

export async function generateMetadata({ params }: Props) {
  const { slug, page } = await params;
  return storyMetadata(slug, page);
}

export default async function Page({ params }: Props) {
  const { slug, page } = await params;
  return <StoryPageRoute slug={slug} page={page} />;
}
