// The activity list as CSV, XLSX or iCalendar, with the same filters and the same scope as the list. Participants are
// counts; nothing about a person leaves here.
import type { Actor } from '#domain/actor.ts';
import { scopeFor } from '#domain/accounts/confidentiality.ts';
import { authorize } from '#domain/policy.ts';
import type { Db } from '#db/client.ts';
import { createActivitiesRepo } from '#db/repos/assistance/activities.repo.ts';
import { hideUnreadableLinks, toActivityView, type ActivityView } from './activity-presenters.ts';
import { toICalendar } from '../shared/ical.ts';
import { normaliseActivityFilters, type ActivitiesFilterInput } from './list-activities.ts';
import { readAll } from '../shared/paging.ts';
import { tableFile, type Table, type TableFile, type TableFormat } from '../shared/tabular.ts';
import { auditNamedPeopleReads } from '../shared/audit-named-people-reads.ts';

/** An export stops here: ten years of every entity's activities, and it bounds one request's work. */
const MAX_ROWS = 60_000;

export type ActivitiesFormat = TableFormat | 'ics';

const COLUMNS = [
  'id', 'title', 'kind', 'status', 'organisation', 'state_codes', 'themes', 'mandates', 'instrument_ids', 'start_date',
  'end_date', 'online', 'place_city', 'place_country', 'languages', 'participants_total', 'participants_female',
  'participants_male', 'participants_other_or_undisclosed', 'request_id', 'programme_id', 'strategy_id',
  'confidentiality', 'outputs', 'follow_up', 'updated_at',
];

function row(a: ActivityView): (string | number | null)[] {
  const p = a.participants;
  return [
    a.id, a.title, a.kind, a.status, a.organisationName, a.stateCodes.join(' '), a.themes.join(' '), a.mandates.join(' '),
    a.instrumentIds.join(' '), a.startDate, a.endDate, a.online ? 'yes' : 'no', a.place?.city ?? null, a.place?.countryCode ?? null,
    a.languages.join(' '), p.total, p.bySex?.female ?? null, p.bySex?.male ?? null, p.bySex?.otherOrUndisclosed ?? null,
    a.requestId, a.programmeId, a.strategyId, a.confidentiality, a.outputs, a.followUp, a.updatedAt,
  ];
}

const ICS_STATUS = { planned: 'TENTATIVE', 'in-delivery': 'CONFIRMED', completed: 'CONFIRMED', cancelled: 'CANCELLED' } as const;

export async function exportActivities(
  db: Db,
  actor: Actor,
  filters: ActivitiesFilterInput,
  format: ActivitiesFormat,
  now: Date,
): Promise<TableFile> {
  authorize(actor, 'activity:read');
  const repo = createActivitiesRepo(db);
  const scope = scopeFor(actor);
  const where = normaliseActivityFilters(filters);
  const views = await hideUnreadableLinks(repo, actor, (await readAll((page) => repo.list(scope, where, page), MAX_ROWS)).map(toActivityView));
  await auditNamedPeopleReads(db, actor, { activity: views }, `activities:export:${format}`, now);
  const stem = `accord-activities-${now.toISOString().slice(0, 10)}`;
  if (format === 'ics') {
    const body = toICalendar({
      name: 'Accord activities',
      events: views.map((a) => ({
        uid: `activity-${a.id}@accord`,
        stamp: new Date(a.updatedAt),
        startDate: a.startDate,
        endDate: a.endDate,
        summary: `${a.title} (${a.organisationAcronym ?? a.organisationName})`,
        description: [`States: ${a.stateCodes.join(', ')}`, `Themes: ${a.themes.join(', ')}`, `Kind: ${a.kind}`].join('\n'),
        location: [a.place ? [a.place.city, a.place.countryCode].filter(Boolean).join(', ') : null, a.online ? 'online' : null]
          .filter(Boolean)
          .join(' + '),
        categories: a.themes,
        status: ICS_STATUS[a.status as keyof typeof ICS_STATUS] ?? 'TENTATIVE',
      })),
    });
    return { fileName: `${stem}.ics`, contentType: 'text/calendar; charset=utf-8', body };
  }
  const table: Table = { name: 'Activities', columns: COLUMNS.map((header) => ({ header })), rows: views.map(row) };
  return tableFile(table, format, { stem, title: 'Accord activities' });
}
