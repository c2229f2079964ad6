// The activities and programmes funded through Accord as an IATI activity file (IATI activity standard 2.03,
// https://iatistandard.org/en/iati-standard/203/activity-standard/), validated in the tests against the schema
// shipped in data/reference/funding/iati/. One iati-activity per programme and per activity that received an
// allocation on or before the day: reporting-org and implementing participating-org = the entity holding the record,
// funding participating-orgs = the donors whose money was allocated to it, incoming-funds transactions = the
// allocations (provider = the donor), expenditure transactions = the expenditure against them, each in its
// contribution's currency with exact decimals.
//
// What is left out, and why:
// - Records the caller may not read: an export is a publication of what the reader sees (funding:read is required,
//   and each record's own read rule applies on top); named-people records, never published.
// - sector: Accord's themes have no agreed mapping to the OECD-DAC purpose codes, so none is guessed.
// - Organisation identifiers: Accord holds no IATI organisation identifiers (registration agency + number), so the
//   `ref`s are Accord's own (`ACCORD-<uuid>`); a publisher replaces them with its registered identifier before
//   sending the file to the IATI Registry.
import type { Actor } from '#domain/actor.ts';
import { authorize } from '#domain/policy.ts';
import type { Db } from '#db/client.ts';
import { createFundingLedgerRepo, type OrganisationName } from '#db/repos/funding/funding-ledger.repo.ts';
import { summariseActivities, type ActivitySummary, type ProgrammeSummary } from '../assistance/summarise-activities.ts';
import { discloses, readLedger, today, type AllocationLine, type ContributionLine } from './export-ledger.ts';
import { nameOf } from '../treaties/treaty-presenters.ts';
import type { TableFile } from '../shared/tabular.ts';

export interface IatiExportFilters {
  donorOrganisationId?: string;
  /** The day the books are read on (default today). */
  asOf?: string;
}

/** Accord's activity status → IATI ActivityStatus code (1 pipeline, 2 implementation, 4 closed, 5 cancelled). */
const ACTIVITY_STATUS: Record<string, string> = { planned: '1', 'in-delivery': '2', completed: '4', cancelled: '5' };

/** Accord's organisation kind → IATI OrganisationType code (40 multilateral, 10 government, 21 international NGO). */
const ORGANISATION_TYPE: Record<string, string> = {
  'un-entity': '40',
  'regional-organisation': '40',
  'state-authority': '10',
  donor: '10',
  'civil-society': '21',
};

// Characters XML 1.0 does not allow at all (not even as references): C0 controls other than tab, newline and carriage
// return, and U+FFFE/U+FFFF. Free text typed or pasted in may hold them; they are dropped, or the file is not XML.
// eslint-disable-next-line no-control-regex
const ILLEGAL_IN_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function escapeXml(text: string): string {
  return text.replace(ILLEGAL_IN_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

const accordRef = (organisationId: string) => `ACCORD-${organisationId}`;

interface Funded {
  summary: { kind: 'activity'; record: ActivitySummary } | { kind: 'programme'; record: ProgrammeSummary };
  lines: { contribution: ContributionLine; allocation: AllocationLine }[];
}

function narrative(text: string, indent: string): string {
  return `${indent}<narrative>${escapeXml(text || '-')}</narrative>`;
}

/** Percentages of equal shares that sum to exactly 100 (the first takes the remainder), two decimals. */
function shares(n: number): string[] {
  const base = Math.floor(10000 / n);
  return Array.from({ length: n }, (_, i) => ((i === 0 ? 10000 - base * (n - 1) : base) / 100).toFixed(2));
}

function activityDates(status: string, start: string | null, end: string | null): [string, string][] {
  const out: [string, string][] = [];
  const started = status === 'in-delivery' || status === 'completed';
  if (start) out.push([started ? '2' : '1', start]);
  if (end) out.push([status === 'completed' ? '4' : '3', end]);
  return out;
}

function programmeStatus(p: ProgrammeSummary, asOf: string): string {
  if (p.startDate && p.startDate > asOf) return '1';
  if (p.endDate && p.endDate < asOf) return '4';
  return '2';
}

function iatiActivity(f: Funded, entity: OrganisationName | undefined, iso2: (code: string) => string | null, asOf: string, programmeIdentifier: (id: string) => string | null): string {
  const r = f.summary.record;
  const entityId = r.organisationId;
  const ref = accordRef(entityId);
  const identifier = `${ref}-${r.id}`;
  const entityName = entity ? nameOf(entity.names) : '';
  const title = f.summary.kind === 'activity' ? f.summary.record.title : `${f.summary.record.code} ${f.summary.record.name}`;
  const description = r.description;
  const status = f.summary.kind === 'activity' ? (ACTIVITY_STATUS[f.summary.record.status] ?? '2') : programmeStatus(f.summary.record, asOf);
  const dates =
    f.summary.kind === 'activity'
      ? activityDates(f.summary.record.status, f.summary.record.startDate, f.summary.record.endDate)
      : activityDates(status === '1' ? 'planned' : status === '4' ? 'completed' : 'in-delivery', f.summary.record.startDate, f.summary.record.endDate);
  const countries = [...new Set(r.stateCodes.map(iso2).filter((c): c is string => c !== null))];
  const pct = shares(Math.max(countries.length, 1));
  const donors = new Map(f.lines.map((l) => [l.contribution.donorOrganisationId, l.contribution.donorName]));
  const currencies = new Set(f.lines.map((l) => l.contribution.currency));
  const x: string[] = [];
  const defaultCurrency = currencies.size === 1 ? ` default-currency="${[...currencies][0]}"` : '';
  const hierarchy = f.summary.kind === 'programme' ? '1' : '2';
  x.push(`  <iati-activity xml:lang="en"${defaultCurrency} hierarchy="${hierarchy}">`);
  x.push(`    <iati-identifier>${escapeXml(identifier)}</iati-identifier>`);
  x.push(`    <reporting-org ref="${escapeXml(ref)}" type="${ORGANISATION_TYPE[entity?.kind ?? ''] ?? '40'}">`, narrative(entityName, '      '), '    </reporting-org>');
  x.push('    <title>', narrative(title, '      '), '    </title>');
  // The schema requires a description; a record with none written is described by its title.
  x.push('    <description type="1">', narrative(description.trim() || title, '      '), '    </description>');
  for (const [donorId, donorName] of donors) {
    x.push(`    <participating-org ref="${escapeXml(accordRef(donorId))}" role="1">`, narrative(donorName, '      '), '    </participating-org>');
  }
  x.push(`    <participating-org ref="${escapeXml(ref)}" role="4">`, narrative(entityName, '      '), '    </participating-org>');
  x.push(`    <activity-status code="${status}"/>`);
  for (const [type, date] of dates) x.push(`    <activity-date type="${type}" iso-date="${date}"/>`);
  countries.forEach((code, i) => {
    x.push(countries.length === 1 ? `    <recipient-country code="${code}"/>` : `    <recipient-country code="${code}" percentage="${pct[i]}"/>`);
  });
  for (const { contribution: c, allocation: a } of f.lines) {
    x.push('    <transaction>');
    x.push('      <transaction-type code="1"/>', `      <transaction-date iso-date="${a.date}"/>`);
    x.push(`      <value currency="${c.currency}" value-date="${a.date}">${a.amount}</value>`);
    x.push('      <description>', narrative(`Allocation of contribution ${c.reference || c.id}`, '        '), '      </description>');
    x.push(`      <provider-org ref="${escapeXml(accordRef(c.donorOrganisationId))}">`, narrative(c.donorName, '        '), '      </provider-org>');
    x.push('    </transaction>');
    for (const e of a.expenditures) {
      x.push('    <transaction>');
      x.push('      <transaction-type code="4"/>', `      <transaction-date iso-date="${e.date}"/>`);
      x.push(`      <value currency="${c.currency}" value-date="${e.date}">${e.amount}</value>`);
      if (e.description.trim()) x.push('      <description>', narrative(e.description, '        '), '      </description>');
      x.push('    </transaction>');
    }
  }
  if (f.summary.kind === 'activity' && f.summary.record.programmeId) {
    const parent = programmeIdentifier(f.summary.record.programmeId);
    if (parent) x.push(`    <related-activity ref="${escapeXml(parent)}" type="1"/>`);
  }
  x.push('  </iati-activity>');
  return x.join('\n');
}

/** The IATI XML document (UTF-8) of the funded records the caller may read, as on `asOf`. */
export async function exportIati(db: Db, actor: Actor, filters: IatiExportFilters, now: Date): Promise<TableFile> {
  authorize(actor, 'funding:read');
  const asOf = filters.asOf ?? today(now);
  const ledger = await readLedger(db, actor, { asOf, ...(filters.donorOrganisationId ? { donorOrganisationId: filters.donorOrganisationId } : {}) });
  const lines = ledger.contributions.flatMap((contribution) => contribution.allocations.map((allocation) => ({ contribution, allocation })));
  const summaries = await summariseActivities(db, actor, {
    activityIds: lines.flatMap((l) => (l.allocation.activityId ? [l.allocation.activityId] : [])),
    programmeIds: lines.flatMap((l) => (l.allocation.programmeId ? [l.allocation.programmeId] : [])),
  });
  const funded: Funded[] = [
    ...summaries.programmes.filter(discloses).map((p) => ({ summary: { kind: 'programme' as const, record: p }, lines: lines.filter((l) => l.allocation.programmeId === p.id) })),
    ...summaries.activities.filter(discloses).map((a) => ({ summary: { kind: 'activity' as const, record: a }, lines: lines.filter((l) => l.allocation.activityId === a.id) })),
  ];
  const entities = await createFundingLedgerRepo(db).organisations(funded.map((f) => f.summary.record.organisationId));
  const iso2 = (code: string) => summaries.states.get(code)?.iso2 ?? null;
  const exported = new Map(summaries.programmes.filter(discloses).map((p) => [p.id, `${accordRef(p.organisationId)}-${p.id}`]));
  const body = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<iati-activities version="2.03" generated-datetime="${now.toISOString().replace(/\.\d{3}Z$/, 'Z')}">`,
    ...funded.map((f) => iatiActivity(f, entities.get(f.summary.record.organisationId), iso2, asOf, (id) => exported.get(id) ?? null)),
    '</iati-activities>',
    '',
  ].join('\n');
  return { fileName: `accord-iati-activities-${asOf}.xml`, contentType: 'application/xml; charset=utf-8', body };
}
