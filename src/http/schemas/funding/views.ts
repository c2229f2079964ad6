// Schemas of the funding views: a donor's page (where its money went) and the exports of the books (CSV, XLSX, IATI).
// Amounts are decimal strings in their currency, never numbers: JSON numbers are floating point.
import { z } from 'zod';
import { isoDate, localizedText } from '../common.ts';

const uuid = z.uuid();
const decimal = z.string().regex(/^-?\d+(\.\d+)?$/).describe('An exact decimal, as text.');
const currency = z.string().regex(/^[A-Z]{3}$/).describe('ISO 4217 code.');

export const fundingAsOfQuery = z.strictObject({
  asOf: isoDate.optional().describe('The day the books are read on (YYYY-MM-DD). Default: today.'),
});

export const contributionsExportQuery = z.strictObject({
  format: z.enum(['csv', 'xlsx']).default('csv'),
  donorOrganisationId: uuid.optional(),
  kind: z.enum(['pledge', 'contribution']).optional(),
  asOf: isoDate.optional().describe('The day of the balances (YYYY-MM-DD). Default: today.'),
});

export const iatiExportQuery = z.strictObject({
  donorOrganisationId: uuid.optional(),
  asOf: isoDate.optional().describe('The day the books are read on (YYYY-MM-DD). Default: today.'),
});

export const iatiFileResponse = {
  description: 'An IATI activity file, standard 2.03 (Content-Disposition: attachment)',
  content: { 'application/xml': { schema: z.string() } },
};

const currencyTotal = z.object({ currency, amount: decimal, usd: decimal }).meta({ id: 'FundingCurrencyTotal' });
const participants = z.object({ total: z.number().int(), female: z.number().int(), male: z.number().int(), other: z.number().int() }).meta({ id: 'FundingParticipants' });
const resultSummary = z
  .object({
    id: uuid,
    kind: z.string(),
    stateCode: z.string(),
    instrumentId: z.string().nullable(),
    date: z.string(),
    participationEventId: z.number().int().nullable(),
    documentId: uuid.nullable(),
  })
  .meta({ id: 'FundedResult' });

const expenditureLine = z.object({ id: uuid, date: z.string(), amount: decimal, description: z.string() });
const allocationLine = z.object({
  id: uuid,
  contributionId: uuid,
  programmeId: uuid.nullable(),
  activityId: uuid.nullable(),
  date: z.string(),
  amount: decimal,
  spent: decimal,
  balance: decimal,
  notes: z.string(),
  expenditures: z.array(expenditureLine),
});
export const contributionLine = z
  .object({
    id: uuid,
    kind: z.string(),
    form: z.string(),
    donorOrganisationId: uuid,
    donorName: z.string(),
    recipientOrganisationId: uuid,
    recipientName: z.string(),
    date: z.string(),
    currency,
    amount: decimal,
    unitsPerUsd: decimal,
    rateDate: z.string(),
    rateSource: z.string(),
    amountUsd: decimal,
    earmarkKind: z.string(),
    earmarkValue: z.string().nullable(),
    reference: z.string(),
    allocated: decimal,
    spent: decimal,
    balance: decimal,
    balanceUsd: decimal,
    allocations: z.array(allocationLine),
  })
  .meta({ id: 'FundingLedgerContribution' });

const totalsRow = { pledged: decimal, received: decimal, allocated: decimal, spent: decimal, balance: decimal };

export const donorFundingResponse = z
  .object({
    data: z.object({
      donor: z.object({ id: uuid, name: z.string(), names: localizedText, acronym: z.string().nullable() }),
      asOf: z.string(),
      totals: z.array(z.object({ currency, ...totalsRow })),
      totalsUsd: z.object(totalsRow),
      contributions: z.array(contributionLine),
      programmes: z.array(z.object({ id: uuid, code: z.string(), name: z.string(), allocated: z.array(currencyTotal), spent: z.array(currencyTotal) })),
      activities: z.array(
        z.object({
          id: uuid,
          title: z.string(),
          status: z.string(),
          startDate: z.string(),
          endDate: z.string(),
          stateCodes: z.array(z.string()),
          themes: z.array(z.string()),
          programmeId: uuid.nullable(),
          allocated: z.array(currencyTotal),
          spent: z.array(currencyTotal),
          participants,
          results: z.array(resultSummary),
        }),
      ),
      undisclosed: z
        .object({
          programmes: z.number().int(),
          activities: z.number().int(),
          allocated: z.array(currencyTotal),
          participants,
          resultsByKind: z.record(z.string(), z.number().int()),
        })
        .describe('Funded programmes and activities the reader may not read: counted and summed, never named.'),
      byState: z.array(z.object({ stateCode: z.string(), activities: z.number().int(), allocatedUsd: decimal })),
      byTheme: z.array(z.object({ theme: z.string(), activities: z.number().int(), allocatedUsd: decimal })),
      participants,
      resultsByKind: z.record(z.string(), z.number().int()),
    }),
    abilities: z.object({ export: z.boolean() }),
  })
  .meta({ id: 'DonorFunding' });
