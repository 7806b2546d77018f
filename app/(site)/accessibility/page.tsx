import type { Metadata } from "next";

import { PageHeading } from "@/components/page-heading";
import { siteName } from "@/components/site-name";

/** Read by a person on the newsroom's rota, not a machine. */
const REPORT_ADDRESS = "accessibility@ledger.example";

export const metadata: Metadata = {
  title: "Accessibility",
  description: `What ${siteName} supports for keyboard, screen-reader and zoom users, and how to report a problem.`,
};

export default function AccessibilityPage() {
  return (
    <article className="mx-auto max-w-2xl">
      <PageHeading
        title="Accessibility"
        description={`${siteName} aims to meet the Web Content Accessibility Guidelines (WCAG) 2.2 at level AA, for readers and for the newsroom.`}
      />
      <div className="prose-article">
        <h2>What you can expect</h2>
        <ul>
          <li>
            Every page works with a keyboard alone. The first Tab stop is a “Skip to content” link, on the
            reading site and in the newsroom.
          </li>
          <li>
            After you follow a link or send a form, focus moves to the new page’s heading, to what you just
            posted, or to the first field that needs fixing. It is never left behind a bar or lost.
          </li>
          <li>
            Errors are read out with the field they belong to, and results such as “Comment posted” are
            announced.
          </li>
          <li>Times such as “12 minutes ago” are followed by the exact date and time for screen readers.</li>
          <li>
            Links that repeat under every comment say which comment they are for, such as “Reply to Mira’s
            comment”.
          </li>
          <li>
            Pages reflow to a width of 320 CSS pixels (a phone at 400 % zoom) without sideways scrolling, and
            follow your light or dark setting with sufficient contrast in both.
          </li>
          <li>Reading, signing in and commenting work without JavaScript.</li>
        </ul>
        <h2>How we check</h2>
        <p>
          Automated checks run on every reader and newsroom page, signed in and out, in light and dark mode,
          and keyboard-only tests sign in, comment, reply and publish an article without a mouse.
        </p>
        <h2>Known limits</h2>
        <ul>
          <li>
            Without JavaScript, editing or deleting a comment takes you back to it without a spoken
            confirmation; posting one does say it was posted.
          </li>
          <li>The live preview in the article editor needs JavaScript.</li>
        </ul>
        <h2>Report a problem</h2>
        <p>
          If something on {siteName} is hard or impossible to use, tell us what you were trying to do, on
          which page, and with which browser or assistive technology: write to{" "}
          <a href={`mailto:${REPORT_ADDRESS}`}>{REPORT_ADDRESS}</a>. The newsroom answers within five working
          days, and a problem that stops you reading or commenting is fixed first. You can also{" "}
          <a href="/latest">keep reading</a> in the meantime.
        </p>
      </div>
    </article>
  );
}
