/** Addresses of plans and initiatives: an initiative by its number in the plan, or "i<id>" when it has none. */
export const planPath = (slug: string) => `/planer/${encodeURIComponent(slug)}`;

export function initiativeKey(i: { id: number; number: number | null }): string {
  return i.number === null ? `i${i.id}` : String(i.number);
}

export const initiativePath = (slug: string, i: { id: number; number: number | null }) =>
  `${planPath(slug)}/indsatser/${initiativeKey(i)}`;

/** Find the initiative a route's key names. */
export function matchesKey(key: string, i: { id: number; number: number | null }): boolean {
  return key.startsWith('i') ? i.id === Number(key.slice(1)) : i.number === Number(key);
}
