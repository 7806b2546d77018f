import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { feedAlternates, type FeedScope } from "@/lib/feeds/urls";
import { parsePageParam } from "@/lib/pagination";
import { getAuthorBySlug, getSectionBySlug, getSourceBySlug, getTagBySlug } from "@/lib/taxonomy";

import { Archive } from "../archive";
import { siteName } from "../site-name";

export type ArchiveKind = "tags" | "sections" | "sources" | "authors" | "latest";

/** Cache Components needs one sample param per dynamic route; it names nothing, so the build bakes no data. */
export const BUILD_SAMPLE = "__build-sample__";

/**
 * Every archive, for page 1 (`/tags/x`) and for later pages (`/tags/x/p/2`, which the proxy serves for
 * `/tags/x?page=2`). Reading only route params keeps each page cacheable and whole in the HTML.
 */
export async function ArchivePage({
  kind,
  slug = "",
  page,
}: {
  kind: ArchiveKind;
  slug?: string;
  page?: string;
}) {
  // Page 1 lives at the archive's own address; /p/1 would be a duplicate of it.
  if (page !== undefined && parsePageParam(page) === 1) notFound();
  switch (kind) {
    case "latest":
      return (
        <Archive
          filter={{ kind: "all" }}
          pageParam={page}
          basePath="/latest"
          heading={{ title: "Latest stories", description: "Every story, newest first." }}
        />
      );
    case "tags": {
      const tag = await getTagBySlug(slug);
      if (!tag) notFound();
      return (
        <Archive
          filter={{ kind: "tag", tagId: tag.id }}
          pageParam={page}
          basePath={`/tags/${tag.slug}`}
          heading={{ kicker: "Hashtag", title: `#${tag.name}` }}
        />
      );
    }
    case "sections": {
      const section = await getSectionBySlug(slug);
      if (!section) notFound();
      return (
        <Archive
          filter={{ kind: "section", sectionId: section.id }}
          pageParam={page}
          basePath={`/sections/${section.slug}`}
          heading={{ kicker: "Section", title: section.name, description: section.description }}
        />
      );
    }
    case "sources": {
      const source = await getSourceBySlug(slug);
      if (!source) notFound();
      return (
        <Archive
          filter={{ kind: "source", sourceId: source.id }}
          pageParam={page}
          basePath={`/sources/${source.slug}`}
          heading={{ kicker: "Outlet", title: source.name, description: source.description }}
        >
          <p className="-mt-2 mb-6 text-sm">
            <a href={source.homepage} rel="noopener" className="text-accent hover:underline">
              Visit {source.name} ↗
            </a>
          </p>
        </Archive>
      );
    }
    case "authors": {
      const author = await getAuthorBySlug(slug);
      if (!author) notFound();
      return (
        <Archive
          filter={{ kind: "author", authorId: author.id }}
          pageParam={page}
          basePath={`/authors/${author.slug}`}
          heading={{ kicker: "Author", title: author.name, description: author.bio }}
        />
      );
    }
  }
}

/**
 * Title, description, canonical URL and feed links of an archive page. Page N's canonical is the archive's own
 * address with ?page=N and nothing else, whatever junk the request carried.
 */
export async function archiveMetadata(kind: ArchiveKind, slug = "", page?: string): Promise<Metadata> {
  const suffix = page && page !== "1" ? ` (page ${page})` : "";
  const alternates = (path: string, scope: FeedScope, feedTitle: string) => ({
    canonical: page && page !== "1" ? `${path}?page=${page}` : path,
    types: feedAlternates(scope, feedTitle),
  });
  switch (kind) {
    case "latest":
      return {
        title: `Latest stories${suffix}`,
        alternates: alternates("/latest", { kind: "site" }, siteName),
      };
    case "tags": {
      const tag = await getTagBySlug(slug);
      return tag
        ? {
            title: `#${tag.name}${suffix}`,
            alternates: alternates(
              `/tags/${tag.slug}`,
              { kind, slug: tag.slug },
              `#${tag.name} · ${siteName}`,
            ),
          }
        : { title: "Hashtag not found" };
    }
    case "sections": {
      const section = await getSectionBySlug(slug);
      return section
        ? {
            title: `${section.name}${suffix}`,
            description: section.description,
            alternates: alternates(
              `/sections/${section.slug}`,
              { kind, slug: section.slug },
              `${section.name} · ${siteName}`,
            ),
          }
        : { title: "Section not found" };
    }
    case "sources": {
      const source = await getSourceBySlug(slug);
      return source
        ? {
            title: `${source.name}${suffix}`,
            description: source.description,
            alternates: alternates(
              `/sources/${source.slug}`,
              { kind, slug: source.slug },
              `${source.name} · ${siteName}`,
            ),
          }
        : { title: "Outlet not found" };
    }
    case "authors": {
      const author = await getAuthorBySlug(slug);
      return author
        ? {
            title: `${author.name}${suffix}`,
            description: author.bio,
            alternates: alternates(
              `/authors/${author.slug}`,
              { kind, slug: author.slug },
              `${author.name} · ${siteName}`,
            ),
          }
        : { title: "Author not found" };
    }
  }
}
