/** GET /api/v1/audit and GET /api/v1/audit.csv (administrators). There is no route that changes the log. */
import type { App } from '../../api/app-types';
import { pageOf } from '../../schemas/common';
import { AuditEntry, AuditPageQuery, AuditQuery } from '../../schemas/audit';
import { auditCsv, listAudit } from './service';

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
        summary: 'The audit log as CSV for Excel (semicolons, UTF-8 with BOM), with the same filters',
        querystring: AuditQuery,
      },
    },
    async (req, reply) => {
      const csv = await auditCsv(app.db, req.ctx, req.query);
      reply.header('content-disposition', 'attachment; filename="revisionslog.csv"');
      return reply.type('text/csv; charset=utf-8').send(csv);
    },
  );
}
