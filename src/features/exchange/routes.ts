/** The workbook exchange over HTTP: export a plan as XLSX or one sheet as CSV, import a file back (multipart). */
import { z } from 'zod';
import multipart from '@fastify/multipart';
import type { App } from '../../api/app-types';
import { Problem } from '../../domain/problem';
import { CsvExportQuery, ExchangeParams, ImportQuery, ImportReport } from '../../schemas/exchange';
import { contentDisposition } from '../memo/service';
import { LIMITS, tooLarge } from './limits';
import {
  authorizeImport,
  exportCsv,
  exportWorkbook,
  importFile,
  importRefused,
  type ExportFile,
} from './service';

/** Set the file's headers and return its bytes, which Fastify sends as they are. */
const send = (
  file: ExportFile,
  reply: { header(k: string, v: string): unknown; type(t: string): unknown },
): Buffer => {
  reply.header('content-disposition', contentDisposition(file.fileName, false));
  reply.type(file.contentType);
  return file.body;
};

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A file answer, for the OpenAPI document: its bytes as a binary string. */
function fileAnswer(description: string, type: string) {
  const file = z.custom<Buffer>((v) => Buffer.isBuffer(v)).meta({ type: 'string', format: 'binary' });
  return { description, content: { [type]: { schema: file } } };
}

/** Register the export and import routes. */
export function registerExchangeRoutes(app: App): void {
  const base = '/api/v1/plans/:plan';
  app.get(
    `${base}/export.xlsx`,
    {
      config: { permission: 'plan:read' },
      schema: {
        tags: ['exchange'],
        operationId: 'exportPlanWorkbook',
        summary: 'The plan as a workbook (one sheet per kind)',
        params: ExchangeParams,
        response: { 200: fileAnswer('The workbook (XLSX).', XLSX_TYPE) },
      },
    },
    async (req, reply) => send(await exportWorkbook(app.db, req.ctx, req.params.plan), reply),
  );
  app.get(
    `${base}/export.csv`,
    {
      config: { permission: 'plan:read' },
      schema: {
        tags: ['exchange'],
        operationId: 'exportPlanCsv',
        summary: 'One sheet of the workbook as CSV for Danish Excel',
        params: ExchangeParams,
        querystring: CsvExportQuery,
        response: { 200: fileAnswer('The sheet as CSV: UTF-8 with BOM, ";" between fields.', 'text/csv') },
      },
    },
    async (req, reply) => send(await exportCsv(app.db, req.ctx, req.params.plan, req.query.sheet), reply),
  );
  // Multipart only here: the rest of the API takes JSON.
  void app.register(async (scope: App) => {
    await scope.register(multipart, { limits: { files: 1, fields: 5, fileSize: LIMITS.fileBytes } });
    scope.post(
      `${base}/import`,
      {
        config: {
          permission: 'plan:write',
          problems: {
            413: 'The file is over 20 MB, unpacks to over 200 MB or holds over 500,000 rows.',
            422: 'The file is not a workbook or CSV of a plan, or (when applying) it has errors; they are listed.',
          },
        },
        schema: {
          tags: ['exchange'],
          operationId: 'importPlanFile',
          summary: 'Import a workbook or a CSV sheet (multipart field "file"): a dry run unless apply=true',
          params: ExchangeParams,
          querystring: ImportQuery,
          response: { 200: ImportReport },
        },
      },
      async (req) => {
        await authorizeImport(app.db, req.ctx, req.params.plan);
        const file = await uploaded(req);
        const apply = req.query.apply === 'true';
        const report = await importFile(app.db, req.ctx, file, {
          plan: req.params.plan,
          apply,
          deleteMissing: req.query.deleteMissing === 'true',
        });
        if (apply && report.errors.length > 0) throw importRefused(report);
        return report;
      },
    );
  });
}

/** The uploaded file, at most the size limit. */
async function uploaded(req: {
  isMultipart(): boolean;
  file(): Promise<{ toBuffer(): Promise<Buffer> } | undefined>;
}): Promise<Buffer> {
  const missing = () =>
    new Problem(
      400,
      'file_missing',
      'Send filen som multipart/form-data i feltet "file".',
      'Send the file as multipart/form-data in the field "file".',
      'file',
    );
  if (!req.isMultipart()) throw missing();
  const part = await req.file();
  if (!part) throw missing();
  try {
    return await part.toBuffer();
  } catch (err) {
    if ((err as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE')
      throw tooLarge(
        `Filen er for stor. En import må højst fylde ${LIMITS.fileBytes / 1024 / 1024} MB; del regnearket op, eller importér ét ark ad gangen som CSV.`,
        `The file is too large. An import may be at most ${LIMITS.fileBytes / 1024 / 1024} MB.`,
      );
    throw err;
  }
}
