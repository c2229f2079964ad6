// Imports an exchange-rate table from a file (issue 14 §1): Accord's `currency,date,units_per_usd` layout, or the
// ECB's euro reference rates converted to units per US dollar (domain/funding/rate-table.ts). The file's name and
// SHA-256 are kept with every rate, so a rate leads back to its file. A file with any bad row is refused whole, each
// problem named by line. A rate already held (same currency, day and source) is never changed, whoever imported it:
// the same value again is counted as unchanged; a different one refuses the whole import (400, naming currency, day
// and source), nothing written, since contributions may have been valued at it. One transaction, audited. Past valuations keep the rate they were made at (their own columns).
import { createHash } from 'node:crypto';
import type { Actor } from '#domain/actor.ts';
import { AppError } from '#domain/errors.ts';
import { Dec } from '#domain/funding/money.ts';
import { MAX_RATES, parseRateTable, type RateTableFormat } from '#domain/funding/rate-table.ts';
import { authorize } from '#domain/policy.ts';
import type { Db } from '#db/client.ts';
import { createAccountsRepo } from '#db/repos/accounts/accounts.repo.ts';
import { createExchangeRatesRepo } from '#db/repos/funding/exchange-rates.repo.ts';
import { auditFunding } from './contribution-presenters.ts';

export interface RateTableFile {
  source: string;
  fileName: string;
  content: string;
}

export interface RateImportSummary {
  source: string;
  fileName: string;
  fileSha256: string;
  format: RateTableFormat;
  rates: number;
  currencies: string[];
  from: string | null;
  to: string | null;
  skippedCurrencies: string[];
  /** Rates already held with the same value, left as they were. */
  unchanged: number;
}

/** The most problems listed in one refusal. */
const MAX_ISSUES = 100;

export async function importExchangeRates(db: Db, actor: Actor, file: RateTableFile, now: Date): Promise<{ data: RateImportSummary }> {
  authorize(actor, 'exchange-rate:import');
  const source = file.source.trim();
  const fileName = file.fileName.trim();
  const issues = [];
  if (!source) issues.push({ path: ['body', 'source'], code: 'required', message: 'name the source of the rates (publisher and table)' });
  if (!fileName) issues.push({ path: ['body', 'fileName'], code: 'required', message: "give the file's name" });
  const parsed = parseRateTable(file.content);
  for (const p of parsed.problems.slice(0, MAX_ISSUES)) {
    issues.push({ path: ['body', 'content', p.line], code: 'bad_row', message: `line ${p.line}${p.column ? `, ${p.column}` : ''}: ${p.message}` });
  }
  if (parsed.problems.length === 0 && parsed.rates.length === 0) issues.push({ path: ['body', 'content'], code: 'empty', message: 'the file holds no rate' });
  if (parsed.rates.length > MAX_RATES) issues.push({ path: ['body', 'content'], code: 'too_many', message: `at most ${MAX_RATES} rates a file` });
  if (issues.length > 0) {
    throw new AppError('VALIDATION_FAILED', `The rate table is not valid (${parsed.problems.length} problem(s)); nothing was imported.`, { issues, params: { problems: parsed.problems.length } });
  }

  const fileSha256 = createHash('sha256').update(file.content, 'utf8').digest('hex');
  const days = parsed.rates.map((r) => r.date).sort();
  const summary: RateImportSummary = {
    source,
    fileName,
    fileSha256,
    format: parsed.format,
    rates: parsed.rates.length,
    currencies: [...new Set(parsed.rates.map((r) => r.currency))].sort(),
    from: days[0] ?? null,
    to: days.at(-1) ?? null,
    skippedCurrencies: parsed.skippedCurrencies,
    unchanged: 0,
  };
  const importedBy = actor.kind === 'user' ? actor.userId : null;
  await db.transaction(async (t) => {
    const tx = t as unknown as Db;
    const repo = createExchangeRatesRepo(tx);
    const held = new Map((await repo.held(source, summary.currencies, summary.from ?? '', summary.to ?? '')).map((r) => [`${r.currency} ${r.date}`, r.unitsPerUsd]));
    const fresh = [];
    for (const r of parsed.rates) {
      const old = held.get(`${r.currency} ${r.date}`);
      if (old === undefined) fresh.push(r);
      else if (!new Dec(old).eq(r.unitsPerUsd)) {
        const message = `${source} already has ${old} ${r.currency} per US dollar on ${r.date}; this file says ${r.unitsPerUsd}. A rate held is never changed: nothing was imported.`;
        throw new AppError('VALIDATION_FAILED', message, {
          params: { currency: r.currency, date: r.date, source },
          issues: [{ path: ['body', 'content'], code: 'rate_changed', message }],
        });
      }
    }
    summary.unchanged = parsed.rates.length - fresh.length;
    await repo.insertNew(fresh.map((r) => ({ ...r, source, fileName, fileSha256, importedBy, importedAt: now })));
    await auditFunding(tx, actor, 'exchange-rate:import', 'exchange-rate-table', fileSha256, { before: null, after: summary }, now);
  });
  return { data: summary };
}

/** The import as the CLI runs it: by a person named by e-mail address (the audit trail names them). */
export async function importExchangeRatesAs(db: Db, email: string, file: RateTableFile, now: Date): Promise<{ data: RateImportSummary }> {
  const repo = createAccountsRepo(db);
  const user = await repo.findUserByEmail(email.trim().toLowerCase());
  if (!user || user.disabledAt) throw new AppError('VALIDATION_FAILED', `No active person with the address ${email}`);
  const actor: Actor = { kind: 'user', userId: user.id, platformAdmin: user.platformAdmin, memberships: await repo.membershipsOf(user.id) };
  return importExchangeRates(db, actor, file, now);
}
