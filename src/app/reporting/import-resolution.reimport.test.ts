// Re-importing a resolution in a language it already has (security review of issue 14): a paragraph text that
// changes is kept in the paragraph's history as a correction (field texts.<lang>, before, after, who, when, note
// "re-imported"), not only in the audit trail; paragraphs whose text is the same leave no correction.
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '#domain/actor.ts';
import { createAccountsRepo } from '#db/repos/accounts/accounts.repo.ts';
import { buildOrganisation, buildUser } from '../../../test/accounts.ts';
import { createTestDatabase } from '../../../test/db.ts';
import { TEST_NOW } from '../../../test/http.ts';
import { importResolution } from './import-resolution.ts';

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let editor: Actor;
// The corrections show who by name (buildUser names everyone "Test Person").
const EN_51_241 = fs.readFileSync(new URL('../../../data/reference/reporting/resolutions/A-RES-51-241.en.txt', import.meta.url), 'utf8');

beforeAll(async () => {
  database = await createTestDatabase();
  const unodc = await buildOrganisation(database.db, { kind: 'un-entity', name: 'UNODC', acronym: 'UNODC' });
  const e = await buildUser(database.db, { role: 'entity-officer', organisation: { id: unodc.id } }, TEST_NOW);
  editor = { kind: 'user', userId: e.user.id, platformAdmin: false, memberships: await createAccountsRepo(database.db).membershipsOf(e.user.id) };
});
afterAll(async () => {
  await database?.dispose();
});

describe('re-importing a language already held', () => {
  it('keeps each replaced paragraph text as a correction', async () => {
    const first = await importResolution(database.db, editor, { content: EN_51_241, format: 'text', language: 'en' }, TEST_NOW);
    expect(first.data.corrections).toEqual([]);
    const p1 = first.data.paragraphs.find((p) => p.kind === 'operative' && p.number === 1)!;
    const before = p1.texts.en!;
    expect(before).toMatch(/^Adopts the text contained in the annex/);

    const edited = EN_51_241.replace('1. Adopts the text contained in the annex', '1. Adopts the whole text contained in the annex');
    const later = new Date(TEST_NOW.getTime() + 60_000);
    const again = await importResolution(database.db, editor, { content: edited, format: 'text', language: 'en' }, later);
    expect(again.outcome).toBe('text-replaced');
    const after = again.data.paragraphs.find((p) => p.id === p1.id)!.texts.en!;
    expect(after).toMatch(/^Adopts the whole text contained in the annex/);
    expect(again.data.corrections).toEqual([
      expect.objectContaining({ paragraphId: p1.id, field: 'texts.en', before, after, note: 're-imported', correctedBy: 'Test Person', correctedAt: later.toISOString() }),
    ]);
  });
});
