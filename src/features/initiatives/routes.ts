/** PUT and DELETE /api/v1/initiatives/:id/assessment. */
import { z } from 'zod';
import type { App } from '../../api/app-types';
import { idParam, VersionQuery } from '../../schemas/common';
import { AssessmentBody, Initiative } from '../../schemas/initiatives';
import { setAssessment } from './assessment';

/** PUT and DELETE /api/v1/initiatives/:id/assessment. */
export function registerAssessmentRoutes(app: App): void {
  const config = { permission: 'assessment:write' } as const;
  const params = z.object({ id: idParam });
  const tags = ['initiatives'];
  app.put(
    '/api/v1/initiatives/:id/assessment',
    {
      config,
      schema: {
        tags,
        operationId: 'setInitiativeAssessment',
        summary: 'Override the computed status with an assessment (kept with reason and author)',
        params,
        body: AssessmentBody,
        response: { 200: Initiative },
      },
    },
    (req) => setAssessment(app.db, req.ctx, req.params.id, req.body, req.body.version),
  );
  app.delete(
    '/api/v1/initiatives/:id/assessment',
    {
      config,
      schema: {
        tags,
        operationId: 'deleteInitiativeAssessment',
        summary: 'Remove the assessment; the computed status applies again',
        params,
        querystring: VersionQuery,
        response: { 200: Initiative },
      },
    },
    (req) => setAssessment(app.db, req.ctx, req.params.id, null, req.query.version),
  );
}
