import { z } from 'zod';
import type { App } from '../../api/app-types';
import { registerResource } from '../../api/resource-routes';
import { idParam } from '../../schemas/common';
import { setPassword } from './password';
import { users } from './resource';

/** Users (admin) and PUT /api/v1/users/:id/password (admin, or the person themself). */
export function registerUserRoutes(app: App): void {
  registerResource(app, users);
  app.put(
    '/api/v1/users/:id/password',
    {
      config: { permission: 'self' },
      schema: {
        tags: ['users'],
        operationId: 'setUserPassword',
        summary:
          'Set a password (at least 12 characters, not a common one; one’s own needs currentPassword); revokes the user’s sessions',
        params: z.object({ id: idParam }),
        body: z.object({
          password: z.string().max(1024),
          currentPassword: z
            .string()
            .max(1024)
            .optional()
            .describe('Required to change one’s own password; not when an administrator sets another’s.'),
        }),
        response: { 204: z.undefined().describe('The password is set.') },
      },
    },
    async (req, reply) => {
      await setPassword(app.db, req.ctx, req.params.id, req.body.password, req.body.currentPassword);
      return reply.code(204).send();
    },
  );
}
