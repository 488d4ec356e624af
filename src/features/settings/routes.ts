/** GET and PUT /api/v1/settings/days-off: read by everyone signed in, changed by administrators. */
import type { App } from '../../api/app-types';
import { DaysOff, DaysOffUpdate } from '../../schemas/settings';
import { getDaysOff, setDaysOff } from './days-off';

/** Register the settings routes. */
export function registerSettingsRoutes(app: App): void {
  const tags = ['settings'];
  app.get(
    '/api/v1/settings/days-off',
    {
      config: { permission: 'plan:read' },
      schema: {
        tags,
        operationId: 'getDaysOff',
        summary:
          'Which customary days off (grundlovsdag, 24 and 31 December) working days to a deadline leave out',
        response: { 200: DaysOff },
      },
    },
    (req) => getDaysOff(app.db, req.ctx),
  );
  app.put(
    '/api/v1/settings/days-off',
    {
      config: { permission: 'settings:write' },
      schema: {
        tags,
        operationId: 'setDaysOff',
        summary: 'Change which customary days off working days leave out (with the version as read)',
        body: DaysOffUpdate,
        response: { 200: DaysOff },
      },
    },
    (req) => setDaysOff(app.db, req.ctx, req.body),
  );
}
