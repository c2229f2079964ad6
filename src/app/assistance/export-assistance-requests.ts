// The request list as CSV or XLSX, with the same filters and the same scope as the list. One row per request, with
// its content (the needs and priorities the State wrote), never its conversation.
import type { Actor } from '#domain/actor.ts';
import { authorize } from '#domain/policy.ts';
import type { Db } from '#db/client.ts';
import { createAssistanceRequestsRepo } from '#db/repos/assistance/assistance-requests.repo.ts';
import { repoFilters, requestScope, type AssistanceRequestFilters } from './list-assistance-requests.ts';
import { auditNamedPeopleReads } from '../shared/audit-named-people-reads.ts';
import { toRequestViews } from './request-presenters.ts';
import { readAll } from '../shared/paging.ts';
import { tableFile, type Table, type TableFile, type TableFormat } from '../shared/tabular.ts';

const MAX_ROWS = 50_000;

const COLUMNS = [
  'reference',
  'id',
  'status',
  'status_changed_at',
  'state_code',
  'state',
  'requesting_authority',
  'addressed_to',
  'title',
  'themes',
  'instruments',
  'mandates',
  'needs',
  'priorities',
  'modality',
  'languages',
  'urgency',
  'recorded_on_behalf',
  'referred_from_request_id',
  'submitted_at',
  'created_at',
  'updated_at',
];

export async function exportAssistanceRequests(
  db: Db,
  actor: Actor,
  filters: AssistanceRequestFilters,
  format: TableFormat,
  now: Date,
): Promise<TableFile> {
  authorize(actor, 'assistance-request:read');
  const repo = createAssistanceRequestsRepo(db);
  const scope = requestScope(actor);
  const where = repoFilters(actor, filters);
  const rows = await readAll((page) => repo.list(scope, where, page), MAX_ROWS);
  await auditNamedPeopleReads(db, actor, { request: rows }, 'assistance-requests:export', now);
  const table: Table = {
    name: 'Requests',
    columns: COLUMNS.map((header) => ({ header })),
    rows: (await toRequestViews(repo, actor, rows)).map((r) => [
      r.reference,
      r.id,
      r.status,
      r.statusChangedAt,
      r.stateCode,
      r.stateName,
      r.requestingOrganisationName ?? r.requestingAuthorityName,
      r.addressedToOrganisationName,
      r.title,
      r.themes.join('; '),
      r.instrumentIds.join('; '),
      r.mandates.join('; '),
      r.needs,
      r.priorities,
      r.modality,
      r.languages.join('; '),
      r.urgency,
      r.recordedOnBehalf ? 'yes' : 'no',
      r.referredFromRequestId,
      r.submittedAt,
      r.createdAt,
      r.updatedAt,
    ]),
  };
  const day = now.toISOString().slice(0, 10);
  return tableFile(table, format, { stem: `accord-assistance-requests-${day}`, title: `Accord assistance requests, ${day}` });
}
