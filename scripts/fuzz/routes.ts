import { readdirSync } from "node:fs";
import path from "node:path";

/**
 * Every URL pattern the app serves, read from app/ (so new routes are fuzzed without touching this list):
 * folders with a page.tsx or route.ts, route groups "(site)" dropped, plus the metadata files (robots,
 * sitemap, icon). Dynamic segments stay as "[name]" or "[...name]" for the fuzzer to fill in.
 */
export function appRoutes(appDir = path.resolve("app")): string[] {
  const routes = new Set<string>(["/robots.txt", "/sitemap.xml", "/icon.svg"]);
  const walk = (dir: string, segments: string[]) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        const isGroup = entry.name.startsWith("(") && entry.name.endsWith(")");
        walk(path.join(dir, entry.name), isGroup ? segments : [...segments, entry.name]);
      } else if (/^(page|route)\.(tsx?|jsx?)$/.test(entry.name)) {
        routes.add(`/${segments.join("/")}`);
      }
    }
  };
  walk(appDir, []);
  return [...routes].sort();
}

export function isDynamicSegment(segment: string): boolean {
  return segment.startsWith("[") && segment.endsWith("]");
}
