// Records a donor's pledge or contribution (issue 14 §1): cash in any currency, valued in US dollars at the rate of
// its date (looked up in the imported tables, or given with its source), or in kind with its valuation and basis;
// earmarked to a programme, region, theme, mandate paragraph or State, or not. Recorded by the receiving entity's
// officers (funding:write on the recipient). One transaction, audited.
import type { Actor } from '#domain/actor.ts';
import { AppError, type ErrorIssue } from '#domain/errors.ts';
import type { ContributionForm, ContributionKind } from '#domain/funding/ledger.ts';
import { AMOUNT_PROBLEM_MESSAGES, amountProblem, isCurrency } from '#domain/funding/money.ts';
import { authorize } from '#domain/policy.ts';
import { todayIso } from '#domain/treaties/dates.ts';
import type { Db } from '#db/client.ts';
import { createOrganisationsRepo } from '#db/repos/accounts/organisations.repo.ts';
import { createContributionsRepo } from '#db/repos/funding/contributions.repo.ts';
import { checkEarmark, resolveRate, type EarmarkInput, type RateInput } from './contribution-rules.ts';
import {
  auditedContribution,
  auditFunding,
  balanceView,
  contributionAbilities,
  toContributionView,
  type BalanceView,
  type ContributionAbilities,
  type ContributionView,
} from './contribution-presenters.ts';

export interface NewContribution {
  kind: ContributionKind;
  form: ContributionForm;
  donorOrganisationId: string;
  /** Default: the caller's one assisting entity. */
  recipientOrganisationId?: string | null;
  /** For a contribution: the pledge it fulfils. */
  pledgeId?: string | null;
  date: string;
  amount: string;
  currency: string;
  /** The rate, given with its source; without it, the imported rate of the date (of `rateSource` when named). */
  rate?: RateInput | null;
  rateSource?: string | null;
  inKindDescription?: string | null;
  valuationBasis?: string | null;
  earmark?: EarmarkInput;
  reference?: string;
  notes?: string;
}

export const ENTITY_KINDS: ReadonlySet<string> = new Set(['un-entity', 'regional-organisation']);

export async function recordContribution(
  db: Db,
  actor: Actor,
  input: NewContribution,
  now: Date,
): Promise<{ data: ContributionView & { balance: BalanceView }; abilities: ContributionAbilities }> {
  authorize(actor, 'funding:write');
  if (actor.kind !== 'user') throw new Error('unreachable: the policy admits only people');
  const issues: ErrorIssue[] = [];
  const issue = (field: string, code: string, message: string) => issues.push({ path: ['body', ...field.split('.')], code, message });
  const today = todayIso(now);
  const orgs = createOrganisationsRepo(db);
  const repo = createContributionsRepo(db);
  const currency = input.currency.trim().toUpperCase();

  const donor = await orgs.findById(input.donorOrganisationId);
  if (!donor) issue('donorOrganisationId', 'not_found', 'no such organisation');
  else if (donor.kind !== 'donor') issue('donorOrganisationId', 'not_donor', 'the organisation is not a donor');

  const entities = [...new Set(actor.memberships.filter((m) => m.role === 'entity-officer' && ENTITY_KINDS.has(m.organisationKind)).map((m) => m.organisationId))];
  const recipientOrganisationId = input.recipientOrganisationId ?? (entities.length === 1 ? entities[0]! : null);
  if (!recipientOrganisationId) issue('recipientOrganisationId', 'required', 'say which of your entities receives it');

  if (input.kind === 'contribution' && input.date > today) issue('date', 'in_future', 'a contribution is recorded when received: it cannot be dated after today');
  if (!isCurrency(currency)) issue('currency', 'unknown_currency', `${currency} is not an ISO 4217 currency code`);
  else {
    const problem = amountProblem(input.amount, currency);
    if (problem) issue('amount', problem, AMOUNT_PROBLEM_MESSAGES[problem]);
  }

  if (input.form === 'in-kind') {
    if (!input.inKindDescription?.trim()) issue('inKindDescription', 'required', 'say what was given');
    if (!input.valuationBasis?.trim()) issue('valuationBasis', 'required', 'say how it was valued');
  } else if (input.inKindDescription?.trim() || input.valuationBasis?.trim()) {
    issue('inKindDescription', 'not_allowed', 'only a contribution in kind has a description and valuation basis');
  }

  if (input.pledgeId) {
    if (input.kind !== 'contribution') issue('pledgeId', 'not_allowed', 'only a contribution fulfils a pledge');
    else {
      const pledge = /^[0-9a-f-]{36}$/i.test(input.pledgeId) ? await repo.findById(input.pledgeId) : undefined;
      if (!pledge || pledge.kind !== 'pledge') issue('pledgeId', 'not_found', 'no such pledge');
      else if (pledge.donorOrganisationId !== input.donorOrganisationId) issue('pledgeId', 'other_donor', "the pledge is another donor's");
      // A pledge is fulfilled by money to the entity it was made to, in its currency: else the pledge's balance
      // would count another entity's receipts, or sum two currencies.
      else if (pledge.recipientOrganisationId !== recipientOrganisationId) issue('pledgeId', 'other_recipient', 'the pledge was made to another entity');
      else if (pledge.currency !== currency) issue('pledgeId', 'other_currency', `the pledge is in ${pledge.currency}, not ${currency}`);
    }
  }

  const earmark = await checkEarmark(db, input.earmark ?? { kind: 'none' }, issue);
  const rate = isCurrency(currency) ? await resolveRate(db, currency, input.date, input.rate, input.rateSource, issue) : null;
  if (issues.length > 0) throw new AppError('VALIDATION_FAILED', 'The request is not valid.', { issues });

  const target = { kind: 'funding' as const, donorOrganisationId: input.donorOrganisationId, recipientOrganisationId: recipientOrganisationId! };
  authorize(actor, 'funding:write', target);
  const recipient = await orgs.findById(recipientOrganisationId!);
  if (!recipient || !ENTITY_KINDS.has(recipient.kind)) throw new AppError('VALIDATION_FAILED', 'The request is not valid.', { issues: [{ path: ['body', 'recipientOrganisationId'], code: 'not_entity', message: 'the recipient must be an assisting entity' }] });

  const saved = await db.transaction(async (t) => {
    const tx = t as unknown as Db;
    const row = await createContributionsRepo(tx).insert({
      kind: input.kind,
      form: input.form,
      donorOrganisationId: input.donorOrganisationId,
      recipientOrganisationId: recipientOrganisationId!,
      pledgeId: input.pledgeId ?? null,
      date: input.date,
      amount: input.amount.trim(),
      currency,
      unitsPerUsd: rate!.unitsPerUsd,
      rateDate: rate!.rateDate,
      rateSource: rate!.source,
      inKindDescription: input.form === 'in-kind' ? input.inKindDescription!.trim() : null,
      valuationBasis: input.form === 'in-kind' ? input.valuationBasis!.trim() : null,
      earmarkKind: earmark!.kind,
      earmarkValue: earmark!.value,
      reference: (input.reference ?? '').trim(),
      notes: (input.notes ?? '').trim(),
      createdBy: actor.userId,
      createdAt: now,
      updatedAt: now,
    });
    await auditFunding(tx, actor, 'contribution:create', 'contribution', row.id, { before: null, after: auditedContribution(row) }, now);
    return row;
  });
  return { data: { ...toContributionView(saved), balance: balanceView(saved, [], today) }, abilities: contributionAbilities(actor, saved) };
}

