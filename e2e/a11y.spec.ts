import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";

import { expectOk } from "./helpers";
import { createStaff } from "./newsroom-helpers";
import { accountPages, newsroomPages, readerPages, settled, type SitePage } from "./site-pages";
import { createUser, expect, test } from "./users";

async function expectNoViolations(page: Page, path: string, colorScheme: string) {
  await expectOk(page, path);
  await settled(page);
  expect(await page.evaluate(() => matchMedia("(prefers-color-scheme: dark)").matches)).toBe(
    colorScheme === "dark",
  );

  const results = await new AxeBuilder({ page }).analyze();
  const violations = results.violations.map((violation) => ({
    rule: violation.id,
    impact: violation.impact,
    help: violation.help,
    nodes: violation.nodes.map(
      (node) => `${node.target.join(" ")}: ${node.failureSummary?.split("\n").slice(1).join(" ").trim()}`,
    ),
  }));
  expect(violations, `axe violations on ${path} (${colorScheme})`).toEqual([]);
}

const visits: { who: "signed out" | "reader" | "admin"; pages: SitePage[] }[] = [
  { who: "signed out", pages: readerPages() },
  { who: "reader", pages: [...readerPages(), ...accountPages()] },
  { who: "admin", pages: newsroomPages() },
];

for (const colorScheme of ["light", "dark"] as const) {
  test.describe(`accessibility, ${colorScheme} colour scheme`, () => {
    test.use({ colorScheme });

    for (const { who, pages } of visits) {
      for (const { name, path } of pages) {
        test(`${name} page has no axe violations (${who})`, async ({ page, context }) => {
          if (who === "reader") await createUser(context);
          if (who === "admin") await createStaff(context, "ADMIN");
          await expectNoViolations(page, path(), colorScheme);
        });
      }
    }
  });
}
