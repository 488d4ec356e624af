/** The plan workbook exchange: parameters of its routes and the import report. */
import { z } from 'zod';

/** `/plans/:plan/export.xlsx`, `/plans/:plan/import`: the plan by id or slug. */
export const ExchangeParams = z.object({ plan: z.string().min(1).max(100) });

/** `?sheet=aktiviteter`: the sheet of a CSV export, by its Danish name or its key. */
export const CsvExportQuery = z.object({
  sheet: z
    .string()
    .min(1)
    .max(40)
    .describe('Indsatser, Mål, Midler, Forbrug, Aktiviteter, Målinger, Steder, Partnere or Målgrupper.'),
});

/** Query flags of an import: a dry run unless `apply=true`. */
export const ImportQuery = z.object({
  apply: z.enum(['true', 'false']).default('false').describe('Write the changes (default: a dry run).'),
  deleteMissing: z
    .enum(['true', 'false'])
    .default('false')
    .describe('Delete stored rows missing from a sheet the file has.'),
});

/** A problem in the file: sheet, row and column as a person finds them, and a Danish message. */
export const ImportError = z.object({
  sheet: z.string(),
  row: z.number().int().nullable(),
  column: z.string().nullable(),
  cell: z.string().nullable(),
  message: z.string(),
});
export type ImportError = z.infer<typeof ImportError>;

/** One change the import makes (or, in a dry run, would make). */
export const ImportChange = z.object({
  sheet: z.string(),
  row: z.number().int().nullable(),
  key: z.string().nullable(),
  action: z.enum(['create', 'update', 'delete']),
  /** What changes, in Danish: "Målgruppe: børn og unge: 20 → 25". */
  summary: z.string(),
});

/** What an import did or would do. */
export const ImportReport = z.object({
  /** The import's id, carried by every audit entry it wrote. */
  importId: z.string(),
  plan: z.object({ id: z.number().int(), slug: z.string() }),
  applied: z.boolean(),
  create: z.number().int(),
  update: z.number().int(),
  delete: z.number().int(),
  changes: z.array(ImportChange),
  errors: z.array(ImportError),
  notes: z.array(z.string()),
});
export type ImportReport = z.infer<typeof ImportReport>;
