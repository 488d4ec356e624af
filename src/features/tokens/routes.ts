import { z } from 'zod';
import type { App } from '../../api/app-types';
import { idParam } from '../../schemas/common';
import { createToken, listTokens, revokeToken } from './service';
import { CreatedToken, Token, TokenInput } from '../../schemas/tokens';

/** GET/POST /api/v1/tokens and DELETE /api/v1/tokens/:id (admins). */
export function registerTokenRoutes(app: App): void {
  const config = { permission: 'user:admin' } as const;
  const tags = ['tokens'];
  app.get(
    '/api/v1/tokens',
    {
      config,
      schema: {
        tags,
        operationId: 'listTokens',
        summary: 'List the API tokens (never the tokens themselves)',
        response: { 200: z.array(Token) },
      },
    },
    (req) => listTokens(app.db, req.ctx),
  );
  app.post(
    '/api/v1/tokens',
    {
      config,
      schema: {
        tags,
        operationId: 'createToken',
        summary: 'Create an API token (shown once)',
        body: TokenInput,
        response: { 201: CreatedToken },
      },
    },
    async (req, reply) => reply.code(201).send(await createToken(app.db, req.ctx, req.body)),
  );
  app.delete(
    '/api/v1/tokens/:id',
    {
      config,
      schema: {
        tags,
        operationId: 'revokeToken',
        summary: 'Revoke an API token',
        params: z.object({ id: idParam }),
        response: { 200: Token },
      },
    },
    (req) => revokeToken(app.db, req.ctx, req.params.id),
  );
}
