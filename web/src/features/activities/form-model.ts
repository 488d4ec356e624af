/**
 * The activity form's values as typed (strings, so nothing the person typed is lost), and the mapping to and from
 * the API's activity. Server field paths ("reach.1.count") are mapped back to the field that shows them.
 */
import type { ActivityKind, ActivityState } from '../../../../src/domain/types';
import type { Activity, ActivityInput, Target } from '../../api/types';

export interface FormValues {
  state: ActivityState;
  title: string;
  kind: ActivityKind | '';
  dateFrom: string;
  /** Empty for a one-day activity. */
  dateTo: string;
  venueIds: number[];
  /** '' for none. */
  partnerId: string;
  /** Target group id → count as typed. */
  reach: Record<string, string>;
  /** Target groups added by hand beyond those the initiative's targets count. */
  extraGroups: number[];
  /** Kept as read (the form does not edit them; an update must not reset them). */
  occurrences: number;
  description: string | null;
  /** The version read when the form was opened (edits only). */
  version?: number;
}

export function emptyValues(state: ActivityState): FormValues {
  return {
    state,
    title: '',
    kind: '',
    dateFrom: '',
    dateTo: '',
    venueIds: [],
    partnerId: '',
    reach: {},
    extraGroups: [],
    occurrences: 1,
    description: null,
  };
}

export function valuesOf(a: Activity): FormValues {
  return {
    state: a.state,
    title: a.title,
    kind: a.kind,
    dateFrom: a.dateFrom,
    dateTo: a.dateTo === a.dateFrom ? '' : a.dateTo,
    venueIds: a.venueIds,
    partnerId: a.partnerId === null ? '' : String(a.partnerId),
    reach: Object.fromEntries(a.reach.map((r) => [String(r.targetGroupId), String(r.count)])),
    extraGroups: [],
    occurrences: a.occurrences,
    description: a.description,
    version: a.version,
  };
}

/** The target groups whose reach the form asks for: those the targets count, those already filled, those added. */
export function reachGroups(values: FormValues, targets: Target[]): number[] {
  const ids = [
    ...targets.flatMap((t) => (t.metricKind === 'reach' || t.metricKind === 'share' ? t.targetGroupIds : [])),
    ...Object.keys(values.reach).map(Number),
    ...values.extraGroups,
  ];
  return [...new Set(ids)];
}

/** A typed count as a number when it is one; otherwise the text goes to the server, which names the field. */
function countOf(s: string): number | string {
  const v = s.trim();
  return /^-?\d+(,\d+)?$/.test(v) ? Number(v.replace(',', '.')) : v;
}

/** The request body, and the order of reach rows (to map "reach.N.count" back to a group). */
export function toInput(initiativeId: number, v: FormValues): { body: ActivityInput; reachOrder: number[] } {
  const rows = Object.entries(v.reach).filter(([, c]) => c.trim() !== '');
  const body = {
    initiativeId,
    state: v.state,
    kind: v.kind,
    title: v.title,
    description: v.description,
    dateFrom: v.dateFrom,
    dateTo: v.dateTo || v.dateFrom,
    occurrences: v.occurrences,
    partnerId: v.partnerId ? Number(v.partnerId) : null,
    venueIds: v.venueIds,
    reach: rows.map(([g, c]) => ({ targetGroupId: Number(g), count: countOf(c) })),
  } as unknown as ActivityInput;
  return { body, reachOrder: rows.map(([g]) => Number(g)) };
}

/** Server field path → the form's field key ("reach.0.count" → "reach-3"). */
export function fieldKey(path: string, reachOrder: number[]): string {
  const m = /^reach\.(\d+)\./.exec(path);
  if (m) return `reach-${reachOrder[Number(m[1])] ?? ''}`;
  if (path === 'dateTo') return 'dateTo';
  return path.split('.')[0];
}
