// The overlap queue as CSV or XLSX, with the same filters as the queue. Exactly what the queue shows: both entities,
// their dates and statuses for every pair; an activity's title only when the reader may read that activity.
import type { Actor } from '#domain/actor.ts';
import { authorize } from '#domain/policy.ts';
import type { Db } from '#db/client.ts';
import { createCoordinationRepo, type OverlapFilters } from '#db/repos/assistance/coordination.repo.ts';
import { overlapActivitiesShown, regionLookup, toOverlapView, type OverlapView } from './coordination-presenters.ts';
import { auditNamedPeopleReads } from '../shared/audit-named-people-reads.ts';
import { normaliseOverlapFilters } from './list-overlaps.ts';
import { readAll } from '../shared/paging.ts';
import { tableFile, type Table, type TableFile, type TableFormat } from '../shared/tabular.ts';

const MAX_ROWS = 50_000;

const COLUMNS = [
  'id', 'status', 'state_codes', 'themes', 'from', 'to', 'activity_id', 'activity_organisation', 'activity_title',
  'activity_status', 'activity_start_date', 'activity_end_date', 'other_activity_id', 'other_organisation',
  'other_title', 'other_status', 'other_start_date', 'other_end_date', 'detected_at', 'resolution',
  'resolution_comment', 'resolved_by', 'resolved_at',
];

function row(o: OverlapView): (string | number | null)[] {
  const a = o.activity;
  const b = o.other;
  return [
    o.id, o.status, o.stateCodes.join('; '), o.themes.join('; '), o.from, o.to,
    a.id, a.organisationName, a.title, a.status, a.startDate, a.endDate,
    b.id, b.organisationName, b.title, b.status, b.startDate, b.endDate,
    o.detectedAt, o.resolution, o.resolutionComment, o.resolvedByName, o.resolvedAt,
  ];
}

export async function exportOverlaps(db: Db, actor: Actor, filters: OverlapFilters, format: TableFormat, now: Date): Promise<TableFile> {
  authorize(actor, 'coordination:read');
  const repo = createCoordinationRepo(db);
  const where = normaliseOverlapFilters(filters);
  const [rows, region] = await Promise.all([readAll((page) => repo.listOverlaps(where, page), MAX_ROWS), regionLookup(db)]);
  await auditNamedPeopleReads(db, actor, { activity: overlapActivitiesShown(actor, rows, region) }, `overlaps:export:${where.status}`, now);
  const table: Table = {
    name: 'Overlaps',
    columns: COLUMNS.map((header) => ({ header })),
    rows: rows.map((o) => row(toOverlapView(actor, o, region))),
  };
  const day = now.toISOString().slice(0, 10);
  return tableFile(table, format, { stem: `accord-overlaps-${where.status}-${day}`, title: `Accord overlaps (${where.status}), ${day}` });
}
