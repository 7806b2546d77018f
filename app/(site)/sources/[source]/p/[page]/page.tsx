import { ArchivePage, archiveMetadata, BUILD_SAMPLE } from "@/components/archives/archive-page";

/** Page 2 onwards; readers reach it as /sources/<slug>?page=N (the proxy rewrites). */
type Props = { params: Promise<{ source: string; page: string }> };

export function generateStaticParams() {
  return [{ source: BUILD_SAMPLE, page: "2" }];
}

export async function generateMetadata({ params }: Props) {
  const { source, page } = await params;
  return archiveMetadata("sources", source, page);
}

export default async function Page({ params }: Props) {
  const { source, page } = await params;
  return <ArchivePage kind="sources" slug={source} page={page} />;
}
