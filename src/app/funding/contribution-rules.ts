// Checks shared by recording and correcting a contribution: the earmark names something that exists, and the rate
// valuing it in US dollars is given (with its source) or found in an imported table for its date. Each problem is an
// issue with the failing field's path.
import { isMandateId, isTheme } from '#domain/assistance/themes.ts';
import type { ErrorIssue } from '#domain/errors.ts';
import { rateOn, USD_RATE_SOURCE, type RateUsed } from '#domain/funding/exchange.ts';
import type { EarmarkKind } from '#domain/funding/ledger.ts';
import { MAX_SCALE } from '#domain/funding/money.ts';
import type { Db } from '#db/client.ts';
import { createOrganisationsRepo } from '#db/repos/accounts/organisations.repo.ts';
import { createProgrammesRepo } from '#db/repos/assistance/programmes.repo.ts';
import { createExchangeRatesRepo } from '#db/repos/funding/exchange-rates.repo.ts';

export interface EarmarkInput {
  kind: EarmarkKind;
  value?: string | null;
}

export interface RateInput {
  /** Units of the currency per US dollar. */
  unitsPerUsd: string;
  source: string;
  /** The day the rate is quoted for; default: the contribution's date. */
  rateDate?: string | null;
}

type Issue = (field: string, code: string, message: string) => void;

/** The earmark as stored (value normalised: a State code upper-cased), or null after reporting an issue. */
export async function checkEarmark(db: Db, earmark: EarmarkInput, issue: Issue): Promise<{ kind: EarmarkKind; value: string | null } | null> {
  const value = earmark.value?.trim() || null;
  if (earmark.kind === 'none') {
    if (value) issue('earmark.value', 'not_allowed', 'a contribution that is not earmarked names no earmark value');
    return value ? null : { kind: 'none', value: null };
  }
  if (!value) {
    issue('earmark.value', 'required', `name the ${earmark.kind} it is earmarked to`);
    return null;
  }
  switch (earmark.kind) {
    case 'programme': {
      const ok = /^[0-9a-f-]{36}$/i.test(value) && (await createProgrammesRepo(db).findById(value)) !== undefined;
      if (!ok) issue('earmark.value', 'not_found', 'no such programme');
      return ok ? { kind: 'programme', value } : null;
    }
    case 'theme':
      if (!isTheme(value)) issue('earmark.value', 'unknown_theme', `${value} is not a theme`);
      return isTheme(value) ? { kind: 'theme', value } : null;
    case 'mandate':
      if (!isMandateId(value)) issue('earmark.value', 'unknown_mandate', `${value} is not a mandate paragraph (such as 68/187/OP9)`);
      return isMandateId(value) ? { kind: 'mandate', value } : null;
    case 'state': {
      const code = value.toUpperCase();
      const ok = await createOrganisationsRepo(db).participantExists(code);
      if (!ok) issue('earmark.value', 'not_found', `no State with code ${code}`);
      return ok ? { kind: 'state', value: code } : null;
    }
    case 'region': {
      const groups = await createOrganisationsRepo(db).regionalGroups();
      if (!groups.includes(value)) issue('earmark.value', 'unknown_region', `${value} is not a regional group (${groups.join(', ')})`);
      return groups.includes(value) ? { kind: 'region', value } : null;
    }
  }
}

const RATE = /^\d{1,18}(\.\d+)?$/;

/**
 * The rate valuing `currency` on `date`: 1 for US dollars; the rate given, with its source; else the latest imported
 * rate on or before the day (of `source` when named). None → an issue `no_rate` (never a silent 1).
 */
export async function resolveRate(db: Db, currency: string, date: string, given: RateInput | null | undefined, source: string | null | undefined, issue: Issue): Promise<RateUsed | null> {
  if (currency === 'USD') {
    if (given && given.unitsPerUsd.trim() !== '1') issue('rate.unitsPerUsd', 'usd_is_one', 'a US-dollar amount has the rate 1');
    return { unitsPerUsd: '1', rateDate: date, source: USD_RATE_SOURCE };
  }
  if (given) {
    const text = given.unitsPerUsd.trim();
    let ok = true;
    if (!RATE.test(text) || /^0+(\.0+)?$/.test(text)) {
      issue('rate.unitsPerUsd', 'invalid_rate', 'must be a positive decimal number (units of the currency per US dollar)');
      ok = false;
    } else if ((text.split('.')[1] ?? '').replace(/0+$/, '').length > MAX_SCALE) {
      issue('rate.unitsPerUsd', 'too_many_decimals', `at most ${MAX_SCALE} decimals`);
      ok = false;
    }
    if (!given.source.trim()) {
      issue('rate.source', 'required', 'say where the rate comes from');
      ok = false;
    }
    const rateDate = given.rateDate ?? date;
    if (rateDate > date) {
      issue('rate.rateDate', 'after_date', 'the rate cannot be quoted for a day after the contribution');
      ok = false;
    }
    return ok ? { unitsPerUsd: text, rateDate, source: given.source.trim() } : null;
  }
  const rows = await createExchangeRatesRepo(db).rateOn(currency, date, source ?? undefined);
  try {
    return rateOn(rows, currency, date, source ?? undefined);
  } catch {
    const from = source ? ` from "${source}"` : '';
    issue('currency', 'no_rate', `no exchange rate for ${currency}${from} on or before ${date}: import a rate table, or give the rate`);
    return null;
  }
}

export type { ErrorIssue };
