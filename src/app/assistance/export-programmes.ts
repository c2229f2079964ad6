// Programmes as CSV or XLSX, with the same filters and the same scope as the list. One row per programme; its
// objectives and their indicators (baseline, target, actual) in two columns.
import type { Actor } from '#domain/actor.ts';
import { scopeFor } from '#domain/accounts/confidentiality.ts';
import { authorize } from '#domain/policy.ts';
import type { Db } from '#db/client.ts';
import { createProgrammesRepo, type ProgrammeFilters } from '#db/repos/assistance/programmes.repo.ts';
import { normaliseProgrammeFilters } from './get-programme.ts';
import { readAll } from '../shared/paging.ts';
import { toProgrammeView, type ProgrammeView } from './programme-presenters.ts';
import { tableFile, type Table, type TableFile, type TableFormat } from '../shared/tabular.ts';

const MAX_ROWS = 20_000;

const COLUMNS = [
  'id', 'code', 'kind', 'name', 'organisation', 'partner_organisation_ids', 'regions', 'state_codes', 'themes',
  'mandates', 'start_date', 'end_date', 'objectives', 'indicators', 'description', 'confidentiality', 'created_at',
  'updated_at',
];

const measure = (v: number | null) => (v === null ? '-' : String(v));

function row(p: ProgrammeView): (string | number | null)[] {
  const indicators = p.objectives.flatMap((o) =>
    o.indicators.map(
      (i) => `${o.id}/${i.id} ${i.name}${i.unit ? ` (${i.unit})` : ''}: baseline ${measure(i.baseline)}, target ${measure(i.target)}, actual ${measure(i.actual)}`,
    ),
  );
  return [
    p.id, p.code, p.kind, p.name, p.organisationName, p.partnerOrganisationIds.join('; '), p.regions.join('; '),
    p.stateCodes.join('; '), p.themes.join('; '), p.mandates.join('; '), p.startDate, p.endDate,
    p.objectives.map((o) => `${o.id} ${o.text}`).join('; '), indicators.join('; '), p.description, p.confidentiality,
    p.createdAt, p.updatedAt,
  ];
}

export async function exportProgrammes(db: Db, actor: Actor, filters: ProgrammeFilters, format: TableFormat, now: Date): Promise<TableFile> {
  authorize(actor, 'programme:read');
  const repo = createProgrammesRepo(db);
  const scope = scopeFor(actor);
  const where = normaliseProgrammeFilters(filters);
  const rows = await readAll((page) => repo.list(scope, where, page), MAX_ROWS);
  const table: Table = { name: 'Programmes', columns: COLUMNS.map((header) => ({ header })), rows: rows.map(toProgrammeView).map(row) };
  const day = now.toISOString().slice(0, 10);
  return tableFile(table, format, { stem: `accord-programmes-${day}`, title: `Accord programmes, ${day}` });
}
