import { notFound } from "next/navigation";

/**
 * Any address no route matches: the site's not-found page inside the site's layout (header, footer, viewer).
 * The root not-found could hold that page instead, but Next embeds the root layout's not-found boundary in
 * every page's RSC payload, so the site's header and footer would ship twice in every reading page.
 */
export default function MissingPage() {
  notFound();
}
