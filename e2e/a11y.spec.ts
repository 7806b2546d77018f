import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

import { AI_STORY_SLUGS, LEAD_SLUG } from "./corpus";
import { expectOk } from "./helpers";

const pages = [
  { name: "home", path: "/" },
  { name: "article", path: `/articles/${LEAD_SLUG}` },
  { name: "archive", path: "/latest?page=2" },
  // The article page above has the AI panel open; this is its answer page, with an answer.
  { name: "ask answer", path: `/articles/${AI_STORY_SLUGS.at(-1)}/ask?q=How+many+images+did+Lumen+take%3F` },
  { name: "story", path: "/stories/saltmarsh-dockworkers-vote-to-strike-over-automated-cranes" },
];

for (const colorScheme of ["light", "dark"] as const) {
  test.describe(`accessibility, ${colorScheme} colour scheme`, () => {
    test.use({ colorScheme });

    for (const { name, path } of pages) {
      test(`${name} page has no axe violations`, async ({ page }) => {
        await expectOk(page, path);
        // Check the page as readers see it: hydrated (relative times) with its images loaded.
        await page.waitForLoadState("networkidle");
        expect(await page.evaluate(() => matchMedia("(prefers-color-scheme: dark)").matches)).toBe(
          colorScheme === "dark",
        );

        const results = await new AxeBuilder({ page }).analyze();
        const violations = results.violations.map((violation) => ({
          rule: violation.id,
          impact: violation.impact,
          help: violation.help,
          nodes: violation.nodes.map(
            (node) =>
              `${node.target.join(" ")}: ${node.failureSummary?.split("\n").slice(1).join(" ").trim()}`,
          ),
        }));
        expect(violations, `axe violations on ${path} (${colorScheme})`).toEqual([]);
      });
    }
  });
}
