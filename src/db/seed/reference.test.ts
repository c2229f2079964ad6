import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDatabase } from '../../../test/db.ts';
import { instruments, participantAliases, participants } from '../schema/index.ts';
import { seedReferenceData } from './reference.ts';
import { normaliseName } from '#domain/treaties/names.ts';

let database: Awaited<ReturnType<typeof createTestDatabase>>;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.dispose());

describe('reference data', () => {
  it('holds the 193 Member States, 2 observer States and non-member participants', async () => {
    const rows = await database.db.select().from(participants);
    const ofKind = (kind: string) => rows.filter((r) => r.kind === kind).map((r) => r.code);
    expect(ofKind('member')).toHaveLength(193);
    expect(ofKind('observer').sort()).toEqual(['PSE', 'VAT']);
    expect(rows.map((r) => r.code)).toEqual(expect.arrayContaining(['COK', 'NIU', 'XEU']));
  });

  it('names participants in the six languages, UN names where CLDR differs', async () => {
    const [pse] = await database.db.select().from(participants).where(eq(participants.code, 'PSE'));
    expect(pse?.names).toMatchObject({ en: 'State of Palestine', fr: 'État de Palestine', zh: '巴勒斯坦国' });
    const [civ] = await database.db.select().from(participants).where(eq(participants.code, 'CIV'));
    expect(civ?.names.en).toBe("Côte d'Ivoire");
    expect(Object.keys(civ!.names).sort()).toEqual(['ar', 'en', 'es', 'fr', 'ru', 'zh']);
  });

  it('resolves historical and damaged names through the alias table', async () => {
    const aliases = await database.db.select().from(participantAliases);
    const index = new Map(aliases.map((a) => [a.alias, a.code]));
    expect(index.get(normaliseName('Cape Verde'))).toBe('CPV');
    expect(index.get(normaliseName('Cabo Verde'))).toBe('CPV');
    expect(index.get(normaliseName("Cte d'Ivoire"))).toBe('CIV');
    expect(index.get(normaliseName('The former Yugoslav Republic of Macedonia'))).toBe('MKD');
    expect(index.get(normaliseName('Turkey'))).toBe('TUR');
  });

  it('holds the 19 universal instruments with the UN Secretary-General depositary for five', async () => {
    const rows = await database.db.select().from(instruments);
    const universal = rows.filter((r) => r.category === 'universal');
    expect(universal).toHaveLength(19);
    const untc = Object.fromEntries(universal.filter((r) => r.untcRef).map((r) => [r.id, r.untcRef]));
    expect(untc).toEqual({
      ipp1973: 'XVIII-7',
      hostages1979: 'XVIII-5',
      bombings1997: 'XVIII-9',
      financing1999: 'XVIII-11',
      icsant2005: 'XVIII-15',
    });
    const sua2005 = rows.find((r) => r.id === 'sua2005');
    expect(sua2005?.entryIntoForce).toBeNull(); // unknown in the sources stays unknown
    expect(sua2005?.eifRule).toBeNull();
  });

  it('is idempotent', async () => {
    const again = await seedReferenceData(database.db);
    const rows = await database.db.select().from(participants);
    expect(rows).toHaveLength(again.participants);
  });
});
