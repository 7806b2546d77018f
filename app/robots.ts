import type { MetadataRoute } from "next";

export default function robots(): MetadataRoute.Robots {
  const base = (process.env.NEXTAUTH_URL || "http://localhost:3000").replace(/\/$/, "");
  return {
    rules: [
      { userAgent: "*", allow: "/", disallow: ["/admin", "/preview/", "/account", "/comments/", "/api/"] },
    ],
    sitemap: `${base}/sitemap.xml`,
  };
}
