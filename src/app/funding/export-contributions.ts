// The contributions and pledges the caller may read, with their allocations, the expenditure against them and the
// balances on a day, as CSV (one flat table, a `line` column saying contribution, allocation or expenditure) or XLSX
// (the same table, and one sheet each for contributions, allocations and expenditure). Amounts are exact decimals
// written as text, so no spreadsheet turns them into floating point. An allocation to a programme or activity the
// reader may not read keeps its amount, without the record's id.
import type { Actor } from '#domain/actor.ts';
import { authorize } from '#domain/policy.ts';
import type { Db } from '#db/client.ts';
import { summariseActivities } from '../assistance/summarise-activities.ts';
import { discloses, readLedger, today, withUndisclosedTargetsHidden, type ContributionLine } from './export-ledger.ts';
import { tableFile, toXlsx, type CellValue, type Table, type TableFile, type TableFormat } from '../shared/tabular.ts';

export interface ContributionsExportFilters {
  donorOrganisationId?: string;
  kind?: 'pledge' | 'contribution';
  /** The day of the balances (default today). */
  asOf?: string;
}

const FLAT = [
  'line', 'contribution_id', 'allocation_id', 'expenditure_id', 'kind', 'form', 'donor', 'recipient', 'date', 'currency', 'amount',
  'units_per_usd', 'rate_date', 'rate_source', 'amount_usd', 'earmark_kind', 'earmark_value', 'programme_id', 'activity_id',
  'allocated', 'spent', 'balance', 'balance_usd', 'reference', 'description',
];

function flatRows(c: ContributionLine): CellValue[][] {
  const rows: CellValue[][] = [
    [
      'contribution', c.id, null, null, c.kind, c.form, c.donorName, c.recipientName, c.date, c.currency, c.amount, c.unitsPerUsd, c.rateDate,
      c.rateSource, c.amountUsd, c.earmarkKind, c.earmarkValue, null, null, c.allocated, c.spent, c.balance, c.balanceUsd, c.reference, null,
    ],
  ];
  for (const a of c.allocations) {
    rows.push([
      'allocation', c.id, a.id, null, null, null, c.donorName, c.recipientName, a.date, c.currency, a.amount, null, null, null, null, null, null,
      a.programmeId, a.activityId, null, a.spent, a.balance, null, null, a.notes,
    ]);
    for (const e of a.expenditures) {
      rows.push([
        'expenditure', c.id, a.id, e.id, null, null, c.donorName, c.recipientName, e.date, c.currency, e.amount, null, null, null, null, null,
        null, a.programmeId, a.activityId, null, null, null, null, null, e.description,
      ]);
    }
  }
  return rows;
}

export async function exportContributions(db: Db, actor: Actor, filters: ContributionsExportFilters, format: TableFormat, now: Date): Promise<TableFile> {
  authorize(actor, 'funding:read');
  const asOf = filters.asOf ?? today(now);
  const ledger = await readLedger(db, actor, {
    asOf,
    ...(filters.donorOrganisationId ? { donorOrganisationId: filters.donorOrganisationId } : {}),
    ...(filters.kind ? { kind: filters.kind } : {}),
  });
  // An allocation names its programme or activity only where the reader may read that record.
  const allocated = ledger.contributions.flatMap((c) => c.allocations);
  const summaries = await summariseActivities(db, actor, {
    activityIds: allocated.flatMap((a) => (a.activityId ? [a.activityId] : [])),
    programmeIds: allocated.flatMap((a) => (a.programmeId ? [a.programmeId] : [])),
  });
  const disclosed = new Set([...summaries.activities, ...summaries.programmes].filter(discloses).map((r) => r.id));
  const contributionLines = withUndisclosedTargetsHidden(ledger.contributions, disclosed);
  const stem = `accord-contributions-${asOf}`;
  const title = `Accord contributions, balances on ${asOf}`;
  const flat: Table = { name: 'Funding', columns: FLAT.map((header) => ({ header })), rows: contributionLines.flatMap(flatRows) };
  if (format === 'csv') return tableFile(flat, 'csv', { stem, title });
  const contributions: Table = {
    name: 'Contributions',
    columns: ['id', 'kind', 'form', 'donor', 'recipient', 'date', 'currency', 'amount', 'units_per_usd', 'rate_date', 'rate_source', 'amount_usd',
      'earmark_kind', 'earmark_value', 'allocated', 'spent', 'balance', 'balance_usd', 'reference'].map((header) => ({ header })),
    rows: contributionLines.map((c) => [
      c.id, c.kind, c.form, c.donorName, c.recipientName, c.date, c.currency, c.amount, c.unitsPerUsd, c.rateDate, c.rateSource, c.amountUsd,
      c.earmarkKind, c.earmarkValue, c.allocated, c.spent, c.balance, c.balanceUsd, c.reference,
    ]),
  };
  const allocations: Table = {
    name: 'Allocations',
    columns: ['id', 'contribution_id', 'donor', 'programme_id', 'activity_id', 'date', 'currency', 'amount', 'spent', 'balance', 'notes'].map((header) => ({ header })),
    rows: contributionLines.flatMap((c) =>
      c.allocations.map((a) => [a.id, c.id, c.donorName, a.programmeId, a.activityId, a.date, c.currency, a.amount, a.spent, a.balance, a.notes]),
    ),
  };
  const expenditure: Table = {
    name: 'Expenditure',
    columns: ['id', 'allocation_id', 'contribution_id', 'date', 'currency', 'amount', 'description'].map((header) => ({ header })),
    rows: contributionLines.flatMap((c) => c.allocations.flatMap((a) => a.expenditures.map((e) => [e.id, a.id, c.id, e.date, c.currency, e.amount, e.description]))),
  };
  return {
    fileName: `${stem}.xlsx`,
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    body: await toXlsx([contributions, allocations, expenditure, flat], { title }),
  };
}
