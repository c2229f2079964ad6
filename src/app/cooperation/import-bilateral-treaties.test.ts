// The bilateral-treaty import as the CLI runs it (an operator label, who may import any pair): names resolved through
// the alias table, a dry run that writes nothing, a file imported whole or not at all, one audit entry per treaty.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../test/db.ts';
import { importBilateralTreaties } from './import-bilateral-treaties.ts';

let database: Awaited<ReturnType<typeof createTestDatabase>>;
const NOW = new Date('2026-03-01T00:00:00Z');
const HEADER = 'kind,state_a,state_b,title,signed_on,in_force_from,terminated_on,source,source_url,notes';
const FILE = [
  HEADER,
  'extradition,Côte d’Ivoire,France,Accord de coopération en matière de justice,1961-04-24,1961-04-24,,JORF 1962,,',
  'mla,United Kingdom of Great Britain and Northern Ireland,USA,Treaty on Mutual Legal Assistance in Criminal Matters,1994-01-06,1996-12-02,,UKTS No. 14 (1997),,',
].join('\n');

const count = async (table: 'bilateral_treaties' | 'audit_log') =>
  Number(((await database.db.execute(sql.raw(`select count(*)::int as n from ${table}`))) as unknown as { rows: { n: number }[] }).rows[0]!.n);
const run = (csv: string, dryRun: boolean) => importBilateralTreaties(database.db, 'cli:test', { fileName: 'treaties.csv', content: Buffer.from(csv), dryRun }, NOW);

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database?.dispose());

describe('importBilateralTreaties (CLI)', () => {
  it('resolves names through the alias table, and a dry run writes nothing', async () => {
    const report = await run(FILE, true);
    expect(report.issues).toEqual([]);
    expect(report.created.map((c) => [c.stateA, c.stateB])).toEqual([
      ['CIV', 'FRA'],
      ['GBR', 'USA'],
    ]);
    expect(await count('bilateral_treaties')).toBe(0);
  });

  it('imports nothing from a file with a problem', async () => {
    await expect(run(`${FILE}\nmla,FRA,Narnia,T,,,,S,,`, false)).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(await count('bilateral_treaties')).toBe(0);
  });

  it('imports the whole file in one go, with an audit entry per treaty, and skips what is there on the next run', async () => {
    const audits = await count('audit_log');
    const report = await run(FILE, false);
    expect(report).toMatchObject({ written: true, existing: [] });
    expect(await count('bilateral_treaties')).toBe(2);
    expect(await count('audit_log')).toBe(audits + 2);
    const again = await run(FILE, false);
    expect(again.created).toEqual([]);
    expect(again.existing.map((e) => e.line)).toEqual([2, 3]);
    expect(await count('bilateral_treaties')).toBe(2);
  });
});
