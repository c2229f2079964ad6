// `accord cooperation import-authorities`, `export-authorities` and `remind-requests` end to end on a copy of the test
// template.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestDatabaseSettings } from '../../../test/db.ts';
import { cooperationCommand } from './cooperation.ts';

describe('accord cooperation import-authorities / export-authorities', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'accord-cli-'));
  const sample = 'test/fixtures/authority-directory.sample.csv';
  let settings: Awaited<ReturnType<typeof createTestDatabaseSettings>>;
  const saved = { DATA_DIR: process.env.DATA_DIR, DATABASE_URL: process.env.DATABASE_URL };
  let out: string[] = [];
  let err: string[] = [];
  let stdout: string[] = [];

  beforeAll(async () => {
    settings = await createTestDatabaseSettings();
    delete process.env.DATABASE_URL;
    Object.assign(process.env, settings.env);
    vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void out.push(a.join(' ')));
    vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void err.push(a.join(' ')));
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      stdout.push(String(chunk));
      return true;
    });
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
    err = [];
    stdout = [];
    await cooperationCommand().exitOverride().parseAsync(args, { from: 'user' });
    return out.join('\n');
  };

  it('shows the difference on a dry run, then imports, then finds nothing left to import', async () => {
    expect(await run(['import-authorities', sample, '--dry-run'])).toMatch(/^Dry run, nothing written \(CHN, EGY, FRA\): 4 rows; 4 new, 0 changed/);
    const imported = await run(['import-authorities', sample]);
    expect(imported).toMatch(/^Imported \(CHN, EGY, FRA\): 4 rows; 4 new/);
    expect(imported).toContain('CHN mla: 测试数据——虚构的司法协助中心');
    expect(await run(['import-authorities', sample])).toMatch(/0 new, 0 changed, 4 unchanged/);
  });

  it('exports what the public sees unless asked for contacts, in a file that re-imports unchanged', async () => {
    await run(['export-authorities', '--state', 'FRA']);
    const publicCsv = stdout.join('');
    expect(publicCsv).toContain('TEST DATA — Bureau fictif');
    expect(publicCsv).not.toContain('entraide@example.org');
    const file = path.join(dir, 'all.csv');
    await run(['export-authorities', '--with-contacts', '-o', file]);
    expect(fs.readFileSync(file, 'utf8')).toContain('entraide@example.org');
    expect(await run(['import-authorities', file, '--dry-run'])).toMatch(/0 new, 0 changed, 4 unchanged/);
    await run(['export-authorities', '--format', 'html', '--lang', 'zh']);
    expect(stdout.join('')).toContain('国家主管机关名录');
  });

  it('refuses a file with problems, naming each by line and column', async () => {
    const bad = path.join(dir, 'bad.csv');
    fs.writeFileSync(bad, 'state,kind,name\nFRA,embassy,Somewhere\n');
    await expect(run(['import-authorities', bad])).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(err.join('\n')).toContain('2 kind: "embassy" is not a kind');
  });

  it('reminds of stalled requests as at the instant given', async () => {
    // No request was ever sent in this database: nothing is due, whenever it is run.
    expect(await run(['remind-requests', '--now', '2031-01-01T00:00:00Z'])).toBe('No request is due for a reminder.');
  });
});
