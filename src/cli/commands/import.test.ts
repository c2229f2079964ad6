// The CLI end to end on a copy of the test template: the commands open the configured database (DATA_DIR).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestDatabaseSettings } from '../../../test/db.ts';
import { importBatchesCommand, importCommand, revertCommand } from './import.ts';

describe('accord import / revert', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'accord-cli-'));
  let settings: Awaited<ReturnType<typeof createTestDatabaseSettings>>;
  const saved = { DATA_DIR: process.env.DATA_DIR, DATABASE_URL: process.env.DATABASE_URL };
  let out: string[] = [];
  let err: string[] = [];

  beforeAll(async () => {
    // The commands open the configured database, on PGlite or PostgreSQL as the test run is.
    settings = await createTestDatabaseSettings();
    delete process.env.DATABASE_URL;
    Object.assign(process.env, settings.env);
    vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void out.push(a.join(' ')));
    vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void err.push(a.join(' ')));
  });
  afterAll(async () => {
    vi.restoreAllMocks();
    await settings.dispose();
    for (const [k, v] of Object.entries(saved)) if (v === undefined) delete process.env[k];
    else process.env[k] = v;
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const run = async (command: () => import('commander').Command, args: string[]) => {
    out = [];
    err = [];
    await command().exitOverride().parseAsync(args, { from: 'user' });
    return out.join('\n');
  };

  it('imports two snapshots and prints the difference', async () => {
    const first = await run(importCommand, ['data/reference/untc/history/XVIII-11/2014-01-27.csv', '--format', 'untc']);
    expect(first).toMatch(/^Batch 1 \(financing1999\): 317 rows; 317 new/);
    const second = await run(importCommand, ['data/reference/untc/history/XVIII-11/2014-07-10.csv', '-f', 'untc']);
    expect(second).toContain('1 new, 0 changed, 317 unchanged');
    expect(second).toContain('TLS Timor-Leste: accession 2014-05-27');
  });

  it('fails on a bad file with the issues on stderr, and on a missing publisher', async () => {
    const bad = path.join(dir, 'bad.csv');
    fs.writeFileSync(bad, 'Participant,Signature,Ratification\nChad,,31 Feb 2004\n');
    await expect(run(importCommand, [bad, '-f', 'untc', '-i', 'financing1999'])).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(err.join('\n')).toContain('"31 Feb 2004" in column Ratification is not a date');
    await expect(run(importCommand, [bad, '-f', 'accord-csv', '-i', 'financing1999'])).rejects.toThrow(/--publisher is required/);
  });

  it('imports a Fedlex table, names the entity that is not a State, and shows the batch log', async () => {
    const hague = await run(importCommand, ['data/reference/fedlex/hague1970_fr_20250324.html', '-f', 'fedlex', '-i', 'hague1970']);
    // The table's own date names the source; publisher by default for the format.
    expect(hague).toMatch(/^Batch 3 \(hague1970\): 237 rows/);
    expect(hague).toContain('"Taipei chinois (Taiwan)" line 1589: ratification 1972-07-27');
    const list = await run(() => importBatchesCommand(), ['list']);
    expect(list.split('\n')[0]).toMatch(/^3\tapplied\thague1970\tFedlex \(Swiss Federal Chancellery\), as of 2025-03-24\t237 rows, 236 new/);
    const shown = await run(() => importBatchesCommand(), ['show', '3']);
    expect(shown).toContain('Source: Fedlex (Swiss Federal Chancellery), "Status list: hague1970", as of 2025-03-24');
    expect(shown).toContain('non-state: "Taipei chinois (Taiwan)" (line 1589)');
    await expect(run(() => importBatchesCommand(), ['show', '99'])).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('names every skipped row, by line and name', async () => {
    const bad = path.join(dir, 'two-bad.csv');
    fs.writeFileSync(bad, 'Participant,Signature,Ratification\nChad,,31 Feb 2004\nMali,,30 Feb 2004\nNiger,,1 Mar 2004\n');
    const r = await run(importCommand, [bad, '-f', 'untc', '-i', 'hostages1979', '--skip-invalid-rows']);
    expect(r).toContain('Skipped rows (2):');
    expect(r).toContain('Line 2 (Chad): "31 Feb 2004" in column Ratification is not a date');
    expect(r).toContain('Line 3 (Mali): "30 Feb 2004" in column Ratification is not a date');
  });

  it('reverts the latest batch and refuses it twice', async () => {
    expect(await run(revertCommand, ['2'])).toContain('Batch 2 (financing1999) reverted: 1 event(s) no longer count.');
    await expect(run(revertCommand, ['2'])).rejects.toMatchObject({ code: 'INVALID_TRANSITION' });
  });
});
