// The request list as CSV or XLSX, with the same filters and the same scope as the list. One row per request, with
// its content (the needs and priorities the State wrote), never its conversation.
import type { Actor } from '#domain/actor.ts';
import { authorize } from '#domain/policy.ts';
import type { Db } from '#db/client.ts';
import { createAssistanceRequestsRepo } from '#db/repos/assistance-requests.repo.ts';
import { repoFilters, requestScope, type AssistanceRequestFilters } from './list-assistance-requests.ts';
import { toRequestView } from './request-presenters.ts';
import { toCsv, toXlsx, type Table } from './tabular.ts';

const CHUNK = 1000;
const MAX_ROWS = 50_000;

export type RequestExportFormat = 'csv' | 'xlsx';

export interface RequestsFile {
  fileName: string;
  contentType: string;
  body: string | Buffer;
}

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
  format: RequestExportFormat,
  now: Date,
): Promise<RequestsFile> {
  authorize(actor, 'assistance-request:read');
  const repo = createAssistanceRequestsRepo(db);
  const scope = requestScope(actor);
  const where = repoFilters(actor, filters);
  const table: Table = { name: 'Requests', columns: COLUMNS.map((header) => ({ header })), rows: [] };
  for (let offset = 0; offset < MAX_ROWS; offset += CHUNK) {
    const { rows } = await repo.list(scope, where, { limit: CHUNK, offset });
    for (const r of rows.map(toRequestView)) {
      table.rows.push([
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
      ]);
    }
    if (rows.length < CHUNK) break;
  }
  const day = now.toISOString().slice(0, 10);
  if (format === 'xlsx') {
    return {
      fileName: `accord-assistance-requests-${day}.xlsx`,
      contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      body: await toXlsx([table], { title: `Accord assistance requests, ${day}` }),
    };
  }
  return { fileName: `accord-assistance-requests-${day}.csv`, contentType: 'text/csv; charset=utf-8', body: toCsv(table) };
}
