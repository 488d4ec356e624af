/** POST /api/v1/targets/evaluate: what an unsaved target would read, for the set-up form's preview. */
import type { App } from '../../api/app-types';
import { TargetProgress } from '../../schemas/progress';
import { TargetEvaluationInput } from '../../schemas/targets';
import { evaluateUnsavedTarget } from './evaluate';

/** Register the route. */
export function registerTargetRoutes(app: App): void {
  app.post(
    '/api/v1/targets/evaluate',
    {
      config: { permission: 'target:write' },
      schema: {
        tags: ['targets'],
        operationId: 'evaluateTarget',
        summary:
          'Evaluate a target before saving it: its figure, forecast, status and reason from the initiative’s data',
        body: TargetEvaluationInput,
        response: { 200: TargetProgress },
      },
    },
    (req) => evaluateUnsavedTarget(app.db, req.ctx, req.body),
  );
}
