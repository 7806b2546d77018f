/**
 * Integrity check for the hand-written demo corpus in prisma/seed-data.
 * Run: npx tsx scripts/check-seed-data.ts   (exits 1 on any problem)
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import {
  articles,
  authors,
  comments,
  sections,
  sources,
  tags,
  users,
  SANITISER_FIXTURE_SLUG,
} from "../prisma/seed-data";
import type { SeedComment } from "../prisma/seed-data";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const errors: string[] = [];
const warnings: string[] = [];
const err = (m: string) => errors.push(m);

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const RESERVED_SECTION_SLUGS = new Set([
  "tags",
  "sections",
  "sources",
  "authors",
  "admin",
  "api",
  "articles",
  "account",
  "signin",
  "dev",
]);
/** The developing stories; each tag must be shared by at least 4 articles from at least 3 outlets. */
const CLUSTER_TAGS = ["saltmarsh-port-strike", "velden-flood-barrier", "kestrel-engine-row", "lumen-mission"];

function uniqueSlugs(kind: string, items: { slug: string }[]): Set<string> {
  const seen = new Set<string>();
  for (const { slug } of items) {
    if (!SLUG.test(slug)) err(`${kind}: slug "${slug}" is not lowercase-hyphen`);
    if (seen.has(slug)) err(`${kind}: duplicate slug "${slug}"`);
    seen.add(slug);
  }
  return seen;
}

const sectionSlugs = uniqueSlugs("section", sections);
const sourceSlugs = uniqueSlugs("source", sources);
const authorSlugs = uniqueSlugs("author", authors);
const tagSlugs = uniqueSlugs("tag", tags);
const articleSlugs = uniqueSlugs("article", articles);

if (sections.length < 6) err(`need at least 6 sections, have ${sections.length}`);
for (const s of sections) if (RESERVED_SECTION_SLUGS.has(s.slug)) err(`section slug "${s.slug}" is reserved`);
if (new Set(sections.map((s) => s.position)).size !== sections.length)
  err("section positions are not unique");
if (sources.length < 5) err(`need at least 5 sources, have ${sources.length}`);
for (const s of sources)
  if (!/^https:\/\/[a-z0-9-]+\.example\/?$/.test(s.homepage))
    err(`source ${s.slug}: homepage ${s.homepage} is not an https .example domain`);
for (const t of tags)
  if (!/^[A-Za-z0-9]+$/.test(t.name)) err(`tag ${t.slug}: display name "${t.name}" is not hashtag-shaped`);
if (articles.length < 42) err(`need at least 42 articles, have ${articles.length}`);

const usedTags = new Set<string>();
const usedSections = new Set<string>();
const usedSources = new Set<string>();
for (const a of articles) {
  const where = `article ${a.slug}`;
  if (!sectionSlugs.has(a.section)) err(`${where}: unknown section "${a.section}"`);
  if (!sourceSlugs.has(a.source)) err(`${where}: unknown source "${a.source}"`);
  usedSections.add(a.section);
  usedSources.add(a.source);
  if (a.authors.length < 1 || a.authors.length > 2)
    err(`${where}: needs 1-2 authors, has ${a.authors.length}`);
  for (const au of a.authors) if (!authorSlugs.has(au)) err(`${where}: unknown author "${au}"`);
  if (new Set(a.authors).size !== a.authors.length) err(`${where}: duplicate author`);
  if (a.tags.length < 2 || a.tags.length > 5) err(`${where}: needs 2-5 tags, has ${a.tags.length}`);
  if (new Set(a.tags).size !== a.tags.length) err(`${where}: duplicate tag`);
  for (const t of a.tags) {
    if (!tagSlugs.has(t)) err(`${where}: unknown tag "${t}"`);
    usedTags.add(t);
  }
  if (!a.title.trim() || !a.dek.trim()) err(`${where}: missing title or dek`);
  if (a.excerpt.length > 300) err(`${where}: excerpt is ${a.excerpt.length} chars (max 300)`);
  if (/[<>*_#[\]`]/.test(a.excerpt)) err(`${where}: excerpt should be plain text`);
  const words = a.body.split(/\s+/).filter(Boolean).length;
  if (words < 350 || words > 700) err(`${where}: body has ${words} words (want 350-700)`);
  const paragraphs = a.body.split(/\n\s*\n/).filter((p) => p.trim() && !p.trim().startsWith("## ")).length;
  if (paragraphs < 5) err(`${where}: body has only ${paragraphs} paragraphs`);
  for (const m of a.body.matchAll(/\]\((https?:\/\/[^)\s]+)\)/g)) {
    const host = new URL(m[1]!).hostname;
    if (!host.endsWith(".example")) err(`${where}: link to non-.example host ${host}`);
  }
  if (!(a.hoursAgo >= 0.5 && a.hoursAgo <= 650)) err(`${where}: hoursAgo ${a.hoursAgo} outside 0.5-650`);
  if (a.updatedHoursAgo !== undefined && !(a.updatedHoursAgo < a.hoursAgo))
    err(`${where}: updatedHoursAgo must be < hoursAgo`);
  const h = a.hero;
  if (h.file !== `/images/articles/${a.slug}.jpg`)
    err(`${where}: hero.file should be /images/articles/${a.slug}.jpg`);
  if (h.width !== 1600 || h.height !== 900) err(`${where}: hero must be 1600x900`);
  if (!h.alt.trim() || !h.caption.trim()) err(`${where}: hero needs alt and caption`);
  if (!existsSync(path.join(root, "public", h.file)))
    err(`${where}: hero file public${h.file} does not exist (run: npx tsx scripts/make-hero-images.mjs)`);
  for (const p of a.pinnedRelated ?? []) {
    if (p === a.slug) err(`${where}: pinnedRelated contains itself`);
    else if (!articleSlugs.has(p)) err(`${where}: pinnedRelated slug "${p}" does not exist`);
  }
  if (a.leadOrder !== undefined && !a.isLead) err(`${where}: leadOrder without isLead`);
}
for (const s of sections) if (!usedSections.has(s.slug)) err(`section ${s.slug} has no articles`);
for (const s of sources) if (!usedSources.has(s.slug)) err(`source ${s.slug} has no articles`);
for (const t of tags) if (!usedTags.has(t.slug)) warnings.push(`tag ${t.slug} is unused`);

const leads = articles.filter((a) => a.isLead);
const leadOrders = leads.map((a) => a.leadOrder).sort();
if (leads.filter((a) => a.leadOrder === 1).length !== 1) err("exactly one article must have leadOrder 1");
if (leads.length !== 3 || leadOrders.join(",") !== "1,2,3")
  err(`want three leads with orders 1,2,3; got ${leadOrders.join(",")}`);
const lead1 = leads.find((a) => a.leadOrder === 1);
if (lead1 && !CLUSTER_TAGS.some((t) => lead1.tags.includes(t)))
  err("the leadOrder 1 article should belong to a story cluster");

const closed = articles.filter((a) => a.commentsOpen === false);
if (closed.length < 1 || closed.length > 2)
  err(`want 1-2 articles with commentsOpen false, have ${closed.length}`);
if (!articles.some((a) => a.pinnedRelated?.length)) err("no article has pinnedRelated");

for (const ct of CLUSTER_TAGS) {
  if (!tagSlugs.has(ct)) err(`cluster tag ${ct} not defined`);
  const members = articles.filter((a) => a.tags.includes(ct));
  if (members.length < 4 || members.length > 6) err(`cluster ${ct}: ${members.length} articles (want 4-6)`);
  const outlets = new Set(members.map((a) => a.source));
  if (outlets.size < 3) err(`cluster ${ct}: only ${outlets.size} distinct outlets`);
  const span = Math.max(...members.map((a) => a.hoursAgo)) - Math.min(...members.map((a) => a.hoursAgo));
  if (span < 48) err(`cluster ${ct}: spans only ${span} hours`);
}

const fixture = articles.find((a) => a.slug === SANITISER_FIXTURE_SLUG);
if (!fixture) err(`sanitiser fixture article ${SANITISER_FIXTURE_SLUG} missing`);
else if (
  !fixture.body.includes("<script>alert(1)</script>") ||
  !fixture.body.includes("<img src=x onerror=alert(1)>")
)
  err("sanitiser fixture body lacks the raw <script>/<img onerror> payloads");
for (const a of articles)
  if (a !== fixture && /<script|onerror=/i.test(a.body))
    err(`article ${a.slug}: unexpected raw script/onerror`);

// Users
const userKeys = new Set(users.map((u) => u.key));
if (userKeys.size !== users.length) err("duplicate user keys");
if (new Set(users.map((u) => u.email)).size !== users.length) err("duplicate user emails");
for (const [email, role] of [
  ["admin@example.com", "ADMIN"],
  ["editor@example.com", "EDITOR"],
  ["contributor@example.com", "CONTRIBUTOR"],
  ["reader@example.com", "READER"],
] as const) {
  if (!users.some((u) => u.email === email && u.role === role)) err(`missing ${role} user ${email}`);
}
if (users.filter((u) => u.role === "READER").length < 4) err("need at least 4 READER users");

// Comments
const articleHours = new Map(articles.map((a) => [a.slug, a.hoursAgo]));
let commentCount = 0;
const commented = new Set<string>();
function checkComment(c: SeedComment, depth: number, parent: SeedComment | undefined) {
  commentCount++;
  commented.add(c.article);
  const where = `comment by ${c.author} on ${c.article}`;
  if (!articleSlugs.has(c.article)) err(`${where}: unknown article`);
  if (!userKeys.has(c.author)) err(`${where}: unknown user key`);
  if (parent && parent.article !== c.article) err(`${where}: reply on a different article than its parent`);
  const ah = articleHours.get(c.article);
  if (ah !== undefined && !(c.hoursAgo < ah))
    err(`${where}: posted before the article (${c.hoursAgo} >= ${ah})`);
  if (parent && !(c.hoursAgo < parent.hoursAgo)) err(`${where}: reply posted before its parent`);
  if (depth > 2) err(`${where}: nesting deeper than 2`);
  if (!c.body.trim()) err(`${where}: empty body`);
  for (const r of c.replies ?? []) checkComment(r, depth + 1, c);
}
for (const c of comments) checkComment(c, 0, undefined);
if (commentCount < 12 || commentCount > 20) err(`want 12-20 comments, have ${commentCount}`);
if (lead1 && !commented.has(lead1.slug)) err("the lead article has no comments");
for (const a of closed)
  if (commented.has(a.slug)) err(`article ${a.slug} has comments closed but seeded comments`);
for (const ct of CLUSTER_TAGS)
  if (articles.filter((a) => a.tags.includes(ct)).every((a) => commented.has(a.slug)))
    warnings.push(`every ${ct} article has comments`);

// Placeholder image
if (!existsSync(path.join(root, "public/images/placeholder.jpg")))
  err("public/images/placeholder.jpg missing");

for (const w of warnings) console.warn(`warning: ${w}`);
if (errors.length) {
  for (const e of errors) console.error(`error: ${e}`);
  console.error(`\n${errors.length} problem(s) in seed data.`);
  process.exit(1);
}
console.log(
  `seed data OK: ${articles.length} articles, ${sections.length} sections, ${sources.length} sources, ${authors.length} authors, ` +
    `${tags.length} tags, ${users.length} users, ${commentCount} comments on ${commented.size} articles, clusters: ${CLUSTER_TAGS.join(", ")}`,
);
