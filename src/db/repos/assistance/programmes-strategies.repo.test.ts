// Reading one programme or strategy with a scope: the scope is decided in the query (the SQL twin of
// `isInScopeOfAny`), so a record out of scope is never loaded and answers exactly as a random id does. Records of
// every level and holder, for a State with a regional group, read under a cast of scopes.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PUBLIC_SCOPE, type Scope } from '#domain/accounts/confidentiality.ts';
import { CONFIDENTIALITY_LEVELS } from '#domain/accounts/types.ts';
import { isInScopeOfAny, type MultiStateRecord } from '#domain/assistance/access.ts';
import { buildOrganisation } from '../../../../test/accounts.ts';
import { buildProgramme, buildStrategy } from '../../../../test/activities.ts';
import { createTestDatabase } from '../../../../test/db.ts';
import { createProgrammesRepo } from './programmes.repo.ts';
import { createStrategiesRepo } from './strategies.repo.ts';

let database: Awaited<ReturnType<typeof createTestDatabase>>;
const org = { unodc: '', cted: '' };
const records: { kind: 'programme' | 'strategy'; id: string; record: MultiStateRecord }[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
  const db = database.db;
  org.unodc = (await buildOrganisation(db, { kind: 'un-entity', name: 'UNODC' })).id;
  org.cted = (await buildOrganisation(db, { kind: 'un-entity', name: 'CTED' })).id;
  for (const confidentiality of CONFIDENTIALITY_LEVELS.filter((c) => c !== 'named-people')) {
    for (const holder of [org.unodc, org.cted]) {
      for (const stateCodes of [['AFG'], ['NGA', 'AFG']]) {
        const base = { confidentiality, states: stateCodes.map((code) => ({ code, region: code === 'AFG' ? 'Asia-Pacific States' : 'African States' })), sharedOrganisationIds: [], namedUserIds: [], createdBy: null };
        const p = await buildProgramme(db, { organisationId: holder, stateCodes, confidentiality });
        records.push({ kind: 'programme', id: p.id, record: { ...base, ownerOrganisationId: holder } });
        const s = await buildStrategy(db, { ownerOrganisationId: holder, stateCodes, confidentiality });
        records.push({ kind: 'strategy', id: s.id, record: { ...base, ownerOrganisationId: holder } });
      }
    }
  }
});

afterAll(() => database.dispose());

describe('findById with a scope (programmes and strategies)', () => {
  it('finds a record only in scope; out of scope it answers as a random id does', async () => {
    const scopes: [string, Scope][] = [
      ['anonymous', PUBLIC_SCOPE],
      ['UNODC officer', { ...PUBLIC_SCOPE, unInternal: true, organisations: [{ organisationId: org.unodc, regions: null }], userId: randomUUID() }],
      ['UNODC officer limited to Africa', { ...PUBLIC_SCOPE, organisations: [{ organisationId: org.unodc, regions: ['African States'] }], userId: randomUUID() }],
      ['AFG focal point', { ...PUBLIC_SCOPE, stateCodes: ['AFG'], userId: randomUUID() }],
      ['FRA focal point', { ...PUBLIC_SCOPE, stateCodes: ['FRA'], userId: randomUUID() }],
      ['coordinator', { ...PUBLIC_SCOPE, unInternal: true, allStateRestricted: true, userId: randomUUID() }],
    ];
    const repos = { programme: createProgrammesRepo(database.db), strategy: createStrategiesRepo(database.db) };
    let hidden = 0;
    for (const [name, scope] of scopes) {
      for (const r of records) {
        const visible = isInScopeOfAny(scope, r.record);
        if (!visible) hidden++;
        expect((await repos[r.kind].findById(r.id, { scope }))?.id, `${name}: ${r.kind} ${r.record.confidentiality}`).toBe(visible ? r.id : undefined);
      }
      for (const kind of ['programme', 'strategy'] as const) expect(await repos[kind].findById(randomUUID(), { scope }), name).toBeUndefined();
    }
    expect(hidden).toBeGreaterThan(0);
  });
});
