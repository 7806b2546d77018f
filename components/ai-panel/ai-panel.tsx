import { getAiPanel } from "@/lib/ai";

import { AskEnhancer } from "./ask-enhancer";
import { AskForm } from "./ask-form";
import { ListenControls } from "./listen-controls";
import { StorySoFar } from "./story-so-far";

const subheading = "text-sm font-bold uppercase tracking-widest text-muted";

/**
 * The AI features panel: key points, Ask this story, the story so far and Listen, every line a sentence quoted
 * from our articles with a link to it (docs/adr/062-grounded-ai-panel.md). Nothing shows when editors turned
 * the panel off for the article.
 */
export async function AiPanel({ articleId, slug }: { articleId: string; slug: string }) {
  const panel = await getAiPanel(articleId);
  if (!panel) return null;
  return (
    <section
      aria-labelledby="ai-panel-heading"
      data-testid="ai-panel"
      className="mt-6 flex flex-col gap-5 rounded-sm border border-rule bg-surface p-4"
    >
      <div>
        <h2 id="ai-panel-heading" className="font-serif text-xl font-bold">
          AI features
        </h2>
        <p className="text-xs text-muted">
          Every line here is quoted from the reporting and links to where it came from. Nothing is made up.
        </p>
      </div>
      {panel.keyPoints.length > 0 && (
        <section aria-labelledby="key-points-heading" className="flex flex-col gap-2">
          <h3 id="key-points-heading" className={subheading}>
            Key points
          </h3>
          <ul className="flex list-disc flex-col gap-2 pl-5 font-serif">
            {panel.keyPoints.map((point) => (
              <li key={point.sentenceId}>
                <a href={`#${point.sentenceId}`} className="hover:underline">
                  {point.text}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="ask-heading" className="flex flex-col gap-2">
        <h3 id="ask-heading" className={subheading}>
          Ask this story
        </h3>
        <AskForm slug={slug} idPrefix="ask" />
        <AskEnhancer slug={slug} />
      </section>
      {panel.storySoFar && <StorySoFar story={panel.storySoFar} />}
      <ListenControls />
    </section>
  );
}
