"use client";

import { lazy, Suspense, useEffect, useState } from "react";

import type { AskView } from "@/lib/ai/limits";

/** Loaded with the first answer: a reader who never asks never downloads it (the article page's JS budget). */
const AskAnswer = lazy(() => import("./ask-answer").then((module) => ({ default: module.AskAnswer })));

/**
 * Answers in place when JavaScript runs: intercepts the panel's GET form, asks the answer endpoint, and shows the
 * answer in a polite live region (announced, focus left in the question box). Without JavaScript the form goes
 * to the answer page instead.
 */
export function AskEnhancer({ slug }: { slug: string }) {
  const [state, setState] = useState<{ view: AskView } | { error: string } | { busy: true } | null>(null);

  useEffect(() => {
    const form = document.querySelector<HTMLFormElement>(`form[data-ask-form="${CSS.escape(slug)}"]`);
    if (!form) return;
    let controller: AbortController | null = null;
    const onSubmit = async (event: SubmitEvent) => {
      event.preventDefault();
      const q = new FormData(form).get("q");
      controller?.abort();
      controller = new AbortController();
      setState({ busy: true });
      try {
        const response = await fetch(
          `/articles/${encodeURIComponent(slug)}/ask/answer?q=${encodeURIComponent(typeof q === "string" ? q : "")}`,
          { signal: controller.signal, headers: { accept: "application/json" } },
        );
        if (!response.ok && response.status !== 429) throw new Error(String(response.status));
        setState({ view: (await response.json()) as AskView });
      } catch (error) {
        if ((error as Error).name === "AbortError") return;
        setState({
          error: "The answer couldn’t be loaded. Try again, or press Enter to open the answer page.",
        });
      }
    };
    form.addEventListener("submit", onSubmit);
    return () => {
      form.removeEventListener("submit", onSubmit);
      controller?.abort();
    };
  }, [slug]);

  return (
    <div aria-live="polite" data-testid="ask-answer" className="empty:hidden">
      {state && "busy" in state && <p className="text-sm text-muted">Looking through the reporting…</p>}
      {state && "error" in state && <p className="text-sm font-semibold text-danger">{state.error}</p>}
      {state && "view" in state && (
        <Suspense fallback={<p className="text-sm text-muted">Looking through the reporting…</p>}>
          <AskAnswer view={state.view} articleSlug={slug} />
        </Suspense>
      )}
    </div>
  );
}
