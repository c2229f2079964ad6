// Imports an exchange-rate table from a file (issue 14 §1): Accord's `currency,date,units_per_usd` layout, or the
// ECB's euro reference rates converted to units per US dollar (domain/funding/rate-table.ts). The file's name and
// SHA-256 are kept with every rate, so a rate leads back to its file. A file with any bad row is refused whole, each
// problem named by line. Rates of the same currency, day and source are replaced (a corrected table). One
// transaction, audited. Past valuations keep the rate they were made at (their own columns).
import { createHash } from 'node:crypto';
import type { Actor } from '#domain/actor.ts';
import { AppError } from '#domain/errors.ts';
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
  };
  const importedBy = actor.kind === 'user' ? actor.userId : null;
  await db.transaction(async (t) => {
    const tx = t as unknown as Db;
    await createExchangeRatesRepo(tx).upsert(parsed.rates.map((r) => ({ ...r, source, fileName, fileSha256, importedBy, importedAt: now })));
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
