import { formatAbsoluteTime } from "@/components/time/format";

type Entry = {
  id: string;
  action: string;
  entityType: string;
  entityId: string;
  summary: string;
  before: string | null;
  after: string | null;
  createdAt: Date;
  actor: { id: string; name: string | null; email: string | null } | null;
};

/** Pretty-prints a stored JSON snapshot; shows the raw text if it is not JSON. */
function pretty(value: string | null): string {
  if (value === null) return "—";
  try {
    return JSON.stringify(JSON.parse(value), null, 2);
  } catch {
    return value;
  }
}

export function AuditTable({ entries, caption }: { entries: Entry[]; caption: string }) {
  return (
    <div className="relative overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-rule">
            <th scope="col" className="py-2 pr-4">
              When
            </th>
            <th scope="col" className="py-2 pr-4">
              Who
            </th>
            <th scope="col" className="py-2 pr-4">
              What
            </th>
            <th scope="col" className="py-2">
              Summary
            </th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id} className="border-b border-rule align-top">
              <td className="py-3 pr-4 whitespace-nowrap">
                <time dateTime={entry.createdAt.toISOString()}>{formatAbsoluteTime(entry.createdAt)}</time>
              </td>
              <td className="py-3 pr-4">
                {entry.actor ? (
                  <>
                    <span className="block font-medium">
                      {entry.actor.name?.trim() || entry.actor.email || "Unnamed"}
                    </span>
                    {entry.actor.name?.trim() && entry.actor.email && (
                      <span className="block text-xs text-muted">{entry.actor.email}</span>
                    )}
                  </>
                ) : (
                  <span className="text-muted">System or deleted account</span>
                )}
              </td>
              <td className="py-3 pr-4">
                <code className="block font-mono text-xs">{entry.action}</code>
                <span className="block text-xs text-muted">
                  {entry.entityType} <span className="break-all">{entry.entityId}</span>
                </span>
              </td>
              <td className="py-3">
                <p className="break-words">{entry.summary}</p>
                {(entry.before !== null || entry.after !== null) && (
                  <details className="mt-1">
                    <summary className="cursor-pointer text-xs font-medium text-accent">
                      Before and after
                    </summary>
                    <div className="mt-2 grid gap-2 sm:grid-cols-2">
                      <div>
                        <p className="text-xs font-semibold">Before</p>
                        <pre className="overflow-x-auto rounded-sm bg-surface p-2 text-xs whitespace-pre-wrap break-all">
                          {pretty(entry.before)}
                        </pre>
                      </div>
                      <div>
                        <p className="text-xs font-semibold">After</p>
                        <pre className="overflow-x-auto rounded-sm bg-surface p-2 text-xs whitespace-pre-wrap break-all">
                          {pretty(entry.after)}
                        </pre>
                      </div>
                    </div>
                  </details>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
