// Funding (issue 14 §1): donors' pledges and contributions (cash in any currency, or in kind with a valuation), their
// earmarks, the exchange rates that value them in US dollars, and their allocation to programmes and activities and
// spending against those allocations. Amounts are exact decimals (numeric), never floating point; totals and balances
// are computed from these rows, never stored (domain/funding/). Donors are organisations of kind `donor`.
import { sql } from 'drizzle-orm';
import { check, date, index, integer, numeric, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { activities, programmes } from './assistance.ts';
import { organisations, users } from './accounts.ts';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const day = (name: string) => date(name, { mode: 'string' });
/** An exact amount: 24 digits, 6 after the point (enough for every ISO 4217 currency and for rates). */
const amount = (name: string) => numeric(name, { precision: 24, scale: 6 });

/**
 * One rate of a rate table imported from a file: how many units of `currency` one US dollar buys on `date` (the UN
 * operational rates of exchange are quoted this way). A contribution keeps the rate it was valued at (its own
 * columns), so re-importing a table never changes a past valuation.
 */
export const exchangeRates = pgTable(
  'exchange_rates',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** ISO 4217 alphabetic code. */
    currency: text('currency').notNull(),
    /** The first day the rate applies; it applies until the next rate of the same currency and source. */
    date: day('date').notNull(),
    unitsPerUsd: amount('units_per_usd').notNull(),
    /** Where the rate comes from: the table's name and publisher, as imported (`UN operational rates, 2014-01`). */
    source: text('source').notNull(),
    /** The imported file's name and SHA-256, so a rate leads back to its file. */
    fileName: text('file_name').notNull(),
    fileSha256: text('file_sha256').notNull(),
    importedBy: uuid('imported_by').references(() => users.id),
    importedAt: ts('imported_at').notNull(),
  },
  (t) => [uniqueIndex('exchange_rates_currency_date_source_idx').on(t.currency, t.date, t.source), check('exchange_rates_positive', sql`${t.unitsPerUsd} > 0`)],
);

/**
 * A donor's pledge or contribution to an assisting entity. A contribution may fulfil a pledge. Cash is in its own
 * currency, valued in US dollars at the rate of its date (rate, rate date and source kept here); in kind, the
 * valuation is in `currency` with its basis described. Earmarked to one programme, region, theme, mandate paragraph
 * or State, or not earmarked.
 */
export const contributions = pgTable(
  'contributions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** pledge | contribution */
    kind: text('kind').notNull(),
    /** cash | in-kind */
    form: text('form').notNull(),
    donorOrganisationId: uuid('donor_organisation_id')
      .notNull()
      .references(() => organisations.id),
    /** The assisting entity receiving it (UNODC, …). */
    recipientOrganisationId: uuid('recipient_organisation_id')
      .notNull()
      .references(() => organisations.id),
    /** For a contribution: the pledge it fulfils, if any. */
    pledgeId: uuid('pledge_id'),
    /** The day pledged, or received. */
    date: day('date').notNull(),
    amount: amount('amount').notNull(),
    currency: text('currency').notNull(),
    /** The rate valuing it in US dollars (units of `currency` per dollar) and where it came from; 1 for USD. */
    unitsPerUsd: amount('units_per_usd').notNull(),
    rateDate: day('rate_date').notNull(),
    rateSource: text('rate_source').notNull(),
    /** In kind: what was given and how it was valued (e.g. "two trainers for 10 days at UN daily rates"). */
    inKindDescription: text('in_kind_description'),
    valuationBasis: text('valuation_basis'),
    /** none | programme | region | theme | mandate | state */
    earmarkKind: text('earmark_kind').notNull().default('none'),
    /** The programme id, regional group, theme id, mandate id (68/187/OP9) or State code; null when not earmarked. */
    earmarkValue: text('earmark_value'),
    /** The donor's or the entity's reference (agreement number). */
    reference: text('reference').notNull().default(''),
    notes: text('notes').notNull().default(''),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
    /** Bumped by every update, in the same statement; a write names the version it read (If-Match, ADR 19). */
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('contributions_donor_idx').on(t.donorOrganisationId, t.date),
    index('contributions_recipient_idx').on(t.recipientOrganisationId, t.date),
    check('contributions_amount_positive', sql`${t.amount} > 0`),
    check('contributions_rate_positive', sql`${t.unitsPerUsd} > 0`),
  ],
);

/**
 * Part of a contribution given to a programme or an activity (exactly one), in the contribution's currency, from a
 * date. The allocations of a contribution never exceed it (checked under a row lock on the contribution).
 */
export const allocations = pgTable(
  'allocations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    contributionId: uuid('contribution_id')
      .notNull()
      .references(() => contributions.id),
    programmeId: uuid('programme_id').references(() => programmes.id),
    activityId: uuid('activity_id').references(() => activities.id),
    date: day('date').notNull(),
    amount: amount('amount').notNull(),
    notes: text('notes').notNull().default(''),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [
    index('allocations_contribution_idx').on(t.contributionId, t.date),
    index('allocations_programme_idx').on(t.programmeId),
    index('allocations_activity_idx').on(t.activityId),
    check('allocations_amount_positive', sql`${t.amount} > 0`),
    check('allocations_one_target', sql`(${t.programmeId} is null) <> (${t.activityId} is null)`),
  ],
);

/** Money spent against an allocation, in its contribution's currency. Never more than the allocation. */
export const expenditures = pgTable(
  'expenditures',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    allocationId: uuid('allocation_id')
      .notNull()
      .references(() => allocations.id),
    date: day('date').notNull(),
    amount: amount('amount').notNull(),
    description: text('description').notNull().default(''),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [index('expenditures_allocation_idx').on(t.allocationId, t.date), check('expenditures_amount_positive', sql`${t.amount} > 0`)],
);
