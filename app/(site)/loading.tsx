export default function Loading() {
  return (
    <div role="status" aria-live="polite" className="animate-pulse space-y-4 py-8">
      <span className="sr-only">Loading…</span>
      <div className="h-8 w-2/3 rounded bg-surface" />
      <div className="h-4 w-1/2 rounded bg-surface" />
      <div className="aspect-[16/9] w-full rounded bg-surface" />
    </div>
  );
}
