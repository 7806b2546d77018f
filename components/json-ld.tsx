import { serializeJsonLd } from "@/lib/seo/structured-data";

/** Structured data as a <script type="application/ld+json">, escaped so no value can end the element. */
export function JsonLd({ data }: { data: unknown }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
