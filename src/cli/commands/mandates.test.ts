// `accord mandates import` end to end on a copy of the test template: the shipped English A/RES/51/241, then the same
// file again (unchanged), then a refusal for a person who may not edit.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openConfiguredDatabase } from '../database.ts';
import { buildOrganisation, buildUser } from '../../../test/accounts.ts';
import { createTestDatabaseSettings } from '../../../test/db.ts';
import { mandatesCommand } from './mandates.ts';

describe('accord mandates import', () => {
  const file = 'data/reference/reporting/resolutions/A-RES-51-241.en.txt';
  let settings: Awaited<ReturnType<typeof createTestDatabaseSettings>>;
  const saved = { DATA_DIR: process.env.DATA_DIR, DATABASE_URL: process.env.DATABASE_URL };
  let out: string[] = [];
  const emails = { officer: '', donor: '' };

  beforeAll(async () => {
    settings = await createTestDatabaseSettings();
    delete process.env.DATABASE_URL;
    Object.assign(process.env, settings.env);
    const database = await openConfiguredDatabase();
    try {
      const unodc = await buildOrganisation(database.db, { kind: 'un-entity', name: 'UNODC', acronym: 'UNODC' });
      emails.officer = (await buildUser(database.db, { role: 'entity-officer', organisation: { id: unodc.id } })).user.email;
      emails.donor = (await buildUser(database.db, { role: 'donor-representative' })).user.email;
    } finally {
      await database.close();
    }
    vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void out.push(a.join(' ')));
  });
  afterAll(async () => {
    vi.restoreAllMocks();
    await settings.dispose();
    for (const [k, v] of Object.entries(saved)) if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  });

  const run = async (args: string[]) => {
    out = [];
    await mandatesCommand().exitOverride().parseAsync(args, { from: 'user' });
    return out.join('\n');
  };

  it('imports the resolution, names its reporting request, and changes nothing the second time', async () => {
    const first = await run(['import', file, '--lang', 'en', '--as', emails.officer]);
    expect(first).toMatch(/^A\/RES\/51\/241 \(en\): created; 3 preambular and 6 operative paragraphs; languages en\./);
    expect(first).toContain('51/241/OP4: report to general-assembly at session 52');
    expect(await run(['import', file, '--lang', 'en', '--as', emails.officer])).toMatch(/: unchanged;/);
  });

  it('refuses a person who may not edit the registry', async () => {
    await expect(run(['import', file, '--lang', 'en', '--as', emails.donor])).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
