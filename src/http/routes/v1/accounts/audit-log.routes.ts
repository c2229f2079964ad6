// The audit trail for administrators: list with filters, export with the same filters, and the chain's check.
import { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { AUDIT_EXPORT_FORMATS, exportAuditLog } from '#app/accounts/export-audit-log.ts';
import { getAuditLogVerification } from '#app/accounts/get-audit-log-verification.ts';
import { listAuditLog } from '#app/accounts/list-audit-log.ts';
import { errorBody, isoDateOrInstant, paging } from '#http/schemas/common.ts';
import { auditAbilities, auditAbilitiesOf, auditEntryView, auditVerification, oneWith, pageWith } from '#http/schemas/accounts/admin.ts';
import { EXPORT_RATE_LIMIT } from '../treaties/matrix.routes.ts';
import { perPersonRateLimit, typed, type RouteDeps } from '../route-deps.ts';

const errors = { 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody, 500: errorBody } as const;
const when = isoDateOrInstant;
const filters = {
  actor: z.string().trim().min(1).max(200).optional().describe('Exactly, e.g. user:<id>, token:<id>, cli:<account>.'),
  action: z.string().trim().min(1).max(100).optional().describe('e.g. person:update, invitation:create.'),
  targetType: z.string().trim().min(1).max(100).optional(),
  targetId: z.string().trim().min(1).max(200).optional(),
  from: when.optional().describe('From this date (its start) or instant, inclusive.'),
  to: when.optional().describe('To this date (its end, inclusive) or instant (exclusive).'),
};

export async function auditLogRoutes(app: FastifyInstance, deps: RouteDeps) {
  const r = typed(app);

  r.get(
    '/audit-log',
    {
      config: { access: 'audit-log:read' },
      schema: {
        summary: 'Audit trail entries, newest first',
        tags: ['administration'],
        querystring: z.strictObject({ ...filters, ...paging({ pageSize: 50, max: 500 }) }),
        response: { 200: pageWith(auditEntryView, auditAbilities), ...errors },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      const page = await listAuditLog(deps.db, request.actor, request.query);
      return { ...page, abilities: auditAbilitiesOf(request.actor) };
    },
  );

  r.get(
    '/audit-log/export',
    {
      config: { access: 'audit-log:export', rateLimit: EXPORT_RATE_LIMIT },
      schema: {
        summary: 'Download the audit trail as CSV or JSON, with the same filters as the list',
        description: 'Newest first, with each entry’s hashes. The export itself is recorded in the audit trail.',
        tags: ['administration'],
        querystring: z.strictObject({ ...filters, format: z.enum(AUDIT_EXPORT_FORMATS).default('csv') }),
        response: {
          200: {
            description: 'The file (Content-Disposition: attachment)',
            content: {
              'text/csv': { schema: z.string() },
              'application/json': {
                schema: z.object({ meta: z.record(z.string(), z.unknown()), data: z.array(auditEntryView) }),
              },
            },
          },
          ...errors,
        },
      },
    },
    async (request, reply) => {
      const { format, ...query } = request.query;
      const file = await exportAuditLog(deps.db, request.actor, query, format, deps.now());
      reply.header('content-type', file.contentType);
      reply.header('content-disposition', `attachment; filename="${file.fileName}"`);
      reply.header('cache-control', 'no-store');
      // A stream: Fastify pipes it as is, the schema only documents the file.
      return reply.send(Readable.from(file.chunks) as never);
    },
  );

  r.get(
    '/audit-log/verification',
    {
      // Walks the whole trail: a few a minute is plenty.
      config: { access: 'audit-log:read', rateLimit: perPersonRateLimit(20) },
      schema: {
        summary: 'Check the hash chain of the whole audit trail',
        description: 'Names the first entry edited, deleted or reordered behind the application’s back, if any.',
        tags: ['administration'],
        response: { 200: oneWith(auditVerification, auditAbilities), ...errors },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      const data = await getAuditLogVerification(deps.db, request.actor, {
        secretKey: deps.secretKey,
        anchorFile: deps.config.AUDIT_ANCHOR_FILE,
      });
      return { data, abilities: auditAbilitiesOf(request.actor) };
    },
  );
}
