/**
 * Issue 7, every tag: each product write that expires a cache tag, made while readers load every page type at
 * once, leaves every page type answering as it should (200, or the redirect or 404 the write implies) with
 * fresh content: during the load for every request that started after the write's acknowledgment, and on the
 * next request to each page afterwards.
 *
 * | write (through the real server actions)           | tags it expires                                  |
 * | ------------------------------------------------- | ------------------------------------------------ |
 * | a reader comments on the story                    | comments:<articleId>                             |
 * | an editor saves the story with a new hashtag      | tag:<new>, articles, article:<slug>              |
 * | an editor renames the story (title and slug)      | articles, article:<old slug>, article:<new slug> |
 *
 * A search naming the story is checked with the rename: searches are cached pages too (proxy.ts).
 *
 * `taxonomy` (sections, sources, authors) has no write in the product yet; its expiry is tested without Next
 * in lib/cache/invalidation.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { startReaders, type ReaderSample } from "../lib/freshness";
import {
  BUILD_TIMEOUT_MS,
  createScratchDatabase,
  createUsers,
  ensureTestBuild,
  findForm,
  request,
  startServer,
  submitForm,
  type HttpResult,
  type ScratchDatabase,
  type ServerProcess,
  type TestUser,
  until,
} from "../lib/test-server";

// The first server test of a run may have to build the app first.
beforeAll(() => ensureTestBuild(), BUILD_TIMEOUT_MS);

const READERS = 24;
/** Requests each page gets after the acknowledgment before the load stops. */
const REQUESTS_AFTER = 3;

/** `status` may list several: see SOFT_STATUS. */
type Expect = { status: number | number[]; location?: string; contains?: string[]; lacks?: string[] };
type PageCheck = { path: string; before: Expect; after: Expect };
type Verdict = { before: string | null; after: string | null };

/**
 * The story's comments page streams, so since proxy.ts stopped deciding statuses it answers 200 where it should
 * answer 404 (an unknown story) or 308 (an old slug); status-codes.test.ts pins that bug. Here those pages are
 * held to fresh content only.
 */
const SOFT_STATUS = 200;

const statuses = (expected: Expect) => [expected.status].flat();

/** Null when the response is as expected, else what is wrong. */
function mismatch(
  expected: Expect,
  status: number,
  body: string,
  location: string | undefined,
): string | null {
  if (!statuses(expected).includes(status)) return `status ${status}, expected ${expected.status}`;
  if (expected.location && location !== expected.location) return `location ${location}`;
  for (const text of expected.contains ?? []) if (!body.includes(text)) return `lacks "${text}"`;
  for (const text of expected.lacks ?? []) if (body.includes(text)) return `still shows "${text}"`;
  return null;
}

describe("every tag a write expires, under load on every page type", () => {
  let database: ScratchDatabase;
  let server: ServerProcess;
  let editor: TestUser;
  let reader: TestUser;
  const run = Math.random().toString(36).slice(2, 8);
  const title = `Every tag story ${run}`;
  const slug = `every-tag-story-${run}`;
  let story: { id: string; section: string; source: string; author: string; tag: string };

  beforeAll(async () => {
    database = await createScratchDatabase("sqlite", "every-tag");
    const { db } = database;
    // The newest story, given a plain title and a hashtag of its own; and 25 older stories in its section,
    // source, author and hashtag, so each of its archives has a page 2. (The hashtag's slug is its name: the
    // editor re-creates a seeded CamelCase hashtag on save, see the known bug below.)
    const newest = await db.article.findFirstOrThrow({
      where: { status: "PUBLISHED", authors: { some: {} } },
      orderBy: { publishedAt: "desc" },
      select: {
        id: true,
        sectionId: true,
        sourceId: true,
        section: { select: { slug: true } },
        source: { select: { slug: true } },
        authors: { select: { author: { select: { id: true, slug: true } } }, orderBy: { position: "asc" } },
      },
    });
    const tag = await db.tag.create({ data: { slug: `topic-${run}`, name: `topic-${run}` } });
    await db.article.update({
      where: { id: newest.id },
      data: { title, slug, publishedAt: new Date(), tags: { create: [{ tagId: tag.id }] } },
    });
    const author = newest.authors[0]!.author;
    for (let i = 0; i < 25; i++) {
      await db.article.create({
        data: {
          title: `Older story ${i} ${run}`,
          slug: `older-story-${i}-${run}`,
          body: "An older story.",
          status: "PUBLISHED",
          publishedAt: new Date(Date.now() - (400 + i) * 86_400_000),
          sectionId: newest.sectionId,
          sourceId: newest.sourceId,
          authors: { create: [{ authorId: author.id, position: 0 }] },
          tags: { create: [{ tagId: tag.id }] },
        },
      });
    }
    story = {
      id: newest.id,
      section: newest.section.slug,
      source: newest.source.slug,
      author: author.slug,
      tag: tag.slug,
    };
    editor = (await createUsers(db, 1, { role: "EDITOR", prefix: "every-tag-editor" }))[0]!;
    reader = (await createUsers(db, 1, { prefix: "every-tag-reader" }))[0]!;
    server = await startServer({ databaseUrl: database.url, label: "every-tag" });
  });
  afterAll(async () => {
    await server?.stop();
    await database?.close();
  });

  /** Every page type; the story's own pages and anything naming it are given separately. */
  function unaffectedPages(): PageCheck[] {
    const ok: Expect = { status: 200 };
    return [
      "/latest?page=2",
      `/tags/${story.tag}?page=2`,
      `/sections/${story.section}?page=2`,
      `/sources/${story.source}?page=2`,
      `/authors/${story.author}?page=2`,
    ].map((path) => ({ path, before: ok, after: ok }));
  }

  function listing(paths: string[], before: Expect, after: Expect): PageCheck[] {
    return paths.map((path) => ({ path, before, after }));
  }

  /** A search that finds the story (its title holds `run`), newest first so it is on the first page. */
  const searchPath = () => `/search?q=${run}&sort=newest`;

  const archives = () => [
    "/",
    "/latest",
    `/tags/${story.tag}`,
    `/sections/${story.section}`,
    `/sources/${story.source}`,
    `/authors/${story.author}`,
  ];

  /**
   * Loads every page in `pages` with READERS readers, makes `write` once every page has been served twice,
   * and keeps loading until every page has been requested REQUESTS_AFTER times after the acknowledgment.
   * Then checks every response against the state it may show, and requests each page once more.
   */
  async function writeUnderLoad(label: string, pages: PageCheck[], write: () => Promise<HttpResult>) {
    const byPath = new Map(pages.map((page) => [page.path, page]));
    const readers = startReaders(server.base, {
      paths: pages.map((page) => page.path),
      concurrency: READERS,
      extract: (body, path, status, headers): Verdict => ({
        before: mismatch(byPath.get(path)!.before, status, body, headers.location),
        after: mismatch(byPath.get(path)!.after, status, body, headers.location),
      }),
    });
    let response: HttpResult;
    let samples: ReaderSample<Verdict>[];
    try {
      await until(() => pages.every((page) => countFor(readers.progress(), page.path) >= 2), "warm-up");
      response = await write();
      const ackAt = response.endedAt;
      await until(
        () =>
          pages.every(
            (page) =>
              countFor(readers.progress(), page.path, (sample) => sample.startedAt > ackAt) >= REQUESTS_AFTER,
          ),
        "load after the write",
      );
    } finally {
      samples = await readers.stop();
    }

    // Per page: how many responses were wrong, and the first of them.
    const wrong = new Map<string, { count: number; first: string }>();
    for (const sample of samples) {
      const page = byPath.get(sample.path)!;
      const { before, after } = sample.seen;
      const problem =
        sample.status === 0
          ? sample.error!
          : sample.startedAt > response.endedAt
            ? after
            : sample.endedAt < response.startedAt
              ? before
              : // Straddled the write: it may show either state, or a mix of the two while the write commits.
                [...statuses(page.before), ...statuses(page.after)].includes(sample.status)
                ? null
                : `status ${sample.status}`;
      if (!problem) continue;
      const entry = wrong.get(sample.path) ?? {
        count: 0,
        first: `started ${(sample.startedAt - response.endedAt).toFixed(0)} ms after the acknowledgment: ${problem}`,
      };
      entry.count++;
      wrong.set(sample.path, entry);
    }
    const after = samples.filter((sample) => sample.startedAt > response.endedAt).length;
    console.log(
      `[every tag] ${label}: write acknowledged in ${(response.endedAt - response.startedAt).toFixed(0)} ms; ` +
        `${samples.length} requests over ${pages.length} pages (${after} started after the acknowledgment); ` +
        `wrong: ${[...wrong.values()].reduce((sum, entry) => sum + entry.count, 0)}`,
    );
    expect(Object.fromEntries(wrong)).toEqual({});

    // And the next request to each page, with the load gone.
    const next: string[] = [];
    for (const page of pages) {
      const again = await request(server.base + page.path);
      const problem = mismatch(page.after, again.status, again.body, again.headers.location);
      if (problem) next.push(`${page.path}: ${problem}`);
    }
    expect(next).toEqual([]);
    return response;
  }

  it("every page type answers before any write", async () => {
    const pages = [
      ...archives(),
      `/articles/${slug}`,
      `/articles/${slug}/comments`,
      "/feed.xml",
      "/sitemaps/articles-1.xml",
      searchPath(),
      ...unaffectedPages().map((page) => page.path),
    ];
    for (const path of pages) {
      const response = await request(server.base + path);
      expect(response.status, path).toBe(200);
    }
    expect((await request(`${server.base}/articles/${slug}`)).body).toContain(title);
  });

  it("comments:<articleId> — a comment shows on the story and its comments page", async () => {
    const text = `Comment for every tag ${run}`;
    const articlePath = `/articles/${slug}`;
    const form = findForm((await request(server.base + articlePath)).body, "articleId", story.id);
    const shown: Expect = { status: 200, contains: [text] };
    const notYet: Expect = { status: 200, lacks: [text] };
    await writeUnderLoad(
      "comment",
      [
        { path: articlePath, before: notYet, after: shown },
        { path: `${articlePath}/comments`, before: notYet, after: shown },
        ...listing(
          [...archives(), "/feed.xml", "/sitemaps/articles-1.xml"],
          { status: 200 },
          { status: 200 },
        ),
        ...unaffectedPages(),
      ],
      async () => {
        const response = await submitForm(server.base, articlePath, form, {
          cookie: reader.cookie,
          values: { body: text },
        });
        expect(response.status).toBe(303);
        return response;
      },
    );
  });

  it("tag:<slug> — a hashtag created by saving the story answers on the next request", async () => {
    const hashtag = `fresh${run}`;
    const tagPath = `/tags/${hashtag}`;
    expect((await request(server.base + tagPath)).status).toBe(404);
    const editPath = `/admin/articles/${story.id}`;
    const form = findForm(
      (await request(server.base + editPath, { headers: { cookie: editor.cookie } })).body,
      "version",
    );
    const currentTags = form.fields.find(([name]) => name === "tags")![1];
    const linked: Expect = { status: 200, contains: [`href="${tagPath}"`] };
    const unlinked: Expect = { status: 200, lacks: [`href="${tagPath}"`] };
    await writeUnderLoad(
      "new hashtag",
      [
        { path: tagPath, before: { status: 404 }, after: { status: 200, contains: [title] } },
        { path: `/articles/${slug}`, before: unlinked, after: linked },
        ...listing(
          [...archives(), "/feed.xml", "/sitemaps/articles-1.xml"],
          { status: 200 },
          { status: 200 },
        ),
        ...unaffectedPages(),
      ],
      async () => {
        const response = await submitForm(server.base, editPath, form, {
          cookie: editor.cookie,
          values: { tags: `${currentTags}, ${hashtag}` },
          submitter: { name: "intent", value: "save" },
        });
        expect(response.status).toBe(303);
        return response;
      },
    );
  });

  it("articles and article:<slug> — a renamed story shows its new title everywhere, its old URL redirects", async () => {
    const newTitle = `Retitled story ${run}`;
    const newSlug = `retitled-story-${run}`;
    const editPath = `/admin/articles/${story.id}`;
    const form = findForm(
      (await request(server.base + editPath, { headers: { cookie: editor.cookie } })).body,
      "version",
    );
    const oldTitle: Expect = { status: 200, contains: [title], lacks: [newTitle] };
    const newTitleOnly: Expect = { status: 200, contains: [newTitle], lacks: [title] };
    await writeUnderLoad(
      "rename",
      [
        {
          path: `/articles/${slug}`,
          before: oldTitle,
          after: { status: 308, location: `/articles/${newSlug}` },
        },
        { path: `/articles/${newSlug}`, before: { status: 404 }, after: newTitleOnly },
        {
          path: `/articles/${slug}/comments`,
          before: oldTitle,
          after: { status: [308, SOFT_STATUS], lacks: [title] },
        },
        {
          path: `/articles/${newSlug}/comments`,
          before: { status: [404, SOFT_STATUS], lacks: [newTitle] },
          after: newTitleOnly,
        },
        ...listing([...archives(), `/tags/fresh${run}`, "/feed.xml"], oldTitle, newTitleOnly),
        {
          // A search is a cached page too (proxy.ts): its results link to the story's new address at once.
          path: searchPath(),
          before: {
            status: 200,
            contains: [`href="/articles/${slug}"`],
            lacks: [`href="/articles/${newSlug}"`],
          },
          after: {
            status: 200,
            contains: [`href="/articles/${newSlug}"`],
            lacks: [`href="/articles/${slug}"`],
          },
        },
        {
          path: "/sitemaps/articles-1.xml",
          before: { status: 200, contains: [`/articles/${slug}<`], lacks: [`/articles/${newSlug}<`] },
          after: { status: 200, contains: [`/articles/${newSlug}<`], lacks: [`/articles/${slug}<`] },
        },
        ...unaffectedPages(),
      ],
      async () => {
        const response = await submitForm(server.base, editPath, form, {
          cookie: editor.cookie,
          values: { title: newTitle, slug: newSlug },
          submitter: { name: "intent", value: "save" },
        });
        expect(response.status).toBe(303);
        return response;
      },
    );
  });

  it("saving a seeded story unchanged keeps it in its hashtag archives", async () => {
    // Seeded hashtags have CamelCase names and hyphenated slugs (#AnimalBehaviour is /tags/animal-behaviour).
    // The editor lists names; saving slugifies them again ("animalbehaviour"), finds no such hashtag, creates
    // a duplicate and moves the story to it: it drops out of its archive, whose page still exists.
    const hashtag = await database.db.tag.findFirstOrThrow({
      where: { slug: { contains: "-", not: { startsWith: "topic-" } }, articles: { some: {} } },
      select: { slug: true, name: true, articles: { select: { articleId: true } } },
    });
    expect(hashtag.articles.length).toBeLessThan(20); // all on its archive's first page
    const seeded = await database.db.article.findUniqueOrThrow({
      where: { id: hashtag.articles[0]!.articleId },
      select: { id: true, title: true },
    });
    const tagPaths = [`/tags/${hashtag.slug}`];
    expect((await request(server.base + tagPaths[0]!)).body).toContain(escapeHtml(seeded.title));
    const editPath = `/admin/articles/${seeded.id}`;
    const form = findForm(
      (await request(server.base + editPath, { headers: { cookie: editor.cookie } })).body,
      "version",
    );
    const saved = await submitForm(server.base, editPath, form, {
      cookie: editor.cookie,
      submitter: { name: "intent", value: "save" },
    });
    expect(saved.status).toBe(303);
    const listed: Record<string, boolean> = {};
    for (const path of tagPaths)
      listed[path] = (await request(server.base + path)).body.includes(escapeHtml(seeded.title));
    expect(listed).toEqual(Object.fromEntries(tagPaths.map((path) => [path, true])));
  });
});

function countFor<T>(
  samples: readonly ReaderSample<T>[],
  path: string,
  where: (sample: ReaderSample<T>) => boolean = () => true,
) {
  let count = 0;
  for (const sample of samples) if (sample.path === path && where(sample)) count++;
  return count;
}

/** Waits for a condition about the load's progress (checked every 50 ms), failing after a minute. */
function escapeHtml(text: string) {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#x27;");
}
