import { ArchivePage, archiveMetadata, BUILD_SAMPLE } from "@/components/archives/archive-page";

/** Page 2 onwards; readers reach it as /sections/<slug>?page=N (the proxy rewrites). */
type Props = { params: Promise<{ section: string; page: string }> };

export function generateStaticParams() {
  return [{ section: BUILD_SAMPLE, page: "2" }];
}

export async function generateMetadata({ params }: Props) {
  const { section, page } = await params;
  return archiveMetadata("sections", section, page);
}

export default async function Page({ params }: Props) {
  const { section, page } = await params;
  return <ArchivePage kind="sections" slug={section} page={page} />;
}
