import { ArchivePage, archiveMetadata, BUILD_SAMPLE } from "@/components/archives/archive-page";

type Props = { params: Promise<{ author: string }> };

export function generateStaticParams() {
  return [{ author: BUILD_SAMPLE }];
}

export async function generateMetadata({ params }: Props) {
  return archiveMetadata("authors", (await params).author);
}

export default async function Page({ params }: Props) {
  return <ArchivePage kind="authors" slug={(await params).author} />;
}
