// Counter-terrorism strategies as CSV or XLSX, with the same filters and the same scope as the list.
import type { Actor } from '#domain/actor.ts';
import { scopeFor } from '#domain/accounts/confidentiality.ts';
import { authorize } from '#domain/policy.ts';
import type { Db } from '#db/client.ts';
import { createActivitiesRepo } from '#db/repos/assistance/activities.repo.ts';
import { createStrategiesRepo, type StrategyFilters } from '#db/repos/assistance/strategies.repo.ts';
import { normaliseStrategyFilters } from './get-strategy.ts';
import { readAll } from '../shared/paging.ts';
import { hideUnreadableDocuments } from './activity-presenters.ts';
import { toStrategyView, type StrategyView } from './strategy-presenters.ts';
import { tableFile, type Table, type TableFile, type TableFormat } from '../shared/tabular.ts';

const MAX_ROWS = 20_000;

const COLUMNS = [
  'id', 'title', 'scope', 'state_codes', 'region', 'stage', 'stage_changed_on', 'adopted_on', 'document_id',
  'organisation', 'notes', 'confidentiality', 'created_at', 'updated_at',
];

function row(s: StrategyView): (string | number | null)[] {
  return [
    s.id, s.title, s.scope, s.stateCodes.join('; '), s.region, s.stage, s.stageChangedOn, s.adoptedOn, s.documentId,
    s.ownerOrganisationName, s.notes, s.confidentiality, s.createdAt, s.updatedAt,
  ];
}

export async function exportStrategies(db: Db, actor: Actor, filters: StrategyFilters, format: TableFormat, now: Date): Promise<TableFile> {
  authorize(actor, 'strategy:read');
  const repo = createStrategiesRepo(db);
  const scope = scopeFor(actor);
  const where = normaliseStrategyFilters(filters);
  const rows = await readAll((page) => repo.list(scope, where, page), MAX_ROWS);
  const table: Table = { name: 'Strategies', columns: COLUMNS.map((header) => ({ header })), rows: (await hideUnreadableDocuments(createActivitiesRepo(db), actor, rows.map(toStrategyView), 'documentId')).map(row) };
  const day = now.toISOString().slice(0, 10);
  return tableFile(table, format, { stem: `accord-strategies-${day}`, title: `Accord counter-terrorism strategies, ${day}` });
}
