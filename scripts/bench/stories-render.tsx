/** The story page's markup from its data, as the server renders it (React's static renderer, outside Next). */
import { renderToStaticMarkup } from "react-dom/server";

import { StoryTimeline } from "../../components/stories/story-timeline";
import type { StoryPage } from "../../lib/stories";
import { pageCount } from "../../lib/pagination";

export function renderStoryPageMarkup(story: StoryPage): string {
  return renderToStaticMarkup(
    <StoryTimeline story={story} totalPages={pageCount(story.total, story.pageSize)} />,
  );
}
