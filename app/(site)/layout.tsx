import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import { ViewerProvider } from "@/components/viewer/viewer-context";

export default function SiteLayout({ children }: { children: React.ReactNode }) {
  return (
    <ViewerProvider>
      <SiteHeader />
      <main id="main" tabIndex={-1} className="mx-auto max-w-6xl px-4 py-6 md:py-8">
        {children}
      </main>
      <SiteFooter />
    </ViewerProvider>
  );
}
