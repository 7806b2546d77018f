import { ArchivePage, archiveMetadata, BUILD_SAMPLE } from "@/components/archives/archive-page";

/** Page 2 onwards; readers reach it as /tags/<slug>?page=N (the proxy rewrites). */
type Props = { params: Promise<{ tag: string; page: string }> };

export function generateStaticParams() {
  return [{ tag: BUILD_SAMPLE, page: "2" }];
}

export async function generateMetadata({ params }: Props) {
  const { tag, page } = await params;
  return archiveMetadata("tags", tag, page);
}

export default async function Page({ params }: Props) {
  const { tag, page } = await params;
  return <ArchivePage kind="tags" slug={tag} page={page} />;
}
