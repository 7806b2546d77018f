import { MAX_QUESTION_LENGTH } from "@/lib/ai/limits";

/**
 * Ask this story's question box: a plain GET form to the answer page, so it works without JavaScript;
 * AskEnhancer answers in place when JavaScript runs.
 */
export function AskForm({
  slug,
  question = "",
  idPrefix,
}: {
  slug: string;
  question?: string;
  idPrefix: string;
}) {
  return (
    <form
      action={`/articles/${slug}/ask`}
      method="get"
      data-ask-form={slug}
      className="flex flex-col gap-2"
      aria-describedby={`${idPrefix}-hint`}
    >
      <label htmlFor={`${idPrefix}-q`} className="text-sm font-semibold">
        Your question
      </label>
      <p id={`${idPrefix}-hint`} className="text-xs text-muted">
        Answered only with sentences quoted from this story’s reporting.
      </p>
      <div className="flex gap-2">
        <input
          id={`${idPrefix}-q`}
          name="q"
          type="text"
          defaultValue={question}
          maxLength={MAX_QUESTION_LENGTH}
          autoComplete="off"
          className="min-w-0 flex-1 rounded-sm border border-rule bg-page px-3 py-2 text-base"
        />
        <button
          type="submit"
          className="rounded-sm bg-ink px-4 py-2 text-sm font-bold text-page hover:opacity-90"
        >
          Ask
        </button>
      </div>
    </form>
  );
}
