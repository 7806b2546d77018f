import { ArchivePage, archiveMetadata, BUILD_SAMPLE } from "@/components/archives/archive-page";

type Props = { params: Promise<{ tag: string }> };

export function generateStaticParams() {
  return [{ tag: BUILD_SAMPLE }];
}

export async function generateMetadata({ params }: Props) {
  return archiveMetadata("tags", (await params).tag);
}

export default async function Page({ params }: Props) {
  return <ArchivePage kind="tags" slug={(await params).tag} />;
}
