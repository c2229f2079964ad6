// Needs as CSV or XLSX, with the same filters and the same scope as the list (applied in SQL: a need the caller
// could not open is never in the file), or the uncovered ones as their view lists them. One row per need, with its
// source.
import type { Actor } from '#domain/actor.ts';
import { scopeFor } from '#domain/accounts/confidentiality.ts';
import { authorize } from '#domain/policy.ts';
import type { Db } from '#db/client.ts';
import { createNeedsRepo, type NeedFilters } from '#db/repos/assistance/needs.repo.ts';
import { normaliseNeedFilters } from './list-needs.ts';
import { listUncoveredNeedViews } from './list-uncovered-needs.ts';
import { needViews, type NeedView } from './need-presenters.ts';
import { readAll } from '../shared/paging.ts';
import { tableFile, type Table, type TableFile, type TableFormat } from '../shared/tabular.ts';

const MAX_ROWS = 50_000;

const COLUMNS = [
  'id', 'state_code', 'themes', 'instrument_ids', 'description', 'source_title', 'source_organisation',
  'source_document_id', 'assessed_on', 'status', 'confidentiality', 'organisation', 'created_at', 'updated_at',
];

function row(n: NeedView): (string | number | null)[] {
  return [
    n.id, n.stateCode, n.themes.join('; '), n.instrumentIds.join('; '), n.description, n.sourceTitle,
    n.sourceOrganisationName, n.sourceDocumentId, n.assessedOn, n.status, n.confidentiality, n.ownerOrganisationName,
    n.createdAt, n.updatedAt,
  ];
}

export async function exportNeeds(db: Db, actor: Actor, filters: NeedFilters, format: TableFormat, now: Date): Promise<TableFile> {
  authorize(actor, 'need:read');
  const repo = createNeedsRepo(db);
  const scope = scopeFor(actor);
  const where = normaliseNeedFilters(filters);
  const rows = await readAll((page) => repo.list(scope, where, page), MAX_ROWS);
  const day = now.toISOString().slice(0, 10);
  return needsFile(await needViews(db, actor, rows), format, `accord-needs-${day}`, `Accord needs identified by assessments, ${day}`);
}

export async function exportUncoveredNeeds(
  db: Db,
  actor: Actor,
  filters: Omit<NeedFilters, 'status'>,
  format: TableFormat,
  now: Date,
): Promise<TableFile> {
  const views = await listUncoveredNeedViews(db, actor, filters);
  const day = now.toISOString().slice(0, 10);
  return needsFile(views, format, `accord-uncovered-needs-${day}`, `Accord needs nobody covers, ${day}`);
}

function needsFile(views: NeedView[], format: TableFormat, stem: string, title: string): Promise<TableFile> {
  const table: Table = { name: 'Needs', columns: COLUMNS.map((header) => ({ header })), rows: views.map(row) };
  return tableFile(table, format, { stem, title });
}
