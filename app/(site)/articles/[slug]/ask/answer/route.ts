import { NextResponse, type NextRequest } from "next/server";

import { askStory } from "@/lib/ai";
import { requestIp } from "@/lib/request-ip";

/** Ask this story in place (components/ai-panel/ask-enhancer.tsx): the same answer as the answer page, as JSON. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const result = await askStory(slug, request.nextUrl.searchParams.get("q"), await requestIp());
  const headers = { "Cache-Control": "private, no-store" };
  if (!result) return NextResponse.json({ error: "No such article." }, { status: 404, headers });
  return NextResponse.json(result, { status: result.kind === "limited" ? 429 : 200, headers });
}
