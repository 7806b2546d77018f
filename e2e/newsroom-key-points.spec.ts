/**
 * The AI panel's key points in the newsroom. Apart from e2e/ai-panel.spec.ts because it publishes a story of its
 * own: like e2e/newsroom.spec.ts it archives it at the end, and it runs late, away from the specs that count the
 * corpus's stories page by page (archives, search).
 */
import { type Page } from "@playwright/test";

import { expect, test } from "./test";
import { archiveArticle, createArticle, createStaff, headline } from "./newsroom-helpers";

const panel = (page: Page) => page.getByRole("region", { name: "AI features" });

test.describe("Key points in the newsroom", () => {
  test("an editor reorders the key points from the article's own sentences, and turns the panel off", async ({
    page,
    context,
  }) => {
    await createStaff(context, "EDITOR");
    const title = headline("Harbour lights to be replaced");
    const body = [
      "The harbour's twelve lamps will be replaced with low-energy lights next spring, the harbour board said.",
      "The board said the new lights would cut the harbour's electricity bill by a third.",
      "Fishermen had complained for years that the old lamps flickered in storms.",
      "The work will be finished by midsummer and the quay will stay open throughout.",
    ].join(" ");
    const { id, slug } = await createArticle(page, { title, body }, "Publish now", "publish");

    await page.goto(`/admin/articles/${id}`);
    await page.getByRole("link", { name: "Key points" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Key points" })).toBeVisible();
    const first = page.getByLabel("Key point 1", { exact: true });
    const second = page.getByLabel("Key point 2", { exact: true });
    // Only choices, never a text box: the points must stay quotes.
    const form = page.locator("form", { has: page.getByRole("button", { name: "Save key points" }) });
    await expect(form.locator("select")).toHaveCount(5);
    await expect(form.locator("input:not([type=hidden]), textarea")).toHaveCount(0);
    const [a, b] = [await first.inputValue(), await second.inputValue()];
    await first.selectOption(b);
    await second.selectOption(a);
    await page.getByRole("button", { name: "Save key points" }).click();
    await expect(page.getByRole("status")).toHaveText("Key points saved. Readers see them now.");

    await page.goto(`/articles/${slug}`);
    const links = panel(page).getByRole("region", { name: "Key points" }).getByRole("link");
    await expect(links.nth(0)).toHaveAttribute("href", `#${b}`);
    await expect(links.nth(1)).toHaveAttribute("href", `#${a}`);

    await page.goto(`/admin/articles/${id}/key-points`);
    await page.getByRole("button", { name: "Turn the panel off" }).click();
    await expect(page.getByRole("status")).toHaveText(/The AI panel is off/);
    await page.goto(`/articles/${slug}`);
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await expect(panel(page)).toHaveCount(0);
    // Leave no story on the public pages that other specs count (e2e/newsroom.spec.ts does the same).
    await archiveArticle(page, id);
  });
});
