// Bulk import into the library: every row is checked first; one bad row and nothing is written (the report says
// which and why); a good manifest or folder is written whole, each record indexed for search.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisation, buildUser } from '../../../test/accounts.ts';
import { createTestDatabase } from '../../../test/db.ts';
import { makePdf } from '../../../test/documents.ts';
import { TEST_NOW } from '../../../test/http.ts';
import { importLibrary } from './import-library.ts';

let database: Awaited<ReturnType<typeof createTestDatabase>>;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'accord-library-'));
let email = '';

beforeAll(async () => {
  database = await createTestDatabase();
  const org = await buildOrganisation(database.db, { kind: 'un-entity', name: 'UNODC', acronym: 'UNODC' });
  const { user } = await buildUser(database.db, { role: 'entity-officer', organisation: { id: org.id } }, TEST_NOW);
  email = user.email;
  fs.writeFileSync(path.join(dir, 'code-penal.pdf'), makePdf(['Code penal, article 421-1', 'Constituent des actes de terrorisme, lorsqu elles sont intentionnellement en relation']));
  fs.writeFileSync(path.join(dir, 'note.txt'), 'Guidance on the rights of victims of terrorism.');
  fs.writeFileSync(path.join(dir, 'setup.exe.txt'), Buffer.from([0x4d, 0x5a, 0x00, 0x01]));
});
afterAll(async () => {
  await database?.dispose();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function count(table: 'documents' | 'search_entries'): Promise<number> {
  const r = await database.db.execute<{ n: number }>(sql.raw(`select count(*)::int as n from ${table}`));
  return Number((r as unknown as { rows: { n: number }[] }).rows[0]!.n);
}

const HEADER = 'file,title,kind,state,language,date,instruments,themes,mandates,confidentiality,source,translation_of\n';

describe('importLibrary', () => {
  it('writes nothing when a row fails, and names every problem', async () => {
    const manifest = path.join(dir, 'bad.csv');
    fs.writeFileSync(
      manifest,
      HEADER +
        'code-penal.pdf,Code pénal,national-legislation,FRA,fr,1992-07-22,,ratification-legislation,68/187/OP1,public,Légifrance,\n' +
        'missing.pdf,Missing,publication,,en,,,,,public,,\n' +
        'note.txt,Note,novel,QQQ,en,2020-13-01,,,,public,,\n',
    );
    const progress: number[] = [];
    const report = await importLibrary(database.db, { source: manifest, as: email }, TEST_NOW, (done) => progress.push(done));
    expect(report.imported).toEqual([]);
    expect(report.failures.map((f) => f.where)).toEqual(['line 3 (missing.pdf)', 'line 4 (note.txt)']);
    expect(report.failures[1]!.problems).toEqual(
      expect.arrayContaining([expect.stringMatching(/^kind:/), expect.stringMatching(/^stateCodes\.0:/), expect.stringMatching(/^documentDate:/)]),
    );
    expect(progress.at(-1)).toBe(3);
    expect(await count('documents')).toBe(0);
  });

  it('imports a whole manifest in one go, indexed for search', async () => {
    const manifest = path.join(dir, 'good.csv');
    fs.writeFileSync(
      manifest,
      HEADER +
        'code-penal.pdf,Code pénal,national-legislation,FRA,fr,1992-07-22,,ratification-legislation,68/187/OP1,public,Légifrance,\n' +
        'note.txt,Victims guidance,victims-guidance,,en,,,victims,,un-internal,,\n',
    );
    const report = await importLibrary(database.db, { source: manifest, as: email, owner: 'UNODC' }, TEST_NOW);
    expect(report.failures).toEqual([]);
    expect(report.imported).toHaveLength(2);
    expect(await count('documents')).toBe(2);
    expect(await count('search_entries')).toBe(2);
    const rows = await database.db.execute(sql`select kind, detected_language, confidentiality from documents order by title`);
    expect((rows as unknown as { rows: unknown[] }).rows).toEqual([
      { kind: 'national-legislation', detected_language: 'fr', confidentiality: 'public' },
      { kind: 'victims-guidance', detected_language: expect.anything(), confidentiality: 'un-internal' },
    ]);
  });

  it('refuses a folder holding a file that is not what its name says, then names the duplicates of a good one', async () => {
    const refused = await importLibrary(database.db, { source: dir, as: email }, TEST_NOW);
    expect(refused.imported).toEqual([]);
    expect(refused.failures).toEqual([{ where: 'setup.exe.txt', problems: [expect.stringMatching(/^file: the content is not a TXT file/)] }]);
    fs.rmSync(path.join(dir, 'setup.exe.txt'));
    const report = await importLibrary(database.db, { source: dir, as: email }, TEST_NOW);
    expect(report.imported).toHaveLength(2);
    expect(report.duplicates.map((d) => d.where)).toEqual(['code-penal.pdf', 'note.txt']);
  });
});
