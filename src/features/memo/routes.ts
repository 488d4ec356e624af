/** The memo files: a round's memo, and a quick draft for a plan as of a date. */
import type { App } from '../../api/app-types';
import { AsOfQuery, MemoFile, PlanMemoParams, RoundMemoParams, VariantQuery } from '../../schemas/memo';
import { contentDisposition, planDraftMemo, roundMemo, type RenderedMemo } from './service';

/** Register the memo routes. */
export function registerMemoRoutes(app: App): void {
  const base = '/api/v1/rounds/:id';
  /** Set the file's headers and return its bytes, which Fastify sends as they are. */
  const send = (
    memo: RenderedMemo,
    reply: { header(k: string, v: string): unknown; type(t: string): unknown },
    inline: boolean,
  ): Buffer => {
    reply.header('content-disposition', contentDisposition(memo.fileName, inline));
    reply.type(memo.contentType);
    return memo.body;
  };
  app.get(
    `${base}/memo.:format`,
    {
      config: { permission: 'memo:read' },
      schema: {
        tags: ['memo'],
        operationId: 'getRoundMemo',
        summary: 'The memo (Bilag) as DOCX, PDF or HTML, in the committee or the working version',
        params: RoundMemoParams,
        querystring: VariantQuery,
        response: { 200: MemoFile },
      },
    },
    async (req, reply) =>
      send(
        await roundMemo(app.db, req.ctx, req.params.id, req.params.format, req.query.variant),
        reply,
        req.params.format === 'html',
      ),
  );
  app.get(
    '/api/v1/plans/:plan/memo.:format',
    {
      config: { permission: 'memo:read' },
      schema: {
        tags: ['memo'],
        operationId: 'getPlanDraftMemo',
        summary: 'A quick draft memo for a plan as of a date, without a round',
        params: PlanMemoParams,
        querystring: AsOfQuery,
        response: { 200: MemoFile },
      },
    },
    async (req, reply) =>
      send(
        await planDraftMemo(
          app.db,
          req.ctx,
          req.params.plan,
          req.query.asOf,
          req.params.format,
          req.query.variant,
        ),
        reply,
        req.params.format === 'html',
      ),
  );
}
