import { ArchivePage, archiveMetadata } from "@/components/archives/archive-page";

export async function generateMetadata() {
  return archiveMetadata("latest");
}

export default function LatestPage() {
  return <ArchivePage kind="latest" />;
}
