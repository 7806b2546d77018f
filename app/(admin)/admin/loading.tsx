export default function AdminLoading() {
  return (
    <div role="status" className="animate-pulse space-y-3 py-6">
      <span className="sr-only">Loading…</span>
      <div className="h-6 w-1/3 rounded bg-surface" />
      <div className="h-4 w-2/3 rounded bg-surface" />
      <div className="h-4 w-1/2 rounded bg-surface" />
    </div>
  );
}
