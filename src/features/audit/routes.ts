/**
 * GET /api/v1/audit and GET /api/v1/audit.csv (administrators), GET /api/v1/initiatives/:id/history (its coordinators
 * and owners too). There is no route that changes the log.
 */
import type { App } from '../../api/app-types';
import { z } from 'zod';
import { idParam, pageOf, pageQuery } from '../../schemas/common';
import { AuditEntry, AuditPageQuery, AuditQuery } from '../../schemas/audit';
import { auditCsv, initiativeHistory, listAudit } from './service';

/** Register the audit log routes. */
export function registerAuditRoutes(app: App): void {
  const config = { permission: 'audit:read' } as const;
  const tags = ['audit'];
  app.get(
    '/api/v1/audit',
    {
      config,
      schema: {
        tags,
        operationId: 'listAuditEntries',
        summary: 'The audit log, newest first, filtered by entity, actor, action and period',
        querystring: AuditPageQuery,
        response: { 200: pageOf(AuditEntry) },
      },
    },
    (req) => listAudit(app.db, req.ctx, req.query),
  );
  app.get(
    '/api/v1/audit.csv',
    {
      config,
      schema: {
        tags,
        operationId: 'exportAuditCsv',
        summary: 'The audit log as CSV for Excel (semicolons, UTF-8 with BOM), with the same filters',
        querystring: AuditQuery,
        response: {
          200: {
            description: 'The entries, one a line.',
            content: { 'text/csv': { schema: z.string() } },
          },
        },
      },
    },
    async (req, reply) => {
      const csv = await auditCsv(app.db, req.ctx, req.query);
      reply.header('content-disposition', 'attachment; filename="revisionslog.csv"');
      return reply.type('text/csv; charset=utf-8').send(csv);
    },
  );
  app.get(
    '/api/v1/initiatives/:id/history',
    {
      config: { permission: 'history:read' },
      schema: {
        tags,
        operationId: 'getInitiativeHistory',
        summary: "An initiative's history: the audit entries of it and what belongs to it, newest first",
        params: z.object({ id: idParam }),
        querystring: pageQuery,
        response: { 200: pageOf(AuditEntry) },
      },
    },
    (req) => initiativeHistory(app.db, req.ctx, req.params.id, req.query),
  );
}
