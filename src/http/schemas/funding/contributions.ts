// Schemas of the funding routes: contributions (pledges and contributions, their allocations and expenditure),
// balances, and exchange-rate tables. Amounts are decimal strings ("1250.50"), never JSON numbers, so no client
// rounds them through floating point.
import { z } from 'zod';
import { CONTRIBUTION_FORMS, CONTRIBUTION_KINDS, EARMARK_KINDS } from '#domain/funding/ledger.ts';
import { isoDate, listPage, paging, recordVersion, versionField } from '../common.ts';

export const decimalAmount = z
  .string()
  .trim()
  .regex(/^\d{1,18}(\.\d{1,6})?$/, 'must be a decimal number such as 1250.50 (a point for decimals, no separators)')
  .meta({ example: '1250.50' });
const currency = z
  .string()
  .trim()
  .regex(/^[A-Za-z]{3}$/, 'must be an ISO 4217 currency code such as EUR')
  .transform((s) => s.toUpperCase())
  .meta({ example: 'EUR' });
const uuid = z.uuid();
const shortText = z.string().max(500);
const longText = z.string().max(10_000);

const earmarkInput = z.strictObject({
  kind: z.enum(EARMARK_KINDS),
  value: z.string().max(100).nullable().optional().describe('The programme id, regional group, theme id, mandate id (68/187/OP9) or State code.'),
});
const rateInput = z.strictObject({
  unitsPerUsd: decimalAmount.describe('Units of the currency per US dollar.'),
  source: z.string().trim().min(1).max(300),
  rateDate: isoDate.nullable().optional(),
});

export const contributionCreate = z
  .strictObject({
    kind: z.enum(CONTRIBUTION_KINDS),
    form: z.enum(CONTRIBUTION_FORMS),
    donorOrganisationId: uuid,
    recipientOrganisationId: uuid.nullable().optional().describe('Default: your one assisting entity.'),
    pledgeId: uuid.nullable().optional().describe('For a contribution: the pledge it fulfils.'),
    date: isoDate,
    amount: decimalAmount,
    currency,
    rate: rateInput.nullable().optional().describe('Give the rate with its source, or leave it out to use the imported rate of the date.'),
    rateSource: z.string().max(300).nullable().optional().describe('The imported table to look the rate up in (default: any).'),
    inKindDescription: longText.nullable().optional(),
    valuationBasis: longText.nullable().optional(),
    earmark: earmarkInput.optional(),
    reference: shortText.optional(),
    notes: longText.optional(),
  })
  .meta({ id: 'ContributionCreate' });

export const contributionPatch = z
  .strictObject({
    date: isoDate.optional(),
    amount: decimalAmount.optional(),
    rate: rateInput.nullable().optional(),
    rateSource: z.string().max(300).nullable().optional(),
    inKindDescription: longText.nullable().optional(),
    valuationBasis: longText.nullable().optional(),
    earmark: earmarkInput.optional(),
    reference: shortText.optional(),
    notes: longText.optional(),
    version: recordVersion,
  })
  .meta({ id: 'ContributionPatch' });

export const allocationCreate = z
  .strictObject({
    programmeId: uuid.nullable().optional(),
    activityId: uuid.nullable().optional(),
    date: isoDate,
    amount: decimalAmount,
    notes: longText.optional(),
  })
  .meta({ id: 'AllocationCreate', description: 'Exactly one of programmeId and activityId.' });

export const expenditureCreate = z
  .strictObject({ date: isoDate, amount: decimalAmount, description: longText.optional() })
  .meta({ id: 'ExpenditureCreate' });

const balance = z.object({ asOf: z.string(), received: z.string(), allocated: z.string(), balance: z.string() }).meta({ id: 'ContributionBalance' });

export const contributionView = z
  .object({
    id: z.string(),
    kind: z.enum(CONTRIBUTION_KINDS),
    form: z.enum(CONTRIBUTION_FORMS),
    donorOrganisationId: z.string(),
    recipientOrganisationId: z.string(),
    pledgeId: z.string().nullable(),
    date: z.string(),
    amount: z.string(),
    currency: z.string(),
    rate: z.object({ unitsPerUsd: z.string(), rateDate: z.string(), source: z.string() }),
    amountUsd: z.string(),
    inKindDescription: z.string().nullable(),
    valuationBasis: z.string().nullable(),
    earmark: z.object({ kind: z.enum(EARMARK_KINDS), value: z.string().nullable() }),
    reference: z.string(),
    notes: z.string(),
    createdAt: z.string(),
    updatedAt: z.string(),
    version: versionField,
    balance,
  })
  .meta({ id: 'Contribution' });

export const expenditureView = z
  .object({ id: z.string(), allocationId: z.string(), date: z.string(), amount: z.string(), description: z.string(), createdAt: z.string() })
  .meta({ id: 'Expenditure' });

export const allocationView = z
  .object({
    id: z.string(),
    contributionId: z.string(),
    programmeId: z.string().nullable(),
    activityId: z.string().nullable(),
    date: z.string(),
    amount: z.string(),
    currency: z.string(),
    notes: z.string(),
    createdAt: z.string(),
    balance: z.object({ asOf: z.string(), allocated: z.string(), spent: z.string(), balance: z.string() }),
    expenditures: z.array(expenditureView),
  })
  .meta({ id: 'Allocation' });

const contributionAbilities = z.object({ update: z.boolean(), allocate: z.boolean() }).meta({ id: 'ContributionAbilities' });

export const contributionResponse = z.object({ data: contributionView, abilities: contributionAbilities });
export const contributionDetailResponse = z
  .object({ data: contributionView.extend({ allocations: z.array(allocationView) }), abilities: contributionAbilities })
  .meta({ id: 'ContributionDetail' });
export const allocationResponse = z.object({ data: allocationView.extend({ contributionBalance: balance }) });
export const expenditureResponse = z.object({ data: expenditureView.extend({ allocation: allocationView }) });

export const contributionListQuery = z.strictObject({
  ...paging({ pageSize: 50, max: 200 }),
  donorOrganisationId: uuid.optional(),
  kind: z.enum(CONTRIBUTION_KINDS).optional(),
  earmarkKind: z.enum(EARMARK_KINDS).optional(),
});
export const contributionPage = listPage(contributionView, { asOf: z.string(), abilities: z.object({ create: z.boolean() }) }).meta({ id: 'ContributionPage' });

const figures = z.object({ pledged: z.string(), received: z.string(), allocated: z.string(), spent: z.string(), unallocated: z.string(), unspent: z.string() });
export const balancesResponse = z
  .object({
    data: z.array(
      z.object({
        donorOrganisationId: z.string(),
        donorNames: z.record(z.string(), z.string()),
        donorAcronym: z.string().nullable(),
        byCurrency: z.array(figures.extend({ currency: z.string() })),
        usd: figures,
      }),
    ),
    total: z.object({ usd: figures }),
    asOf: z.string(),
  })
  .meta({ id: 'FundingBalances' });

export const exchangeRateView = z
  .object({
    id: z.string(),
    currency: z.string(),
    date: z.string(),
    unitsPerUsd: z.string(),
    source: z.string(),
    fileName: z.string(),
    fileSha256: z.string(),
    importedAt: z.string(),
  })
  .meta({ id: 'ExchangeRate' });

export const exchangeRateListQuery = z.strictObject({
  ...paging({ pageSize: 100, max: 500 }),
  currency: z.string().regex(/^[A-Za-z]{3}$/).optional(),
  source: z.string().max(300).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
});
export const exchangeRatePage = listPage(exchangeRateView, { sources: z.array(z.string()), abilities: z.object({ import: z.boolean() }) }).meta({ id: 'ExchangeRatePage' });

export const rateTableJson = z
  .strictObject({
    source: z.string().trim().min(1).max(300).describe('The table’s name and publisher, e.g. "UN operational rates of exchange, 2014-01".'),
    fileName: z.string().trim().min(1).max(255),
    content: z.string().min(1).describe('The CSV text: currency,date,units_per_usd (or the ECB’s eurofxref-hist.csv).'),
  })
  .meta({ id: 'RateTableImport' });

export const rateImportQuery = z.strictObject({
  source: z.string().trim().min(1).max(300).optional().describe('With a text/csv body: the table’s source (required).'),
  fileName: z.string().trim().min(1).max(255).optional().describe('With a text/csv body: the file’s name (required).'),
});

export const rateImportResponse = z
  .object({
    data: z.object({
      source: z.string(),
      fileName: z.string(),
      fileSha256: z.string(),
      format: z.enum(['accord', 'ecb']),
      rates: z.number().int(),
      currencies: z.array(z.string()),
      from: z.string().nullable(),
      to: z.string().nullable(),
      skippedCurrencies: z.array(z.string()),
      unchanged: z.number().int().describe('Rates already held with the same value, left as they were.'),
    }),
  })
  .meta({ id: 'RateImportSummary' });
