/**
 * A workbook row's values as stored columns: names of partners, venues, target groups and unit codes become ids,
 * keys become ids (a new row's own key, once created, through `newKeys`), and the child rows (an initiative's
 * partners, an activity's venues and reach) are returned beside the columns.
 */
import type { Transaction } from 'kysely';
import type { DB } from '../../store/schema';
import { idOfKey, sheetOf, type SheetKey, type Value } from './sheets';

type Trx = Transaction<DB>;

/** Name → id of a reference list, case-insensitive. */
export type IdMap = Map<string, number>;
/** A name as looked up: trimmed, any case. */
export const low = (s: string) => s.trim().toLowerCase();

/** Ids by name of the reference lists and units, and of the rows this import created. */
export interface Maps {
  units: IdMap;
  partners: IdMap;
  venues: IdMap;
  groups: IdMap;
  /** A new row's own key → its new id. */
  newKeys: Map<string, number>;
}

/** Children of a row written beside it. */
export interface Children {
  partnerIds?: number[];
  venueIds?: number[];
  reach?: { targetGroupId: number; count: number }[];
}

/** Ids by name of everything stored, in the import's transaction. */
export async function loadMaps(trx: Trx): Promise<Maps> {
  const [units, partners, venues, groups] = await Promise.all([
    trx.selectFrom('units').select(['id', 'code as name']).execute(),
    trx.selectFrom('partners').select(['id', 'name']).execute(),
    trx.selectFrom('venues').select(['id', 'name']).execute(),
    trx.selectFrom('targetGroups').select(['id', 'name']).execute(),
  ]);
  const m = (rows: { id: number; name: string }[]) => new Map(rows.map((r) => [low(r.name), r.id]));
  return { units: m(units), partners: m(partners), venues: m(venues), groups: m(groups), newKeys: new Map() };
}

/** A key's id: a stored row's key, or a new row's own key created earlier in this import. */
function refId(sheet: SheetKey, key: Value, maps: Maps): number {
  const k = String(key);
  const id = idOfKey(sheetOf(sheet), k) ?? maps.newKeys.get(`${sheet}:${k}`);
  if (id === undefined) throw new Error(`unresolved key ${k}`);
  return id;
}

const named = (map: IdMap, name: Value): number | null =>
  typeof name === 'string' ? (map.get(low(name)) ?? null) : null;
const namedAll = (map: IdMap, names: Value): number[] =>
  Array.isArray(names) ? names.map((n) => map.get(low(n))!).filter((n) => n !== undefined) : [];
const str = (v: Value): string | null => (v === null || v === undefined ? null : String(v));
const num = (v: Value): number | null => (typeof v === 'number' ? v : null);

/** The stored columns and children of a row's values. */
export function toDb(
  sheet: SheetKey,
  v: Record<string, Value>,
  maps: Maps,
  planId: number,
): { row: Record<string, unknown>; children: Children } {
  switch (sheet) {
    case 'initiatives':
      return {
        row: {
          planId,
          number: num(v.number),
          kind: v.kind,
          title: v.title,
          purpose: str(v.purpose),
          description: str(v.description),
          unitId: named(maps.units, v.unit),
        },
        children: { partnerIds: namedAll(maps.partners, v.partners) },
      };
    case 'targets':
      return {
        row: {
          initiativeId: refId('initiatives', v.initiative, maps),
          position: num(v.position) ?? 0,
          metricKind: v.metricKind,
          comparator: v.comparator,
          value: v.value,
          unitLabel: str(v.unitLabel) ?? '',
          dueDate: v.dueDate,
          baseline: num(v.baseline),
          sentence: str(v.sentence) ?? '',
          targetGroupIds: JSON.stringify(namedAll(maps.groups, v.targetGroups)),
          activityKinds: JSON.stringify(v.activityKinds ?? []),
          venueKinds: JSON.stringify(v.venueKinds ?? []),
          population: num(v.population),
        },
        children: {},
      };
    case 'funding':
      return {
        row: {
          initiativeId: refId('initiatives', v.initiative, maps),
          position: num(v.position) ?? 0,
          kind: v.kind,
          amount: num(v.amount),
          amountBasis: v.amountBasis,
          staffYears: num(v.staffYears),
          yearFrom: num(v.yearFrom),
          yearTo: num(v.yearTo),
          source: str(v.source),
          fundedUntil: num(v.fundedUntil),
        },
        children: {},
      };
    case 'expenditures':
      return {
        row: {
          initiativeId: refId('initiatives', v.initiative, maps),
          year: v.year,
          amount: v.amount,
          note: str(v.note),
        },
        children: {},
      };
    case 'activities':
      return {
        row: {
          initiativeId: refId('initiatives', v.initiative, maps),
          state: v.state,
          kind: v.kind,
          title: v.title,
          description: str(v.description),
          dateFrom: v.dateFrom,
          dateTo: v.dateTo,
          occurrences: num(v.occurrences) ?? 1,
          partnerId: named(maps.partners, v.partner),
          imported: v.imported === 'yes' ? 1 : 0,
          unnamedVenues: num(v.unnamedVenues) ?? 0,
        },
        children: {
          venueIds: namedAll(maps.venues, v.venues),
          reach: Object.entries(v)
            .filter(([k, n]) => k.startsWith('reach:') && typeof n === 'number')
            .map(([k, n]) => ({ targetGroupId: maps.groups.get(low(k.slice(6)))!, count: n as number })),
        },
      };
    case 'measurements':
      return {
        row: { targetId: refId('targets', v.target, maps), value: v.value, asOf: v.asOf, note: str(v.note) },
        children: {},
      };
    case 'venues':
      return { row: { name: v.name, kind: v.kind, unitId: named(maps.units, v.unit) }, children: {} };
    case 'partners':
      return { row: { name: v.name, description: str(v.description) }, children: {} };
    case 'targetGroups':
      return { row: { name: v.name }, children: {} };
  }
}
