import { BUILD_SAMPLE } from "@/components/archives/archive-page";
import { StoryPageRoute, storyMetadata } from "@/components/stories/story-page";

type Props = { params: Promise<{ slug: string }> };

export function generateStaticParams() {
  return [{ slug: BUILD_SAMPLE }];
}

export async function generateMetadata({ params }: Props) {
  return storyMetadata((await params).slug);
}

export default async function Page({ params }: Props) {
  return <StoryPageRoute slug={(await params).slug} />;
}
