// Downloading the audit trail (with the list's filters) as CSV or JSON. The file is streamed in pages, so a long
// trail never sits in memory. Exporting is audited; the file holds the trail as it was just before that entry.
import { actorLabel, type Actor } from '#domain/actor.ts';
import { authorize } from '#domain/policy.ts';
import type { Db } from '#db/client.ts';
import { createAuditRepo } from '#db/repos/accounts/audit.repo.ts';
import { createAuditLogSearchRepo, type AuditLogFilter, type AuditLogRow } from '#db/repos/accounts/audit-log-search.repo.ts';
import { toAuditEntryView } from './admin-presenters.ts';
import { auditLogFilter, type AuditLogQuery } from './list-audit-log.ts';
import { csvField } from '../shared/tabular.ts';

export const AUDIT_EXPORT_FORMATS = ['csv', 'json'] as const;
export type AuditExportFormat = (typeof AUDIT_EXPORT_FORMATS)[number];

export interface AuditLogExport {
  fileName: string;
  contentType: string;
  /** The file, in chunks. */
  chunks: AsyncIterable<string>;
}

const PAGE = 1000;
const COLUMNS = ['id', 'at', 'actor', 'action', 'target_type', 'target_id', 'before', 'after', 'prev_hash', 'hash'];

async function* rows(db: Db, filter: AuditLogFilter, beforeId: number): AsyncGenerator<AuditLogRow> {
  const repo = createAuditLogSearchRepo(db);
  let cursor = beforeId;
  for (;;) {
    const page = await repo.before(filter, cursor, PAGE);
    yield* page;
    if (page.length < PAGE) return;
    cursor = page.at(-1)!.id;
  }
}

async function* csv(entries: AsyncIterable<AuditLogRow>): AsyncGenerator<string> {
  yield `\uFEFF${COLUMNS.join(',')}\r\n`;
  for await (const r of entries) {
    const e = toAuditEntryView(r);
    const cells = [
      e.id,
      e.at,
      e.actor,
      e.action,
      e.targetType,
      e.targetId,
      e.before === null ? null : JSON.stringify(e.before),
      e.after === null ? null : JSON.stringify(e.after),
      r.prevHash,
      r.hash,
    ];
    yield `${cells.map(csvField).join(',')}\r\n`;
  }
}

async function* json(entries: AsyncIterable<AuditLogRow>, meta: Record<string, unknown>): AsyncGenerator<string> {
  yield `{"meta":${JSON.stringify(meta)},"data":[`;
  let first = true;
  for await (const r of entries) {
    yield `${first ? '' : ','}\n${JSON.stringify({ ...toAuditEntryView(r), prevHash: r.prevHash, hash: r.hash })}`;
    first = false;
  }
  yield '\n]}\n';
}

export async function exportAuditLog(
  db: Db,
  actor: Actor,
  query: AuditLogQuery,
  format: AuditExportFormat,
  now: Date,
): Promise<AuditLogExport> {
  authorize(actor, 'audit-log:export');
  const filter = auditLogFilter(query);
  const filters = Object.fromEntries(Object.entries(query).filter(([, v]) => v !== undefined && v !== ''));
  const entry = await db.transaction((tx) =>
    createAuditRepo(tx as unknown as Db).append({
      at: now.toISOString(),
      actor: actorLabel(actor),
      action: 'audit-log:export',
      targetType: 'audit-log',
      targetId: 'export',
      before: null,
      after: { format, filters },
    }),
  );
  const stamp = now.toISOString().slice(0, 19).replace(/[-:]/g, '').replace('T', '-');
  const entries = rows(db, filter, entry.id);
  return format === 'csv'
    ? { fileName: `accord-audit-log-${stamp}.csv`, contentType: 'text/csv; charset=utf-8', chunks: csv(entries) }
    : {
        fileName: `accord-audit-log-${stamp}.json`,
        contentType: 'application/json; charset=utf-8',
        chunks: json(entries, { exportedAt: now.toISOString(), exportedBy: actorLabel(actor), filters, beforeEntry: entry.id }),
      };
}
