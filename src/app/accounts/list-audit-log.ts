// The audit trail for administrators, newest first, with filters. Reading it is not itself audited (exporting is).
import type { Actor } from '#domain/actor.ts';
import { AppError } from '#domain/errors.ts';
import { authorize } from '#domain/policy.ts';
import type { Db } from '#db/client.ts';
import { createAuditLogSearchRepo, type AuditLogFilter } from '#db/repos/accounts/audit-log-search.repo.ts';
import { toAuditEntryView, type AuditEntryView } from './admin-presenters.ts';
import { offsetOf, type Page, type PageQuery } from '../shared/paging.ts';

export interface AuditLogQuery {
  actor?: string;
  action?: string;
  targetType?: string;
  targetId?: string;
  /** A date (YYYY-MM-DD: from its start) or an ISO timestamp; inclusive. */
  from?: string;
  /** A date (YYYY-MM-DD: to its end) or an ISO timestamp; exclusive for a timestamp. */
  to?: string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function instant(value: string, field: 'from' | 'to'): Date {
  const d = new Date(DAY.test(value) ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(d.getTime())) {
    throw new AppError('VALIDATION_FAILED', `"${field}" is not a date.`, {
      issues: [{ path: ['query', field], code: 'invalid_date', message: 'must be YYYY-MM-DD or an ISO timestamp' }],
    });
  }
  // A day given as "to" includes that whole day.
  return field === 'to' && DAY.test(value) ? new Date(d.getTime() + 24 * 3600_000) : d;
}

export function auditLogFilter(q: AuditLogQuery): AuditLogFilter {
  return {
    actor: q.actor,
    action: q.action,
    targetType: q.targetType,
    targetId: q.targetId,
    from: q.from ? instant(q.from, 'from') : undefined,
    to: q.to ? instant(q.to, 'to') : undefined,
  };
}

export async function listAuditLog(db: Db, actor: Actor, query: AuditLogQuery & PageQuery): Promise<Page<AuditEntryView>> {
  authorize(actor, 'audit-log:read');
  const filter = auditLogFilter(query);
  const repo = createAuditLogSearchRepo(db);
  const [rows, total] = await Promise.all([repo.list(filter, offsetOf(query)), repo.count(filter)]);
  return { data: rows.map(toAuditEntryView), page: query.page, pageSize: query.pageSize, total };
}
