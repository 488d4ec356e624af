import { z } from 'zod';
import type { App } from '../../api/app-types';
import { Progress, ProgressQuery } from './schema';
import { planProgress, portfolioProgress } from './service';

/** GET /api/v1/plans/:plan/progress and GET /api/v1/progress. */
export function registerProgressRoutes(app: App): void {
  const config = { permission: 'plan:read' } as const;
  app.get(
    '/api/v1/plans/:plan/progress',
    {
      config,
      schema: {
        tags: ['progress'],
        summary: 'Progress of every initiative and target of a plan (by id or slug) as of a date',
        params: z.object({ plan: z.string().min(1).max(100) }),
        querystring: ProgressQuery,
        response: { 200: Progress },
      },
    },
    (req) => planProgress(app.db, req.ctx, req.params.plan, req.query.asOf),
  );
  app.get(
    '/api/v1/progress',
    {
      config,
      schema: {
        tags: ['progress'],
        summary: 'Progress of every initiative in the portfolio as of a date',
        querystring: ProgressQuery,
        response: { 200: Progress },
      },
    },
    (req) => portfolioProgress(app.db, req.ctx, req.query.asOf),
  );
}
