/** Reference lists (units, partners, target groups, venues): what a client sends and receives. */
import { z } from 'zod';
import { VENUE_KINDS } from '../domain/types';
import { id, idFilter, MAX_TITLE, recordMeta, text, title, version } from './common';

/** A unit ("forvaltning"), e.g. BIF Beskæftigelses- og Integrationsforvaltningen. */
export const UnitInput = z.object({
  code: z.string().trim().min(1).max(20).describe('Short code, e.g. "BIF".'),
  name: title.describe('Full name, e.g. "Beskæftigelses- og Integrationsforvaltningen".'),
});
export const Unit = UnitInput.extend(recordMeta);
export type Unit = z.infer<typeof Unit>;
/** A partner or supplier ("samarbejdspartner"), e.g. C:NTACT. */
export const PartnerInput = z.object({
  name: title,
  description: text.nullable().default(null),
});
export const Partner = PartnerInput.extend(recordMeta);
export type Partner = z.infer<typeof Partner>;
/** A target group ("målgruppe"), named in the plural as the memo uses it: "børn og unge", "forældre". */
export const TargetGroupInput = z.object({ name: title });
export const TargetGroup = TargetGroupInput.extend(recordMeta);
export type TargetGroup = z.infer<typeof TargetGroup>;
/** A venue ("sted/institution"): a school, club, association, housing area. */
export const VenueInput = z.object({
  name: title,
  kind: z.enum(VENUE_KINDS),
  unitId: id.nullable().default(null),
});
export const Venue = VenueInput.extend(recordMeta);
export type Venue = z.infer<typeof Venue>;

/** `?q=`: a part of the name to search for, ignoring case. */
const search = z.string().max(MAX_TITLE).optional().describe('Part of the name, any case.');

/** Filters of the list endpoint. */
export const UnitQuery = z.object({
  code: z.string().optional(),
  q: search.describe('Part of the code or the name, any case.'),
});

/** Filters of the list endpoint. */
export const PartnerQuery = z.object({ q: search });

/** Filters of the list endpoint. */
export const TargetGroupQuery = z.object({ q: search });

/** Filters of the list endpoint. */
export const VenueQuery = z.object({ kind: z.enum(VENUE_KINDS).optional(), unitId: idFilter, q: search });

/** Merging a near-duplicate into the entry that stays: the duplicate's version as read. */
export const MergeBody = z.object({
  into: id.describe('The entry that stays; the one in the path is merged into it and deleted.'),
  version: version.describe('The version of the entry being merged away, as read.'),
});
/** What a merge moved. */
export const MergeResult = z.object({
  into: id,
  removed: id,
  moved: z.object({
    activities: z.number().int().describe('Activities that named the merged entry.'),
    targets: z.number().int().describe('Targets whose target groups named it.'),
    initiatives: z.number().int().describe('Initiatives that had it as a partner.'),
  }),
});
export type MergeResult = z.infer<typeof MergeResult>;
