import { z } from 'zod';
import type { App } from '../../api/app-types';
import { idParam } from '../../schemas/common';
import { Progress, ProgressQuery } from '../../schemas/progress';
import { InitiativeSeries, SeriesQuery } from '../../schemas/series';
import { initiativeSeries } from './series';
import { planProgressJson, portfolioProgressJson } from './service';

/**
 * Send JSON that is already serialised. Fastify passes a Buffer through untouched (no second serialisation); the
 * route's zod schema still documents the shape in OpenAPI, and the bytes come from the typed `Progress`.
 */
function sendJson(reply: { type(t: string): { send(b: never): unknown } }, body: Buffer): void {
  reply.type('application/json; charset=utf-8').send(body as never);
}

/** GET /api/v1/plans/:plan/progress, GET /api/v1/progress and GET /api/v1/initiatives/:id/series. */
export function registerProgressRoutes(app: App): void {
  const config = { permission: 'plan:read' } as const;
  app.get(
    '/api/v1/plans/:plan/progress',
    {
      config,
      schema: {
        tags: ['progress'],
        operationId: 'getPlanProgress',
        summary: 'Progress of every initiative and target of a plan (by id or slug) as of a date',
        params: z.object({ plan: z.string().min(1).max(100) }),
        querystring: ProgressQuery,
        response: { 200: Progress },
      },
    },
    // The body is serialised once per data revision and date; the schema documents it.
    async (req, reply) =>
      sendJson(reply, await planProgressJson(app.db, req.ctx, req.params.plan, req.query.asOf)),
  );
  app.get(
    '/api/v1/progress',
    {
      config,
      schema: {
        tags: ['progress'],
        operationId: 'getPortfolioProgress',
        summary: 'Progress of every initiative in the portfolio as of a date',
        querystring: ProgressQuery,
        response: { 200: Progress },
      },
    },
    async (req, reply) => sendJson(reply, await portfolioProgressJson(app.db, req.ctx, req.query.asOf)),
  );
  app.get(
    '/api/v1/initiatives/:id/series',
    {
      config,
      schema: {
        tags: ['progress'],
        operationId: 'getInitiativeSeries',
        summary: "The chart of an initiative's targets: actual and forecast by date, the target and due date",
        params: z.object({ id: idParam }),
        querystring: SeriesQuery,
        response: { 200: InitiativeSeries },
      },
    },
    (req) => initiativeSeries(app.db, req.ctx, req.params.id, req.query.asOf),
  );
}
