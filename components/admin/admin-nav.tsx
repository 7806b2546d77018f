import Link from "next/link";

import type { Role } from "@/lib/generated/sqlite/enums";
import { can } from "@/lib/permissions";

export function AdminNav({ role }: { role: Role }) {
  const links = [
    { href: "/admin", label: "Overview", show: true },
    { href: "/admin/articles", label: "Articles", show: can(role, "article:write-own") },
    { href: "/admin/stories", label: "Stories", show: can(role, "story:manage") },
    { href: "/admin/comments", label: "Comments", show: can(role, "comment:moderate") },
    { href: "/admin/sources", label: "Sources", show: can(role, "source:manage") },
    { href: "/admin/users", label: "Users", show: can(role, "user:manage") },
    { href: "/admin/settings", label: "Settings", show: can(role, "settings:manage") },
    { href: "/admin/audit", label: "Audit log", show: can(role, "audit:read") },
  ].filter((link) => link.show);
  return (
    <nav aria-label="Newsroom">
      <ul className="flex flex-wrap gap-x-5 gap-y-1 text-sm font-medium">
        {links.map((link) => (
          <li key={link.href}>
            <Link href={link.href} className="hover:text-accent">
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
