/**
 * What an import would do: the workbook's rows compared with the plan as stored. A row without a stored key is
 * created; a stored row whose values differ is updated if the person changed it (its checksum no longer matches)
 * at the version that was exported — if the system changed it since, that is a conflict, reported, never
 * overwritten; a row changed only in the system is left as it is. Rows missing from a sheet are deleted only when
 * asked for. Names (partners, venues, target groups) and keys are resolved here, and every row is checked with the
 * API's rules, so the dry run lists every problem before anything is written.
 */
import { canonical, checksum, sortedNames } from './cells';
import type { CellError, RawBook } from './read';
import type { StoredBook, StoredRow } from './repository';
import { cellError, parseSheet, type ParsedSheet, type SheetRow } from './rows';
import { FORMAT_VERSION, SHEETS, sheetOf, type Sheet, type SheetKey, type Value } from './sheets';
import { timeSlicer } from './slice';
import { validateRow } from './validate';
import { columnsOf } from './write';

/** One change an import makes. */
export interface Change {
  sheet: SheetKey;
  row: number | null;
  key: string | null;
  action: 'create' | 'update' | 'delete';
  /** The stored row (update, delete). */
  id: number | null;
  version: number | null;
  /** The new values (create, update); names and keys resolved to their stored spelling. */
  values: Record<string, Value>;
  before: Record<string, Value> | null;
}

/** What an import would do, or why it cannot. */
export interface ImportPlan {
  changes: Change[];
  errors: CellError[];
  /** Facts worth knowing that are not errors: new target groups, rows changed only in the system. */
  notes: string[];
  /** Target groups named by a new reach column, created by the import. */
  newGroups: string[];
}

/** Options of an import. */
export interface DiffOptions {
  deleteMissing: boolean;
  /** Whether the importer may change the shared reference lists (venues, partners, target groups). */
  mayWriteShared: boolean;
  /** Initiatives with status texts in a reporting round (they cannot be deleted by an import). */
  inRounds: ReadonlySet<number>;
}

const lower = (s: string) => s.trim().toLowerCase();

/** Names of a reference list: stored ones, then those the workbook adds or renames. */
class Names {
  private map = new Map<string, string>();
  constructor(stored: StoredRow[]) {
    for (const r of stored) this.add(String(r.values.name));
  }
  add(name: string): void {
    if (!this.map.has(lower(name))) this.map.set(lower(name), name.trim());
  }
  find(name: string): string | undefined {
    return this.map.get(lower(name));
  }
}

/** Compare a file with the stored plan. */
export async function diffBook(raw: RawBook, stored: StoredBook, opts: DiffOptions): Promise<ImportPlan> {
  const errors: CellError[] = [...raw.errors];
  const notes: string[] = [];
  if (!sameplan(raw, stored, errors)) return { changes: [], errors, notes, newGroups: [] };
  const parsed = new Map<SheetKey, ParsedSheet>();
  for (const s of raw.sheets) parsed.set(s.sheet.key, await parseSheet(s, errors));

  const names = {
    targetGroups: new Names(stored.sheets.targetGroups),
    partners: new Names(stored.sheets.partners),
    venues: new Names(stored.sheets.venues),
  };
  for (const key of ['targetGroups', 'partners', 'venues'] as const)
    for (const r of parsed.get(key)?.rows ?? [])
      if (typeof r.values.name === 'string') names[key].add(r.values.name);
  const newGroups: string[] = [];
  for (const g of parsed.get('activities')?.reachGroups ?? []) {
    if (names.targetGroups.find(g) === undefined) {
      names.targetGroups.add(g);
      newGroups.push(g);
      notes.push(`Målgruppen "${g}" findes ikke og oprettes (kolonnen "Målgruppe: ${g}" i Aktiviteter).`);
    }
  }
  if (newGroups.length > 0 && !opts.mayWriteShared)
    errors.push({
      sheet: sheetOf('activities').name,
      row: 1,
      column: `Målgruppe: ${newGroups[0]}`,
      cell: null,
      message:
        'Kun en administrator kan oprette nye målgrupper. Brug en målgruppe, der findes, eller bed en administrator.',
    });

  const ctx: Ctx = {
    stored,
    names,
    errors,
    notes,
    parsed,
    opts,
    newKeys: { initiatives: new Set(), targets: new Set() },
    storedKeys: {
      initiatives: new Set(stored.sheets.initiatives.map((r) => r.key)),
      targets: new Set(stored.sheets.targets.map((r) => r.key)),
    },
    reachFields: new Map(),
  };
  // New initiatives and targets may be referred to by the key a person gave them.
  for (const key of ['initiatives', 'targets'] as const)
    for (const r of parsed.get(key)?.rows ?? [])
      if (r.key !== null && r.id === null) ctx.newKeys[key].add(r.key);

  const changes: Change[] = [];
  for (const sheet of SHEETS) {
    const p = parsed.get(sheet.key);
    if (p) changes.push(...(await diffSheet(ctx, p)));
  }
  if (opts.deleteMissing) changes.push(...deletions(ctx, changes));
  return { changes, errors, notes, newGroups };
}

interface Ctx {
  stored: StoredBook;
  names: Record<'targetGroups' | 'partners' | 'venues', Names>;
  errors: CellError[];
  notes: string[];
  parsed: Map<SheetKey, ParsedSheet>;
  opts: DiffOptions;
  newKeys: Record<'initiatives' | 'targets', Set<string>>;
  storedKeys: Record<'initiatives' | 'targets', Set<string>>;
  /** A reach column's field → the field under the target group's stored spelling (the names are all known). */
  reachFields: Map<string, string>;
}

/** A workbook must come from this plan, in a format this version reads. */
function sameplan(raw: RawBook, stored: StoredBook, errors: CellError[]): boolean {
  if (raw.kind === 'csv') return true;
  const info = raw.info;
  const fail = (message: string) => {
    errors.push({ sheet: 'Om', row: null, column: null, cell: null, message });
    return false;
  };
  if (!info || (info.slug === null && info.planId === null))
    return fail(
      'Regnearket mangler arket "Om", der siger, hvilken handleplan det hører til. Eksportér planen igen.',
    );
  if (info.format !== null && info.format > FORMAT_VERSION)
    return fail(
      `Regnearket har formatversion ${info.format}; denne version af indsats læser version ${FORMAT_VERSION}.`,
    );
  if (info.slug !== stored.plan.slug || (info.planId !== null && info.planId !== stored.plan.id))
    return fail(
      `Regnearket er eksporteret fra handleplanen "${info.slug ?? info.planId}", ikke fra "${stored.plan.slug}". Importér det i den plan, det kommer fra.`,
    );
  return true;
}

async function diffSheet(ctx: Ctx, p: ParsedSheet): Promise<Change[]> {
  const { sheet } = p;
  const storedRows = new Map(ctx.stored.sheets[sheet.key].map((r) => [r.id, r]));
  const seenKeys = new Set<string>();
  const out: Change[] = [];
  const cols = columnsOf(sheet, ctx.stored.groups);
  const slice = timeSlicer();
  for (const r of p.rows) {
    await slice();
    const err = (column: string | null, message: string) =>
      ctx.errors.push(
        cellError(sheet, r.row, column, column ? `${p.letters.get(column) ?? ''}${r.row}` : null, message),
      );
    if (r.key !== null) {
      if (seenKeys.has(r.key))
        err(null, `Nøglen ${r.key} står i flere rækker. Hver række skal have sin egen nøgle.`);
      seenKeys.add(r.key);
    }
    const before = r.id === null ? null : storedRows.get(r.id);
    if (r.id !== null && !before) {
      err(
        null,
        `Nøglen ${r.key} findes ikke i handleplanen "${ctx.stored.plan.slug}" (rækken er slettet, eller den kommer fra en anden plan).`,
      );
      continue;
    }
    // A column the person removed keeps the stored values of existing rows.
    if (before)
      for (const c of cols) if (!r.present.has(c.field)) r.values[c.field] = before.values[c.field] ?? null;
    if (before && sheet.key === 'activities')
      for (const [k, v] of Object.entries(before.values))
        if (k.startsWith('reach:') && !r.present.has(k)) r.values[k] = v;
    if (r.failed) continue;
    const errorsBefore = ctx.errors.length;
    const values = resolve(ctx, sheet, r, err);
    if (ctx.errors.length > errorsBefore) continue;
    for (const issue of validateRow(sheet.key, values)) err(issue.column, issue.message);
    if (ctx.errors.length > errorsBefore) continue;
    if (
      sheet.shared &&
      !ctx.opts.mayWriteShared &&
      (!before || canonical(values) !== canonical(before.values))
    ) {
      err(
        null,
        `Kun en administrator kan ændre de fælles lister (${sheet.name}). Ret rækken tilbage, eller bed en administrator.`,
      );
      continue;
    }
    // A shared list's row without a key that names a stored row (a proposal's venue the database has) is that row.
    if (!before && sheet.shared && r.key === null) {
      const name = typeof values.name === 'string' ? lower(values.name) : null;
      if (ctx.stored.sheets[sheet.key].some((s) => lower(String(s.values.name)) === name)) continue;
    }
    if (!before) {
      out.push({
        sheet: sheet.key,
        row: r.row,
        key: r.key,
        action: 'create',
        id: null,
        version: null,
        values,
        before: null,
      });
      continue;
    }
    if (canonical(values) === canonical(before.values)) continue;
    const editedByPerson = r.check === null || r.check !== checksum(rawValues(r));
    if (!editedByPerson) {
      ctx.notes.push(
        `${sheet.name} række ${r.row} (${r.key}) er ændret i systemet siden eksporten og beholdes, som den er i systemet.`,
      );
      continue;
    }
    if (r.version !== before.version) {
      err(
        null,
        `Rækken ${r.key} er ændret i systemet siden eksporten (version ${r.version ?? '?'}, nu ${before.version}) og overskrives ikke. Eksportér igen, og indfør rettelsen der.`,
      );
      continue;
    }
    out.push({
      sheet: sheet.key,
      row: r.row,
      key: r.key,
      action: 'update',
      id: before.id,
      version: before.version,
      values,
      before: before.values,
    });
  }
  return out;
}

/** The values the checksum was computed over: as read, before names were resolved. */
function rawValues(r: SheetRow): Record<string, Value> {
  return r.values;
}

const DEFAULTS: Partial<Record<SheetKey, Record<string, Value>>> = {
  targets: { comparator: '>=', position: 0 },
  funding: { amountBasis: 'per_year', position: 0 },
  activities: { occurrences: 1 },
};

type Err = (column: string | null, message: string) => void;

/** A column's header, for a message. */
function headerOf(sheet: Sheet, field: string): string {
  return sheet.columns.find((c) => c.field === field)?.header ?? field;
}

/** One name (a partner) to its stored spelling. */
function resolveOne(
  v: Record<string, Value>,
  sheet: Sheet,
  field: string,
  list: Names,
  what: string,
  addTo: string,
  err: Err,
): void {
  const name = v[field];
  if (typeof name !== 'string') return;
  const found = list.find(name);
  if (found === undefined)
    err(
      headerOf(sheet, field),
      `${what} "${name}" findes ikke. Tilføj ${what.toLowerCase() === 'stedet' ? 'det' : 'den'} i arket ${addTo}, eller ret navnet.`,
    );
  else v[field] = found;
}

/** A list of names (venues, partners, target groups) to their stored spelling, sorted. */
function resolveMany(
  v: Record<string, Value>,
  sheet: Sheet,
  field: string,
  list: Names,
  what: string,
  addTo: string,
  err: Err,
): void {
  const names = v[field];
  if (!Array.isArray(names)) return;
  const out: string[] = [];
  for (const n of names) {
    const found = list.find(n);
    if (found === undefined)
      err(
        headerOf(sheet, field),
        `${what} "${n}" findes ikke. Tilføj ${what === 'Stedet' ? 'det' : 'den'} i arket ${addTo}, eller ret navnet.`,
      );
    else out.push(found);
  }
  v[field] = sortedNames(out);
}

/** A unit's code to its stored spelling. */
function resolveUnit(ctx: Ctx, v: Record<string, Value>, sheet: Sheet, err: Err): void {
  if (typeof v.unit !== 'string') return;
  const code = ctx.stored.unitCodes.find((c) => lower(c) === lower(v.unit as string));
  if (code === undefined)
    err(
      headerOf(sheet, 'unit'),
      `Forvaltningen "${v.unit}" findes ikke. Brug en af: ${ctx.stored.unitCodes.join(', ')}.`,
    );
  else v.unit = code;
}

/** A key of an initiative or target: stored, or given to a new row of the workbook. */
function checkRef(
  ctx: Ctx,
  v: Record<string, Value>,
  sheet: Sheet,
  field: string,
  target: 'initiatives' | 'targets',
  err: Err,
): void {
  const key = v[field];
  if (typeof key !== 'string') return;
  if (!ctx.storedKeys[target].has(key) && !ctx.newKeys[target].has(key))
    err(
      headerOf(sheet, field),
      `${target === 'initiatives' ? 'Indsatsen' : 'Målet'} "${key}" findes ikke i arket ${sheetOf(target).name}.`,
    );
}

/**
 * Names to their stored spelling, keys checked, defaults filled; errors through `err`. (Module-level helpers, not
 * closures made per row: this runs for every row of a 10,000-row sheet.)
 */
function resolve(ctx: Ctx, sheet: Sheet, r: SheetRow, err: Err): Record<string, Value> {
  const v: Record<string, Value> = { ...r.values };
  for (const [k, d] of Object.entries(DEFAULTS[sheet.key] ?? {}))
    if (v[k] === null || v[k] === undefined) v[k] = d;
  if (sheet.key === 'activities' && (v.dateTo === null || v.dateTo === undefined))
    v.dateTo = v.dateFrom ?? null;
  switch (sheet.key) {
    case 'initiatives':
      resolveUnit(ctx, v, sheet, err);
      resolveMany(v, sheet, 'partners', ctx.names.partners, 'Partneren', 'Partnere', err);
      break;
    case 'targets':
      checkRef(ctx, v, sheet, 'initiative', 'initiatives', err);
      resolveMany(v, sheet, 'targetGroups', ctx.names.targetGroups, 'Målgruppen', 'Målgrupper', err);
      break;
    case 'funding':
    case 'expenditures':
      checkRef(ctx, v, sheet, 'initiative', 'initiatives', err);
      break;
    case 'activities': {
      checkRef(ctx, v, sheet, 'initiative', 'initiatives', err);
      resolveOne(v, sheet, 'partner', ctx.names.partners, 'Partneren', 'Partnere', err);
      resolveMany(v, sheet, 'venues', ctx.names.venues, 'Stedet', 'Steder', err);
      // Reach columns under the target group's stored spelling; an empty cell is no reach row.
      for (const k of Object.keys(v)) {
        if (!k.startsWith('reach:')) continue;
        const n = v[k];
        v[k] = null;
        let field = ctx.reachFields.get(k);
        if (field === undefined) {
          field = `reach:${ctx.names.targetGroups.find(k.slice(6)) ?? k.slice(6)}`;
          ctx.reachFields.set(k, field);
        }
        if (n !== null) v[field] = n;
      }
      break;
    }
    case 'measurements':
      checkRef(ctx, v, sheet, 'target', 'targets', err);
      break;
    case 'venues':
      resolveUnit(ctx, v, sheet, err);
      break;
    case 'partners':
    case 'targetGroups':
      break;
  }
  return v;
}

/** The stored rows missing from their sheet, for a sheet the file has; deleting a parent needs its rows gone too. */
function deletions(ctx: Ctx, changes: Change[]): Change[] {
  const out: Change[] = [];
  const gone = new Set<string>();
  for (const sheet of SHEETS) {
    const p = ctx.parsed.get(sheet.key);
    if (!p || sheet.shared) continue;
    const kept = new Set(p.rows.map((r) => r.key));
    for (const s of ctx.stored.sheets[sheet.key]) {
      if (kept.has(s.key)) continue;
      gone.add(s.key);
      out.push({
        sheet: sheet.key,
        row: null,
        key: s.key,
        action: 'delete',
        id: s.id,
        version: s.version,
        values: {},
        before: s.values,
      });
    }
  }
  const pointing = (parentField: string, parent: string): { sheet: Sheet; key: string }[] => {
    const found: { sheet: Sheet; key: string }[] = [];
    for (const sheet of SHEETS) {
      for (const s of ctx.stored.sheets[sheet.key])
        if (s.values[parentField] === parent && !gone.has(s.key)) found.push({ sheet, key: s.key });
    }
    for (const c of changes)
      if (c.values[parentField] === parent)
        found.push({ sheet: sheetOf(c.sheet), key: c.key ?? `række ${c.row}` });
    return found;
  };
  for (const d of out) {
    const field = d.sheet === 'initiatives' ? 'initiative' : d.sheet === 'targets' ? 'target' : null;
    if (field === null || d.key === null) continue;
    const left = pointing(field, d.key);
    const sheet = sheetOf(d.sheet);
    if (left.length > 0)
      ctx.errors.push(
        cellError(
          sheet,
          null,
          null,
          null,
          `${d.key} mangler i arket ${sheet.name} og ville blive slettet, men ${left.length} rækker henviser stadig til den (fx ${left[0].key} i ${left[0].sheet.name}). Slet dem også, eller behold rækken.`,
        ),
      );
    if (d.sheet === 'initiatives' && d.id !== null && ctx.opts.inRounds.has(d.id))
      ctx.errors.push(
        cellError(
          sheet,
          null,
          null,
          null,
          `Indsatsen ${d.key} har statustekster i en statusrunde og kan ikke slettes ved import.`,
        ),
      );
  }
  return out;
}
