/** Reference lists kept by administrators: units (forvaltninger), partners, target groups, venues. */
import { z } from 'zod';
import { conflict } from '../../domain/problem';
import { patchOf } from '../../schemas/common';
import { recordMetaOf, type ResourceDef } from '../shared/resource';
import {
  UnitInput,
  Unit,
  PartnerInput,
  Partner,
  TargetGroupInput,
  TargetGroup,
  VenueInput,
  Venue,
  UnitQuery,
  PartnerQuery,
  TargetGroupQuery,
  VenueQuery,
} from '../../schemas/reference';

const perm = { read: 'reference:read', write: 'reference:write' } as const;

export const units: ResourceDef<'units', Unit, z.infer<typeof UnitInput>> = {
  path: 'units',
  table: 'units',
  entity: 'unit',
  label: { da: 'Forvaltning', en: 'Unit' },
  names: { one: 'unit', many: 'units', a: 'a unit' },
  permission: perm,
  schemas: {
    create: UnitInput,
    update: patchOf(UnitInput),
    out: Unit,
    query: UnitQuery,
  },
  filters: [{ param: 'code', column: 'code', op: '=' }],
  search: ['code', 'name'],
  order: ['code'],
  refs: [],
  toRow: (i) => ({ code: i.code, name: i.name }),
  fromRow: (r) => ({ ...recordMetaOf(r), code: r.code, name: r.name }),
};

export const partners: ResourceDef<'partners', Partner, z.infer<typeof PartnerInput>> = {
  path: 'partners',
  table: 'partners',
  entity: 'partner',
  label: { da: 'Samarbejdspartner', en: 'Partner' },
  names: { one: 'partner', many: 'partners', a: 'a partner' },
  permission: perm,
  schemas: {
    create: PartnerInput,
    update: patchOf(PartnerInput),
    out: Partner,
    query: PartnerQuery,
  },
  filters: [],
  search: ['name'],
  uniqueName: { da: 'en samarbejdspartner', en: 'a partner', itDa: 'den' },
  order: ['name'],
  refs: [],
  toRow: (i) => ({ name: i.name, description: i.description }),
  fromRow: (r) => ({ ...recordMetaOf(r), name: r.name, description: r.description }),
};

export const targetGroups: ResourceDef<'targetGroups', TargetGroup, z.infer<typeof TargetGroupInput>> = {
  path: 'target-groups',
  table: 'targetGroups',
  entity: 'targetGroup',
  label: { da: 'Målgruppe', en: 'Target group' },
  names: { one: 'target group', many: 'target groups', a: 'a target group' },
  permission: perm,
  schemas: {
    create: TargetGroupInput,
    update: patchOf(TargetGroupInput),
    out: TargetGroup,
    query: TargetGroupQuery,
  },
  filters: [],
  search: ['name'],
  uniqueName: { da: 'en målgruppe', en: 'a target group', itDa: 'den' },
  order: ['name'],
  refs: [],
  toRow: (i) => ({ name: i.name }),
  fromRow: (r) => ({ ...recordMetaOf(r), name: r.name }),
  // Targets name their groups in a JSON list, which no foreign key guards: refuse to leave them dangling.
  async checkDelete(db, existing) {
    const rows = await db.selectFrom('targets').select(['id', 'targetGroupIds']).execute();
    const users = rows.filter((t) => (JSON.parse(t.targetGroupIds) as number[]).includes(existing.id));
    if (users.length > 0) {
      throw conflict(
        `Målgruppen bruges af ${users.length} mål og kan ikke slettes.`,
        `The target group is used by ${users.length} target(s) and cannot be deleted.`,
      );
    }
  },
};

export const venues: ResourceDef<'venues', Venue, z.infer<typeof VenueInput>> = {
  path: 'venues',
  table: 'venues',
  entity: 'venue',
  label: { da: 'Sted', en: 'Venue' },
  names: { one: 'venue', many: 'venues', a: 'a venue' },
  // Whoever registers activities may add the place one took place at (the activity form does so inline).
  permission: { ...perm, create: 'venue:create' },
  schemas: {
    create: VenueInput,
    update: patchOf(VenueInput),
    out: Venue,
    query: VenueQuery,
  },
  filters: [
    { param: 'kind', column: 'kind', op: '=' },
    { param: 'unitId', column: 'unitId', op: '=' },
  ],
  search: ['name'],
  uniqueName: { da: 'et sted', en: 'a venue', itDa: 'det' },
  order: ['name'],
  refs: [{ field: 'unitId', table: 'units', labelDa: 'Forvaltning', labelEn: 'Unit' }],
  toRow: (i) => ({ name: i.name, kind: i.kind, unitId: i.unitId }),
  fromRow: (r) => ({ ...recordMetaOf(r), name: r.name, kind: r.kind as Venue['kind'], unitId: r.unitId }),
};

export { perm as referencePermission };
