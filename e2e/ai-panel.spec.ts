import { type Page } from "@playwright/test";

import { expect, test } from "./test";
import { AI_STORY_SLUGS } from "./corpus";
import { expectNotFound, expectOk, isoTime } from "./helpers";

/** The newest comet article: its story (e2e/seed-ai-story.ts) has five articles across three outlets. */
const SLUG = AI_STORY_SLUGS.at(-1)!;
const ANSWERABLE = "How many images did Lumen take?";
const ANSWER_WORDS = "more than 1,200 images";
const UNANSWERABLE = "What did the concert tickets cost?";

const panel = (page: Page) => page.getByRole("region", { name: "AI features" });

test.describe("AI panel", () => {
  test("an article shows grounded key points, each jumping to its highlighted sentence", async ({ page }) => {
    await expectOk(page, `/articles/${SLUG}`);
    const points = panel(page).getByRole("region", { name: "Key points" }).getByRole("link");
    const count = await points.count();
    expect(count).toBeGreaterThanOrEqual(3);
    expect(count).toBeLessThanOrEqual(5);

    const first = points.nth(1);
    const text = (await first.textContent())!.trim();
    const href = (await first.getAttribute("href"))!;
    expect(href).toMatch(/^#s-[a-z0-9-]+$/);
    await first.click();
    await expect(page).toHaveURL(new RegExp(`${href}$`));
    const target = page.locator(".prose-article :target");
    await expect(target).toHaveText(text);
    await expect(target).toBeInViewport();
    // The target is highlighted (globals.css): its background differs from an ordinary sentence's.
    const highlight = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((node) => getComputedStyle(node).boxShadow);
    expect(await highlight(".prose-article :target")).not.toBe("none");
    expect(await highlight(`.prose-article .ai-s:not(${CSS_ESCAPE(href)})`)).toBe("none");
  });

  test("Ask answers in place with JavaScript, quoting outlet, time and a link, or declines", async ({
    page,
  }) => {
    await expectOk(page, `/articles/${SLUG}`);
    const ask = panel(page).getByRole("region", { name: "Ask this story" });
    const answer = page.getByTestId("ask-answer");
    await expect(answer).toHaveAttribute("aria-live", "polite");

    await ask.getByLabel("Your question").fill(ANSWERABLE);
    await ask.getByRole("button", { name: "Ask" }).click();
    await expect(answer).toContainText("From the reporting");
    await expect(answer.getByRole("blockquote").first()).toContainText(ANSWER_WORDS);
    await expect(answer).toContainText("Meridian Wire");
    await expect(answer.getByRole("link", { name: "See it in this article" }).first()).toHaveAttribute(
      "href",
      new RegExp(`^/articles/${SLUG}#s-`),
    );
    // Answered in place: the reader stays on the article.
    expect(new URL(page.url()).pathname).toBe(`/articles/${SLUG}`);

    await ask.getByLabel("Your question").fill(UNANSWERABLE);
    await ask.getByRole("button", { name: "Ask" }).click();
    await expect(answer).toContainText("The story does not say");
    await expect(answer.getByRole("listitem").first()).toBeVisible();
  });

  test("a question about another article of the story is answered from it", async ({ page }) => {
    await expectOk(page, `/articles/${SLUG}`);
    const ask = panel(page).getByRole("region", { name: "Ask this story" });
    await ask
      .getByLabel("Your question")
      .fill("How many grains has the instrument analysed since entering the halo?");
    await ask.getByRole("button", { name: "Ask" }).click();
    const answer = page.getByTestId("ask-answer");
    await expect(answer.getByRole("blockquote").filter({ hasText: "around 300 grains" })).toHaveCount(1);
    await expect(answer.getByRole("link", { name: /Read it in “Lumen dust analyser/ }).first()).toBeVisible();
  });

  test("the story so far lists each article's key development, oldest first, with its outlet", async ({
    page,
  }) => {
    await expectOk(page, `/articles/${SLUG}`);
    const timeline = page.getByRole("region", { name: "The story so far" });
    const entries = timeline.getByRole("listitem");
    await expect(entries).toHaveCount(AI_STORY_SLUGS.length);
    const times = await Promise.all((await entries.locator("time").all()).map(isoTime));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    await expect(entries.first()).toContainText("Orbit & Axis");
    await expect(entries.first().getByRole("link")).toHaveAttribute(
      "href",
      new RegExp(`^/articles/${AI_STORY_SLUGS[0]}#s-`),
    );
    await expect(entries.last()).toContainText("this article");
  });
});

test.describe("Ask without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the question box is a form to the answer page, which answers or declines", async ({ page }) => {
    await expectOk(page, `/articles/${SLUG}`);
    await page.getByLabel("Your question").first().fill(ANSWERABLE);
    await page.getByRole("button", { name: "Ask" }).first().click();
    await expect(page).toHaveURL(new RegExp(`/articles/${SLUG}/ask\\?q=`));
    await expect(page.getByRole("heading", { level: 1, name: "Ask this story" })).toBeVisible();
    await expect(page.getByRole("region", { name: "Answer" }).getByRole("blockquote").first()).toContainText(
      ANSWER_WORDS,
    );
    await expect(page.getByLabel("Your question")).toHaveValue(ANSWERABLE);

    await page.getByLabel("Your question").fill(UNANSWERABLE);
    await page.getByRole("button", { name: "Ask" }).click();
    await expect(page.getByRole("region", { name: "Answer" })).toContainText("The story does not say");
  });

  test("bad questions get a clear message, markup is never rendered, and a missing article is a 404", async ({
    page,
  }) => {
    const ask = (q: string) => expectOk(page, `/articles/${SLUG}/ask?q=${encodeURIComponent(q)}`);
    const answer = page.getByRole("region", { name: "Answer" });

    await ask("   ");
    await expect(answer).toContainText("Type a question");
    await ask("why ".repeat(1250));
    await expect(answer).toContainText("too long");
    await ask("Как далеко комета?");
    await expect(answer).toContainText("only be answered in English");
    await ask('<img src=x onerror="alert(1)"><b>How many images</b> did Lumen take?');
    await expect(page.locator("main img[src=x], main b")).toHaveCount(0);
    await expect(answer.getByRole("blockquote").first()).toContainText(ANSWER_WORDS);

    await expectNotFound(page, "/articles/no-such-article-anywhere/ask?q=when");
    await expectNotFound(page, "/articles/no-such-article-anywhere/ask");
  });
});

test.describe("Listen", () => {
  /** A stand-in speech engine: `voices` voices, and speaking only records what was said. */
  const stubSpeech = (page: Page, voices: number) =>
    page.addInitScript((count) => {
      const spoken: string[] = [];
      (window as unknown as { spoken: string[] }).spoken = spoken;
      const synth = {
        getVoices: () => Array.from({ length: count }, (_, i) => ({ name: `Voice ${i}`, lang: "en-GB" })),
        speak: (utterance: { text: string }) => spoken.push(utterance.text),
        cancel: () => undefined,
        pause: () => undefined,
        resume: () => undefined,
        addEventListener: () => undefined,
        removeEventListener: () => undefined,
      };
      Object.defineProperty(window, "speechSynthesis", { value: synth, configurable: true });
      (window as unknown as { SpeechSynthesisUtterance: unknown }).SpeechSynthesisUtterance = class {
        rate = 1;
        onend: (() => void) | null = null;
        constructor(readonly text: string) {}
      };
    }, voices);

  test("its controls appear only where the browser has voices", async ({ page }) => {
    await stubSpeech(page, 0);
    await expectOk(page, `/articles/${SLUG}`);
    await expect(panel(page).getByRole("region", { name: "Key points" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Listen to this article" })).toHaveCount(0);
  });

  test("it reads the article, highlighting the sentence being read, with pause and speed", async ({
    page,
  }) => {
    await stubSpeech(page, 2);
    await expectOk(page, `/articles/${SLUG}`);
    const listen = page.getByRole("button", { name: "Listen to this article" });
    await expect(listen).toBeVisible();
    await expect(page.getByLabel("Speed")).toHaveValue("1");
    await listen.click();
    await expect(page.getByRole("button", { name: "Pause" })).toBeVisible();
    const speaking = page.locator(".prose-article .ai-s[data-speaking]");
    await expect(speaking).toHaveCount(1);
    const firstSentence = await page.locator(".prose-article .ai-s").first().textContent();
    await expect(speaking).toHaveText(firstSentence!);
    expect(await page.evaluate(() => (window as unknown as { spoken: string[] }).spoken)).toEqual([
      firstSentence,
    ]);
    await page.getByRole("button", { name: "Pause" }).click();
    await expect(page.getByRole("button", { name: "Resume" })).toBeVisible();
  });
});

function CSS_ESCAPE(href: string) {
  return href.replace(/([^a-zA-Z0-9#_-])/g, "\\$1");
}
