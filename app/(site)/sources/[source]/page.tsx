import { ArchivePage, archiveMetadata, BUILD_SAMPLE } from "@/components/archives/archive-page";

type Props = { params: Promise<{ source: string }> };

export function generateStaticParams() {
  return [{ source: BUILD_SAMPLE }];
}

export async function generateMetadata({ params }: Props) {
  return archiveMetadata("sources", (await params).source);
}

export default async function Page({ params }: Props) {
  return <ArchivePage kind="sources" slug={(await params).source} />;
}
