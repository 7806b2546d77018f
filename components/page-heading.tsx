/** The h1 of archive and utility pages. */
export function PageHeading({
  kicker,
  title,
  description,
}: {
  kicker?: string;
  title: string;
  description?: string;
}) {
  return (
    <div className="mb-6 border-b border-rule pb-4">
      {kicker && <p className="text-xs font-bold uppercase tracking-widest text-accent">{kicker}</p>}
      <h1 className="font-serif text-3xl font-bold md:text-4xl">{title}</h1>
      {description && <p className="mt-2 max-w-2xl text-muted-strong">{description}</p>}
    </div>
  );
}
