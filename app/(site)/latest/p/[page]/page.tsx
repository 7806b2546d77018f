import { ArchivePage, archiveMetadata } from "@/components/archives/archive-page";

/** Page 2 onwards; readers reach it as /latest?page=N (the proxy rewrites). */
type Props = { params: Promise<{ page: string }> };

export function generateStaticParams() {
  return [{ page: "2" }];
}

export async function generateMetadata({ params }: Props) {
  return archiveMetadata("latest", "", (await params).page);
}

export default async function LatestPageN({ params }: Props) {
  return <ArchivePage kind="latest" page={(await params).page} />;
}
