/**
 * The cache mechanism without Next: the invalidation module's domain events, this process's cache runtime, and
 * the two handlers Next loads (cache/page-handler.mjs for whole pages, cache/data-handler.mjs for "use cache"
 * entries), driven the way Next drives them. The server-level tests (scripts/server-tests) cover every tag a
 * product write expires; `taxonomy` has no product write yet (sections, sources and authors are not edited in
 * the newsroom), so this is where its expiry is tested: an entry tagged `taxonomy` (the header's section list,
 * getSections in lib/taxonomy) and every page built from it must not be served once `taxonomy` expires, even
 * when a render straddles the expiry.
 */
import { beforeEach, describe, expect, it } from "vitest";

import { createCacheRuntime, installCacheRuntime, type CacheRuntime } from "@/cache/runtime.mjs";

import { cacheTags } from "./tags";
import {
  commentsChanged,
  taxonomyChanged,
  tagsForArticleChange,
  tagsForCommentsChange,
  tagsForTaxonomyChange,
} from "./invalidation";

type DataEntry = {
  value: ReadableStream<Uint8Array>;
  tags: string[];
  stale: number;
  timestamp: number;
  expire: number;
  revalidate: number;
};
type DataHandler = {
  get(key: string, softTags: string[]): Promise<DataEntry | undefined>;
  set(key: string, pending: Promise<DataEntry>): Promise<void>;
  updateTags(tags: string[]): Promise<void>;
};
type PageHandler = {
  get(
    key: string,
    context?: { softTags?: string[] },
  ): Promise<{ value: PageValue; lastModified: number } | null>;
  set(
    key: string,
    value: PageValue,
    context?: { cacheControl?: { revalidate?: number | false } },
  ): Promise<void>;
  revalidateTag(tags: string | string[]): Promise<void>;
};
type PageValue = { kind: "APP_PAGE"; html: string; headers: Record<string, string> };

// The handlers are plain JavaScript without declarations: load them by a computed specifier and type them here.
const dataPath = "@/cache/data-handler.mjs";
const pagePath = "@/cache/page-handler.mjs";
const dataHandler = ((await import(/* @vite-ignore */ dataPath)) as { default: DataHandler }).default;
const PageCacheHandler = (
  (await import(/* @vite-ignore */ pagePath)) as { default: new (context: unknown) => PageHandler }
).default;

const now = () => performance.timeOrigin + performance.now();

function dataEntry(tags: string[], text: string, timestamp = now()): DataEntry {
  return {
    value: new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(text));
        controller.close();
      },
    }),
    tags,
    stale: 300,
    timestamp,
    expire: 365 * 86_400,
    revalidate: 365 * 86_400,
  };
}

async function text(entry: DataEntry | undefined) {
  if (!entry) return undefined;
  return new Response(entry.value).text();
}

function page(tags: string[], html: string): PageValue {
  return { kind: "APP_PAGE", html, headers: { "x-next-cache-tags": tags.join(",") } };
}

/** Resolves to true if `promise` settles within `ms`. */
async function settlesWithin(promise: Promise<unknown>, ms: number) {
  let settled = false;
  void promise.then(() => (settled = true));
  await new Promise((resolve) => setTimeout(resolve, ms));
  return settled;
}

let runtime: CacheRuntime;
let pages: PageHandler;
beforeEach(() => {
  runtime = createCacheRuntime();
  installCacheRuntime(runtime);
  pages = new PageCacheHandler({});
});

describe("domain events name the tags readers' pages carry", () => {
  it("sections, sources or authors changing expires taxonomy; a new hashtag only its own tag", () => {
    expect(tagsForTaxonomyChange({ sectionsSourcesOrAuthors: true })).toEqual([cacheTags.taxonomy]);
    expect(tagsForTaxonomyChange({ hashtagSlugs: ["comet"] })).toEqual(["tag:comet"]);
    expect(tagsForTaxonomyChange({})).toEqual([]);
  });

  it("article and comment changes: lists and the article's own tags, nothing while unseen by readers", () => {
    expect(tagsForArticleChange({ slug: "a", status: "DRAFT" }, { slug: "b", status: "PUBLISHED" })).toEqual([
      "articles",
      "article:a",
      "article:b",
    ]);
    expect(tagsForArticleChange({ slug: "a", status: "DRAFT" }, { slug: "a", status: "SCHEDULED" })).toEqual(
      [],
    );
    expect(tagsForCommentsChange(["x", "x"])).toEqual(["comments:x"]);
  });
});

describe("an entry tagged taxonomy (the header's sections)", () => {
  it("is served until taxonomy expires, then refilled from the database", async () => {
    expect(await dataHandler.get("sections", [])).toBeUndefined();
    await dataHandler.set("sections", Promise.resolve(dataEntry([cacheTags.taxonomy], "World, Business")));
    expect(await text(await dataHandler.get("sections", []))).toBe("World, Business");

    // Unrelated writes leave it alone.
    await commentsChanged(["some-article"]);
    expect(await text(await dataHandler.get("sections", []))).toBe("World, Business");

    await taxonomyChanged({ sectionsSourcesOrAuthors: true });
    expect(await dataHandler.get("sections", [])).toBeUndefined();
    await dataHandler.set(
      "sections",
      Promise.resolve(dataEntry([cacheTags.taxonomy], "World Affairs, Business")),
    );
    expect(await text(await dataHandler.get("sections", []))).toBe("World Affairs, Business");
  });

  it("a fill that began before the expiry is not stored, and the expiry waits for it to finish", async () => {
    const began = now();
    expect(await dataHandler.get("sections", [])).toBeUndefined(); // the fill starts reading the old rows
    const expiry = taxonomyChanged({ sectionsSourcesOrAuthors: true });
    expect(await settlesWithin(expiry, 50)).toBe(false);
    await dataHandler.set("sections", Promise.resolve(dataEntry([cacheTags.taxonomy], "old names", began)));
    await expiry;
    expect(await dataHandler.get("sections", [])).toBeUndefined();
  });

  it("a page rendered from it is not served after taxonomy expires", async () => {
    expect(await pages.get("/articles/a")).toBeNull();
    await pages.set("/articles/a", page(["articles", "article:a", "taxonomy"], "<nav>World</nav>"));
    expect((await pages.get("/articles/a"))?.value.html).toBe("<nav>World</nav>");

    await pages.revalidateTag("articles"); // another tag the page carries: stale too
    expect(await pages.get("/articles/a")).toBeNull();
    await pages.set("/articles/a", page(["articles", "article:a", "taxonomy"], "<nav>World</nav>"));
    await dataHandler.updateTags(["comments:zzz"]); // a tag it does not carry
    expect(await pages.get("/articles/a")).not.toBeNull();

    await taxonomyChanged({ sectionsSourcesOrAuthors: true });
    expect(await pages.get("/articles/a")).toBeNull();
  });

  it("a page that began after the expiry but joined a fill from before it is dated back and not served", async () => {
    const fillBegan = now();
    expect(await dataHandler.get("sections", [])).toBeUndefined(); // fill F reads the old sections
    const expiry = taxonomyChanged({ sectionsSourcesOrAuthors: true });
    // Page render P begins after the expiry, and (as Next shares in-flight fills) waits on F.
    expect(await pages.get("/latest")).toBeNull();
    expect(await settlesWithin(expiry, 20)).toBe(false);
    await dataHandler.set("sections", Promise.resolve(dataEntry([cacheTags.taxonomy], "old", fillBegan)));
    await pages.set("/latest", page(["articles", "taxonomy"], "<nav>old</nav>"));
    await expiry;
    expect(await pages.get("/latest")).toBeNull();
    expect(await dataHandler.get("sections", [])).toBeUndefined();
    // The next render is fresh and served.
    await dataHandler.set("sections", Promise.resolve(dataEntry([cacheTags.taxonomy], "new")));
    await pages.set("/latest", page(["articles", "taxonomy"], "<nav>new</nav>"));
    expect((await pages.get("/latest"))?.value.html).toBe("<nav>new</nav>");
  });

  it("soft tags (the implicit path tags Next passes) expire a page as well", async () => {
    expect(await pages.get("/sections/world", { softTags: ["_N_T_/sections/world"] })).toBeNull();
    await pages.set("/sections/world", page(["taxonomy"], "world"));
    expect(await pages.get("/sections/world", { softTags: ["_N_T_/sections/world"] })).not.toBeNull();
    await runtime.expire(["_N_T_/sections/world"]);
    expect(await pages.get("/sections/world", { softTags: ["_N_T_/sections/world"] })).toBeNull();
  });
});
