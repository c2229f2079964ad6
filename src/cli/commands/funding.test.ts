// `accord funding import-rates` end to end on a copy of the test template: the shipped ECB table imported as a named
// entity officer, and a bad table refused with its lines named.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openDatabase, type Database } from '#db/client.ts';
import { exchangeRates } from '#db/schema/index.ts';
import { buildUser } from '../../../test/accounts.ts';
import { createTestDatabaseSettings } from '../../../test/db.ts';
import { fundingCommand } from './funding.ts';

describe('accord funding import-rates', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'accord-cli-'));
  let settings: Awaited<ReturnType<typeof createTestDatabaseSettings>>;
  const saved = { DATA_DIR: process.env.DATA_DIR, DATABASE_URL: process.env.DATABASE_URL };
  let out: string[] = [];
  const email = 'rates.officer@example.org';

  const open = (): Promise<Database> =>
    'DATA_DIR' in settings.env ? openDatabase({ kind: 'pglite', dataDir: settings.env.DATA_DIR }) : openDatabase({ kind: 'postgres', url: settings.env.DATABASE_URL });

  beforeAll(async () => {
    settings = await createTestDatabaseSettings();
    const database = await open();
    await buildUser(database.db, { email, role: 'entity-officer' });
    await database.close();
    delete process.env.DATABASE_URL;
    Object.assign(process.env, settings.env);
    vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void out.push(a.join(' ')));
  });
  afterAll(async () => {
    vi.restoreAllMocks();
    await settings.dispose();
    for (const [k, v] of Object.entries(saved)) if (v === undefined) delete process.env[k];
    else process.env[k] = v;
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const run = async (args: string[]) => {
    out = [];
    await fundingCommand().exitOverride().parseAsync(args, { from: 'user' });
    return out.join('\n');
  };

  it('imports the ECB table, converted to units per dollar', async () => {
    const said = await run(['import-rates', 'data/reference/funding/rates/eurofxref-hist-2013-2014.csv', '--source', 'ECB euro reference rates', '--as', email]);
    expect(said).toMatch(/^Imported 15810 rate\(s\) of \d+ currencies, 2013-01-02 to 2014-12-31, from eurofxref-hist-2013-2014.csv \(SHA-256 [0-9a-f]{64}\)/);
    expect(said).toContain('Not imported (no longer ISO 4217 currencies): CYP, EEK, LTL, LVL, MTL, ROL, SIT, SKK, TRL');
    const database = await open();
    const rows = await database.db.select({ id: exchangeRates.id }).from(exchangeRates);
    await database.close();
    expect(rows).toHaveLength(15810);
  });

  it('refuses a bad table, naming its lines, and an unknown person', async () => {
    const bad = path.join(dir, 'bad.csv');
    fs.writeFileSync(bad, 'currency,date,units_per_usd\nEUR,2014-01-02,x\n');
    await expect(run(['import-rates', bad, '--source', 'Bad', '--as', email])).rejects.toThrow(/refused/);
    expect(out.join('\n')).toContain('line 2, units_per_usd');
    await expect(run(['import-rates', bad, '--source', 'Bad', '--as', 'nobody@example.org'])).rejects.toThrow(/No active person/);
  });
});
