import { ArchivePage, archiveMetadata, BUILD_SAMPLE } from "@/components/archives/archive-page";

/** Page 2 onwards; readers reach it as /authors/<slug>?page=N (the proxy rewrites). */
type Props = { params: Promise<{ author: string; page: string }> };

export function generateStaticParams() {
  return [{ author: BUILD_SAMPLE, page: "2" }];
}

export async function generateMetadata({ params }: Props) {
  const { author, page } = await params;
  return archiveMetadata("authors", author, page);
}

export default async function Page({ params }: Props) {
  const { author, page } = await params;
  return <ArchivePage kind="authors" slug={author} page={page} />;
}
