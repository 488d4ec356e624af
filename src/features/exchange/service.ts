/**
 * The plan workbook exchange: export a plan as a workbook (or one sheet as CSV), and import one back — a dry run
 * that lists what would change and every error, or, when asked, the changes applied all-or-nothing in one
 * transaction. Authorization first: exporting needs read access to the plan, importing the right to set it up.
 */
import { randomUUID } from 'node:crypto';
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import type { Worker } from 'node:worker_threads';
import type { Kysely, Transaction } from 'kysely';
import type { RequestContext } from '../../auth/context';
import { Problem } from '../../domain/problem';
import type { ImportReport } from '../../schemas/exchange';
import type { DB } from '../../store/schema';
import { writeTx } from '../../store/write';
import { applyChanges } from './apply';
import { cellValue } from './cells';
import { diffBook, type Change } from './diff';
import { LIMITS } from './limits';
import { plainWorker } from './threads';
import { readFile } from './read';
import { findPlan, readBook, type NewPlanFrame, type PlanRef, type StoredBook } from './repository';
import type { RawBook } from './read';
import { auditMany, type AuditItem } from '../../store/audit';
import { INFO_SHEET, sheetNamed, sheetOf, SHEETS, type Value } from './sheets';
import { columnsOf, workbookParts, writeCsv, writeWorkbook, type OnProgress } from './write';

/** A file to send. */
export interface ExportFile {
  fileName: string;
  contentType: string;
  body: Buffer;
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The plan's workbook. */
export async function exportWorkbook(
  db: Kysely<DB>,
  ctx: RequestContext,
  plan: string | number,
  onProgress?: OnProgress,
): Promise<ExportFile> {
  const p = await findPlan(db, plan);
  ctx.authorize('plan:read', { planId: p.id });
  const book = await readBook(db, p);
  const rows = Object.values(book.sheets).reduce((n, s) => n + s.length, 0);
  const body =
    rows >= WORKER_FROM_ROWS ? await writeInWorker(book, onProgress) : await writeWorkbook(book, onProgress);
  return { fileName: `${p.slug}.xlsx`, contentType: XLSX_TYPE, body };
}

/** Books from this many rows on are written in a worker thread; smaller ones are quicker to write than to hand over. */
const WORKER_FROM_ROWS = 1000;

/** Write the workbook in a worker thread (./write-worker.mjs), so other requests are served meanwhile. The parts
 * go over one at a time, the main thread handing the event loop over between them; the worker writes each as it
 * arrives. */
async function writeInWorker(book: StoredBook, onProgress?: OnProgress): Promise<Buffer> {
  const worker = plainWorker(new URL('./write-worker.mjs', import.meta.url));
  const done = answer(worker, onProgress);
  for (const part of workbookParts(book)) {
    worker.postMessage(part);
    await yieldToLoop();
  }
  worker.postMessage({ end: true });
  return done;
}

function answer(worker: Worker, onProgress?: OnProgress): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    worker.on('message', (m: { progress?: [number, number, string]; body?: Uint8Array; error?: string }) => {
      if (m.progress) return onProgress?.(...m.progress);
      void worker.terminate();
      if (m.body) resolve(Buffer.from(m.body.buffer, m.body.byteOffset, m.body.byteLength));
      else reject(new Error(`workbook worker: ${m.error}`));
    });
    worker.once('error', reject);
  });
}

/** One sheet of the plan's workbook as a Danish CSV file. */
export async function exportCsv(
  db: Kysely<DB>,
  ctx: RequestContext,
  plan: string | number,
  sheetName: string,
): Promise<ExportFile> {
  const p = await findPlan(db, plan);
  ctx.authorize('plan:read', { planId: p.id });
  const sheet = sheetNamed(sheetName);
  if (!sheet)
    throw new Problem(
      422,
      'unknown_sheet',
      `Arket "${sheetName}" findes ikke. Vælg et af: ${SHEETS.map((s) => s.name).join(', ')}.`,
      `There is no sheet "${sheetName}".`,
      'sheet',
    );
  const book = await readBook(db, p);
  return {
    fileName: `${p.slug}-${sheet.name.toLowerCase()}.csv`,
    contentType: 'text/csv; charset=utf-8',
    body: writeCsv(book, sheet),
  };
}

/** The plan an import goes to, once the caller is known to may set it up (before the upload is read). */
export async function authorizeImport(
  db: Kysely<DB>,
  ctx: RequestContext,
  plan: string | number,
): Promise<void> {
  const p = await findPlan(db, plan);
  ctx.authorize('plan:write', { planId: p.id });
}

/** Options of an import. */
export interface ImportOptions {
  /** The plan (id or slug); a workbook names its own plan, a CSV file needs this. */
  plan?: string | number;
  apply: boolean;
  deleteMissing: boolean;
  onProgress?: (done: number, total: number, label: string) => void;
}

/** Read a file and compare it with the plan; apply the changes when asked and the file has no errors. */
export async function importFile(
  db: Kysely<DB>,
  ctx: RequestContext,
  file: Buffer,
  opts: ImportOptions,
): Promise<ImportReport> {
  opts.onProgress?.(0, 3, 'læser fil');
  // A plan named by the caller is read from the database while the worker thread parses the file.
  let early: Promise<{ plan: PlanRef; stored: StoredBook }> | null = null;
  if (opts.plan !== undefined) {
    const p = await findPlan(db, opts.plan);
    ctx.authorize('plan:write', { planId: p.id });
    early = readBook(db, p).then((stored) => ({ plan: p, stored }));
    early.catch(() => undefined);
  }
  const raw = await readFile(file, LIMITS, (d, t) => opts.onProgress?.(d, t, 'læser fil'));
  const named = opts.plan ?? raw.info?.slug ?? undefined;
  if (named === undefined)
    throw new Problem(
      422,
      'plan_missing',
      'Angiv handleplanen: en CSV-fil siger ikke selv, hvilken plan den hører til.',
      'Name the plan: a CSV file does not say which plan it belongs to.',
      'plan',
    );
  const frame = opts.plan === undefined ? raw.info?.newPlan : null;
  const { plan, stored } =
    (await early) ??
    (frame && !(await planExists(db, named)) ? await newPlanBook(db, ctx, raw, frame) : null) ??
    (await (async () => {
      const p = await findPlan(db, named);
      ctx.authorize('plan:write', { planId: p.id });
      return { plan: p, stored: await readBook(db, p) };
    })());
  const creating = stored.newPlan;
  opts.onProgress?.(1, 3, 'sammenligner');
  const inRounds = await initiativesInRounds(db, plan.id);
  const diff = await diffBook(raw, stored, {
    deleteMissing: opts.deleteMissing,
    mayWriteShared: may(ctx, 'reference:write'),
    inRounds,
  });
  const importId = randomUUID();
  const newUnits = creating ? creating.units.filter((u) => !stored.unitCodes.includes(u.code)) : [];
  const report: ImportReport = {
    importId,
    plan: { id: plan.id, slug: plan.slug },
    applied: false,
    create:
      diff.changes.filter((c) => c.action === 'create').length +
      diff.newGroups.length +
      (creating ? 1 + newUnits.length : 0),
    update: diff.changes.filter((c) => c.action === 'update').length,
    delete: diff.changes.filter((c) => c.action === 'delete').length,
    changes: [
      ...(creating
        ? [
            {
              sheet: INFO_SHEET,
              row: null,
              key: null,
              action: 'create' as const,
              summary: `oprettes: handleplanen ${plan.title} (${plan.slug})`,
            },
            ...newUnits.map((u) => ({
              sheet: INFO_SHEET,
              row: null,
              key: null,
              action: 'create' as const,
              summary: `oprettes: forvaltningen ${u.name} (${u.code})`,
            })),
          ]
        : []),
      ...diff.newGroups.map((g) => ({
        sheet: sheetOf('targetGroups').name,
        row: null,
        key: null,
        action: 'create' as const,
        summary: `oprettes: ${g} (ny kolonne i Aktiviteter)`,
      })),
      ...diff.changes.map(describe),
    ],
    errors: diff.errors,
    notes: diff.notes,
  };
  if (!opts.apply || diff.errors.length > 0) return report;
  const changed = diff.changes.length + diff.newGroups.length + (creating ? 1 : 0);
  if (changed === 0) return { ...report, applied: true };
  const planId = await writeTx(db, async (trx) => {
    const id = creating ? await createPlan(trx, ctx, importId, plan, creating, newUnits) : plan.id;
    await applyChanges(
      trx,
      ctx,
      importId,
      id,
      ctx.principal?.key ?? null,
      diff.changes,
      diff.newGroups,
      (d, t) => opts.onProgress?.(d, t, 'skriver'),
    );
    return id;
  });
  return { ...report, plan: { id: planId, slug: plan.slug }, applied: true };
}

async function planExists(db: Kysely<DB>, slug: string | number): Promise<boolean> {
  return findPlan(db, slug).then(
    () => true,
    () => false,
  );
}

/**
 * A workbook of a plan that does not exist yet (written by `indsats import-memo -o`): compared with an empty plan
 * beside the stored reference lists. Creating a plan is an administrator's (global plan:write and reference:write,
 * as the units it names may be new).
 */
async function newPlanBook(
  db: Kysely<DB>,
  ctx: RequestContext,
  raw: RawBook,
  frame: NewPlanFrame,
): Promise<{ plan: PlanRef; stored: StoredBook }> {
  ctx.authorize('plan:write');
  ctx.authorize('reference:write');
  const plan: PlanRef = { id: 0, slug: raw.info!.slug!, title: raw.info!.title ?? raw.info!.slug! };
  const stored = await readBook(db, plan);
  const codes = new Set(stored.unitCodes);
  for (const u of frame.units) codes.add(u.code);
  return { plan, stored: { ...stored, unitCodes: [...codes], newPlan: frame } };
}

/** Create the plan (and units it names that are new), audited with the import's id. */
async function createPlan(
  trx: Transaction<DB>,
  ctx: RequestContext,
  importId: string,
  plan: PlanRef,
  frame: NewPlanFrame,
  newUnits: { code: string; name: string }[],
): Promise<number> {
  const now = new Date().toISOString();
  const items: AuditItem[] = [];
  for (const u of newUnits) {
    const { id } = await trx
      .insertInto('units')
      .values({ code: u.code, name: u.name, createdAt: now, updatedAt: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    items.push({ action: 'create', entityType: 'unit', entityId: id, before: null, after: { id, ...u } });
  }
  const unit = frame.unit
    ? await trx.selectFrom('units').select('id').where('code', '=', frame.unit).executeTakeFirst()
    : undefined;
  const values = {
    slug: plan.slug,
    title: plan.title,
    theme: frame.theme,
    periodFrom: frame.periodFrom,
    periodTo: frame.periodTo,
    unitId: unit?.id ?? null,
    organisation: frame.organisation,
  };
  const { id } = await trx
    .insertInto('plans')
    .values({ ...values, createdAt: now, updatedAt: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  items.push({ action: 'create', entityType: 'plan', entityId: id, before: null, after: { id, ...values } });
  await auditMany(trx, ctx, importId, items);
  return id;
}

/** The refusal of an import that was asked to apply a file with errors: 422 listing every error by cell. */
export function importRefused(report: ImportReport): Problem {
  const n = report.errors.length;
  return new Problem(
    422,
    'import_errors',
    `Filen har ${n} ${n === 1 ? 'fejl' : 'fejl'}, og intet er ændret. Ret dem, og importér igen.`,
    `The file has ${n} error(s); nothing was changed.`,
    report.errors[0] ? placeOf(report.errors[0]) : 'file',
    report.errors.map((e) => ({ field: placeOf(e), da: messageOf(e), en: messageOf(e) })),
    { importId: report.importId, create: report.create, update: report.update, delete: report.delete },
  );
}

/** Where an error is: "Aktiviteter!H12", or the sheet and row. */
export function placeOf(e: ImportReport['errors'][number]): string {
  if (e.cell) return `${e.sheet}!${e.cell}`;
  return e.row === null ? e.sheet : `${e.sheet}!${e.row}`;
}

/** An error as one Danish sentence: "Ark Aktiviteter, række 12, kolonne Fra dato: …". */
export function messageOf(e: ImportReport['errors'][number]): string {
  const where = [`Ark ${e.sheet}`];
  if (e.row !== null) where.push(`række ${e.row}`);
  if (e.column !== null) where.push(`kolonne ${e.column}`);
  return `${where.join(', ')}: ${e.message}`;
}

function may(ctx: RequestContext, permission: 'reference:write'): boolean {
  try {
    ctx.authorize(permission);
    return true;
  } catch {
    return false;
  }
}

async function initiativesInRounds(db: Kysely<DB>, planId: number): Promise<Set<number>> {
  const rows = await db
    .selectFrom('statusUpdates')
    .innerJoin('initiatives', 'initiatives.id', 'statusUpdates.initiativeId')
    .select('statusUpdates.initiativeId')
    .where('initiatives.planId', '=', planId)
    .distinct()
    .execute();
  return new Set(rows.map((r) => r.initiativeId));
}

/** A change in Danish for the report. */
function describe(c: Change): ImportReport['changes'][number] {
  const sheet = sheetOf(c.sheet);
  const base = { sheet: sheet.name, row: c.row, key: c.key, action: c.action };
  const label = (v: Record<string, Value> | null) =>
    String(v?.title ?? v?.name ?? v?.initiative ?? v?.target ?? '');
  if (c.action === 'create') return { ...base, summary: `oprettes: ${label(c.values)}` };
  if (c.action === 'delete') return { ...base, summary: `slettes: ${label(c.before)}` };
  const groups = Object.keys({ ...c.values, ...c.before })
    .filter((k) => k.startsWith('reach:'))
    .map((k) => k.slice(6));
  const show = (col: ReturnType<typeof columnsOf>[number], v: Value | undefined) => {
    const x = cellValue(col, v ?? null);
    if (x === null) return '(tom)';
    return x instanceof Date ? (v as string) : String(x);
  };
  const parts = columnsOf(sheet, groups)
    .filter(
      (col) => JSON.stringify(c.values[col.field] ?? null) !== JSON.stringify(c.before?.[col.field] ?? null),
    )
    .map((col) => `${col.header}: ${show(col, c.before?.[col.field])} → ${show(col, c.values[col.field])}`);
  return { ...base, summary: `opdateres: ${parts.join('; ')}` };
}
