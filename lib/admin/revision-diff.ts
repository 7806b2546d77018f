import { diffWords } from "diff";

import { snapshotLabels, type ArticleSnapshot } from "./article-snapshot";

export type DiffPart = { value: string; added?: boolean; removed?: boolean };
export type FieldDiff = { field: keyof ArticleSnapshot; label: string; parts: DiffPart[] };

function asText(value: unknown): string {
  if (Array.isArray(value)) return value.join(", ");
  if (value === null || value === undefined) return "";
  return String(value);
}

/** Word-level differences between two revisions, field by field; unchanged fields are left out. */
export function diffSnapshots(older: ArticleSnapshot, newer: ArticleSnapshot): FieldDiff[] {
  const fields = Object.keys(snapshotLabels) as (keyof ArticleSnapshot)[];
  return fields
    .filter((field) => asText(older[field]) !== asText(newer[field]))
    .map((field) => ({
      field,
      label: snapshotLabels[field],
      parts: diffWords(asText(older[field]), asText(newer[field])).map(({ value, added, removed }) => ({
        value,
        added,
        removed,
      })),
    }));
}
