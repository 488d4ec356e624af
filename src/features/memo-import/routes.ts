/**
 * The memo import over HTTP: send a memo (a DOCX, PDF or text file as the request body, or JSON with its text) and
 * get the proposed plan with review marks; send the confirmed proposal back to save it.
 */
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { App } from '../../api/app-types';
import { Problem } from '../../domain/problem';
import {
  MAX_MEMO_BYTES,
  MemoApplyResult,
  MemoImportQuery,
  MemoProposal,
  MemoTextBody,
} from '../../schemas/memo-import';
import { applyProposal, readMemoFile, readMemoText } from './service';

/** The content types a memo file may be sent as. */
const FILE_TYPES = [
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/octet-stream',
  'text/plain',
];
const tags = ['memo-import'];

/** The uploaded bytes; any other body (JSON, a form) is a 415 that says what to send. */
function fileBody(body: unknown): Buffer {
  if (Buffer.isBuffer(body)) return body;
  throw new Problem(
    415,
    'unsupported_media_type',
    `Send notatet som selve filen med Content-Type ${FILE_TYPES.join(', ')} – eller teksten som JSON til /api/v1/memo-imports.`,
    `Send the memo as the file itself with Content-Type ${FILE_TYPES.join(', ')}, or its text as JSON to /api/v1/memo-imports.`,
    'file',
  );
}

/** Register the memo import routes. */
export function registerMemoImportRoutes(app: App): void {
  app.register((plugin, _opts, done) => {
    const scoped = plugin.withTypeProvider<ZodTypeProvider>();
    scoped.addContentTypeParser(
      FILE_TYPES,
      { parseAs: 'buffer', bodyLimit: MAX_MEMO_BYTES },
      (_req, body, next) => next(null, body),
    );
    scoped.post(
      '/api/v1/memo-imports/file',
      {
        bodyLimit: MAX_MEMO_BYTES,
        config: {
          permission: 'memo:import',
          problems: { 413: 'The file is over 20 MB.', 422: 'The file could not be read as a memo.' },
        },
        schema: {
          tags,
          operationId: 'readMemoFile',
          summary:
            'Read a memo file (DOCX, PDF or text, at most 20 MB) into a proposed plan; nothing is saved',
          description: 'The request body is the file itself (DOCX, PDF or UTF-8 text).',
          consumes: FILE_TYPES,
          querystring: MemoImportQuery,
          response: { 200: MemoProposal },
        },
      },
      (req) => readMemoFile(req.ctx, fileBody(req.body), req.query),
    );
    done();
  });
  app.post(
    '/api/v1/memo-imports',
    {
      bodyLimit: MAX_MEMO_BYTES,
      config: { permission: 'memo:import' },
      schema: {
        tags,
        operationId: 'readMemoText',
        summary: "Read a memo's text into a proposed plan; nothing is saved",
        body: MemoTextBody,
        response: { 200: MemoProposal },
      },
    },
    (req) => readMemoText(req.ctx, req.body.text, { asOf: req.body.asOf, slug: req.body.slug }),
  );
  app.post(
    '/api/v1/memo-imports/apply',
    {
      bodyLimit: MAX_MEMO_BYTES,
      config: { permission: 'memo:import' },
      schema: {
        tags,
        operationId: 'applyMemoProposal',
        summary: 'Save a confirmed proposal as a new plan (with its historical round)',
        body: MemoProposal,
        response: { 201: MemoApplyResult },
      },
    },
    async (req, reply) => reply.code(201).send(await applyProposal(app.db, req.ctx, req.body)),
  );
}
