/**
 * The plan workbook: the spreadsheet encoding of the plan document (src/schemas/plan-document.ts). One sheet per
 * kind of row, Danish headers, a stable key per row ("A-77" is activity 77), the row's version and a checksum of
 * the row as exported (hidden), so an import can tell an edit by the person from a change made in the system since.
 * The same definitions drive the export, the import and the CSV form of one sheet.
 */
import { ACTIVITY_KINDS, VENUE_KINDS } from '../../domain/types';

/** A cell's value once read: text, a number, a list of names, or empty. */
export type Value = string | number | string[] | null;

/** An enumeration shown with Danish labels and stored as the code. */
export interface Choice {
  code: string;
  label: string;
}

/** How a column's cells are written and read. */
export type ColumnType =
  | { t: 'text'; max?: number }
  | { t: 'int' }
  | { t: 'decimal' }
  | { t: 'date' }
  | { t: 'enum'; choices: readonly Choice[] }
  | { t: 'list'; of?: readonly string[] }
  /** A key of a row in another sheet (or of a new row given a key of one's own). */
  | { t: 'ref'; sheet: SheetKey };

/** One column of a sheet. */
export interface Column {
  field: string;
  header: string;
  type: ColumnType;
  required?: boolean;
  width?: number;
  /**
   * The stored default written as an empty cell and read back from the cell holding it ("nej", 0), so rows that
   * keep the default have the checksum they had before the column existed.
   */
  blank?: string | number;
}

export type SheetKey =
  | 'initiatives'
  | 'targets'
  | 'funding'
  | 'expenditures'
  | 'activities'
  | 'measurements'
  | 'venues'
  | 'partners'
  | 'targetGroups';

/** A sheet: its name in the workbook, the prefix of its keys, its columns. */
export interface Sheet {
  key: SheetKey;
  name: string;
  prefix: string;
  columns: Column[];
  /** Reference lists are shared by every plan: an import creates and updates them, never deletes. */
  shared?: boolean;
}

/** Headers of the three columns every sheet starts with. */
export const KEY_HEADER = 'Nøgle (må ikke ændres)';
export const VERSION_HEADER = 'Version';
export const CHECK_HEADER = 'Kontrolsum';
/** Activities have one reach column per target group, headed with this prefix and the group's name. */
export const REACH_PREFIX = 'Målgruppe: ';
/** The sheet that names the plan the workbook belongs to. */
export const INFO_SHEET = 'Om';
/** Format of the workbook; a newer format is refused rather than misread. */
export const FORMAT_VERSION = 1;

const plain = (list: readonly string[]): Choice[] => list.map((v) => ({ code: v, label: v }));

export const STATE_CHOICES: Choice[] = [
  { code: 'planned', label: 'planlagt' },
  { code: 'done', label: 'gennemført' },
  { code: 'cancelled', label: 'aflyst' },
];
const INITIATIVE_KIND_CHOICES: Choice[] = [
  { code: 'recommendation', label: 'anbefaling' },
  { code: 'other', label: 'øvrig indsats' },
];
const METRIC_CHOICES: Choice[] = [
  { code: 'reach', label: 'rækkevidde' },
  { code: 'venues', label: 'steder' },
  { code: 'count', label: 'antal' },
  { code: 'share', label: 'andel' },
  { code: 'milestone', label: 'milepæl' },
  { code: 'manual', label: 'manuel' },
];
const COMPARATOR_CHOICES: Choice[] = [
  { code: '>=', label: 'mindst' },
  { code: '<=', label: 'højst' },
];
const FUNDING_KIND_CHOICES: Choice[] = [
  { code: 'money', label: 'kroner' },
  { code: 'staff_years', label: 'årsværk' },
  { code: 'existing_frame', label: 'inden for eksisterende ramme' },
];
const YES_NO_CHOICES: Choice[] = [
  { code: 'yes', label: 'ja' },
  { code: 'no', label: 'nej' },
];
const BASIS_CHOICES: Choice[] = [
  { code: 'per_year', label: 'årligt' },
  { code: 'total', label: 'i alt' },
];

const initiativeRef: Column = {
  field: 'initiative',
  header: 'Indsats',
  type: { t: 'ref', sheet: 'initiatives' },
  required: true,
  width: 10,
};
const text = (field: string, header: string, required = false, width = 30): Column => ({
  field,
  header,
  type: { t: 'text' },
  required,
  width,
});
const int = (field: string, header: string, required = false): Column => ({
  field,
  header,
  type: { t: 'int' },
  required,
  width: 12,
});

/** Every data sheet, in the order of the workbook (reference lists last). */
export const SHEETS: readonly Sheet[] = [
  {
    key: 'initiatives',
    name: 'Indsatser',
    prefix: 'I',
    columns: [
      int('number', 'Nr.'),
      {
        field: 'kind',
        header: 'Type',
        type: { t: 'enum', choices: INITIATIVE_KIND_CHOICES },
        required: true,
      },
      text('title', 'Titel', true, 50),
      text('purpose', 'Formål', false, 50),
      text('description', 'Beskrivelse', false, 50),
      text('unit', 'Forvaltning', false, 12),
      { field: 'partners', header: 'Samarbejdspartnere', type: { t: 'list' }, width: 30 },
    ],
  },
  {
    key: 'targets',
    name: 'Mål',
    prefix: 'M',
    columns: [
      initiativeRef,
      int('position', 'Rækkefølge'),
      {
        field: 'metricKind',
        header: 'Måltype',
        type: { t: 'enum', choices: METRIC_CHOICES },
        required: true,
      },
      { field: 'comparator', header: 'Sammenligning', type: { t: 'enum', choices: COMPARATOR_CHOICES } },
      { field: 'value', header: 'Målværdi', type: { t: 'decimal' }, required: true, width: 12 },
      text('unitLabel', 'Enhed', false, 20),
      { field: 'dueDate', header: 'Frist', type: { t: 'date' }, required: true, width: 12 },
      { field: 'baseline', header: 'Udgangspunkt', type: { t: 'decimal' }, width: 12 },
      text('sentence', 'Sætning i notatet', false, 50),
      { field: 'targetGroups', header: 'Målgrupper', type: { t: 'list' }, width: 30 },
      {
        field: 'activityKinds',
        header: 'Aktivitetstyper',
        type: { t: 'list', of: ACTIVITY_KINDS },
        width: 20,
      },
      { field: 'venueKinds', header: 'Stedtyper', type: { t: 'list', of: VENUE_KINDS }, width: 20 },
      int('population', 'Population'),
    ],
  },
  {
    key: 'funding',
    name: 'Midler',
    prefix: 'F',
    columns: [
      initiativeRef,
      int('position', 'Rækkefølge'),
      { field: 'kind', header: 'Type', type: { t: 'enum', choices: FUNDING_KIND_CHOICES }, required: true },
      int('amount', 'Beløb (kr.)'),
      { field: 'amountBasis', header: 'Grundlag', type: { t: 'enum', choices: BASIS_CHOICES } },
      { field: 'staffYears', header: 'Årsværk', type: { t: 'decimal' }, width: 10 },
      int('yearFrom', 'Fra år'),
      int('yearTo', 'Til år'),
      text('source', 'Kilde', false, 30),
      int('fundedUntil', 'Finansieret til og med'),
    ],
  },
  {
    key: 'expenditures',
    name: 'Forbrug',
    prefix: 'U',
    columns: [
      initiativeRef,
      int('year', 'År', true),
      int('amount', 'Beløb (kr.)', true),
      text('note', 'Note'),
    ],
  },
  {
    key: 'activities',
    name: 'Aktiviteter',
    prefix: 'A',
    columns: [
      initiativeRef,
      { field: 'state', header: 'Status', type: { t: 'enum', choices: STATE_CHOICES }, required: true },
      { field: 'kind', header: 'Type', type: { t: 'enum', choices: plain(ACTIVITY_KINDS) }, required: true },
      text('title', 'Titel', true, 50),
      text('description', 'Beskrivelse', false, 30),
      { field: 'dateFrom', header: 'Fra dato', type: { t: 'date' }, required: true, width: 12 },
      { field: 'dateTo', header: 'Til dato', type: { t: 'date' }, width: 12 },
      int('occurrences', 'Antal gange'),
      text('partner', 'Partner', false, 20),
      { field: 'venues', header: 'Steder', type: { t: 'list' }, width: 30 },
      // An opening balance carried over from an imported status memo, and the venues it counts but does not name.
      {
        field: 'imported',
        header: 'Importeret fra notat',
        type: { t: 'enum', choices: YES_NO_CHOICES },
        blank: 'no',
        width: 12,
      },
      { ...int('unnamedVenues', 'Steder uden navn'), blank: 0 },
    ],
  },
  {
    key: 'measurements',
    name: 'Målinger',
    prefix: 'R',
    columns: [
      { field: 'target', header: 'Mål', type: { t: 'ref', sheet: 'targets' }, required: true, width: 10 },
      { field: 'value', header: 'Værdi', type: { t: 'decimal' }, required: true, width: 12 },
      { field: 'asOf', header: 'Dato', type: { t: 'date' }, required: true, width: 12 },
      text('note', 'Note'),
    ],
  },
  {
    key: 'venues',
    name: 'Steder',
    prefix: 'S',
    shared: true,
    columns: [
      text('name', 'Navn', true),
      { field: 'kind', header: 'Type', type: { t: 'enum', choices: plain(VENUE_KINDS) }, required: true },
      text('unit', 'Forvaltning', false, 12),
    ],
  },
  {
    key: 'partners',
    name: 'Partnere',
    prefix: 'P',
    shared: true,
    columns: [text('name', 'Navn', true), text('description', 'Beskrivelse', false, 50)],
  },
  {
    key: 'targetGroups',
    name: 'Målgrupper',
    prefix: 'G',
    shared: true,
    columns: [text('name', 'Navn', true)],
  },
];

/** A sheet by key. */
export function sheetOf(key: SheetKey): Sheet {
  const s = SHEETS.find((x) => x.key === key);
  if (!s) throw new Error(`unknown sheet ${key}`);
  return s;
}

/** A sheet by its name in the workbook (any case), or by its key ("aktiviteter" and "activities" both work). */
export function sheetNamed(name: string): Sheet | undefined {
  const n = name.trim().toLowerCase();
  return SHEETS.find((s) => s.name.toLowerCase() === n || s.key.toLowerCase() === n);
}

/** The stable key of a stored row: "A-77". */
export function keyOf(sheet: Sheet, id: number): string {
  return `${sheet.prefix}-${id}`;
}

/** The stored id a key names in a sheet ("A-77" → 77), or null for a key a person gave a new row. */
export function idOfKey(sheet: Sheet, key: string): number | null {
  const k = key.trim();
  if (!k.startsWith(`${sheet.prefix}-`) || !/^\d{1,10}$/.test(k.slice(sheet.prefix.length + 1))) return null;
  return Number(k.slice(sheet.prefix.length + 1));
}

/** The columns an activities sheet has for a list of target group names, after the fixed ones. */
export function reachColumns(groups: readonly string[]): Column[] {
  return groups.map((g) => ({
    field: `reach:${g}`,
    header: `${REACH_PREFIX}${g}`,
    type: { t: 'int' },
    width: 14,
  }));
}
