import { ArchivePage, archiveMetadata, BUILD_SAMPLE } from "@/components/archives/archive-page";

type Props = { params: Promise<{ section: string }> };

export function generateStaticParams() {
  return [{ section: BUILD_SAMPLE }];
}

export async function generateMetadata({ params }: Props) {
  return archiveMetadata("sections", (await params).section);
}

export default async function Page({ params }: Props) {
  return <ArchivePage kind="sections" slug={(await params).section} />;
}
