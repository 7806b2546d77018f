/** next/cache outside Next (integration tests): cache scoping is Next's job; the queries underneath are what we test. */
export function cacheTag(..._tags: string[]) {}
export function cacheLife(_profile: unknown) {}
export function revalidateTag(_tag: string, _profile?: unknown) {}
export function updateTag(_tag: string) {}
export function revalidatePath(_path: string) {}
