/** The reference lists an administrator keeps, with their API path, their address in the app and their fields. */
export const LISTS = {
  venues: { path: 'venues', slug: 'steder', mergeable: true },
  partners: { path: 'partners', slug: 'samarbejdspartnere', mergeable: true },
  targetGroups: { path: 'target-groups', slug: 'maalgrupper', mergeable: true },
  units: { path: 'units', slug: 'forvaltninger', mergeable: false },
} as const;

export type ListName = keyof typeof LISTS;

export const LIST_NAMES = Object.keys(LISTS) as ListName[];

/** The list an address names, if any. */
export const listOfSlug = (slug: string | undefined): ListName | undefined =>
  LIST_NAMES.find((l) => LISTS[l].slug === slug);
