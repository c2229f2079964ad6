// The reminder of stale directory entries, on a real database with a clock passed in: who is told (the State's
// focal points and practitioners, in the app and by mail; nobody else), once per stale entry, and again after the
// entry was confirmed and became stale anew.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listMailOutbox } from '#app/accounts/list-mail-outbox.ts';
import type { Db } from '#db/client.ts';
import { createAuthoritiesRepo } from '#db/repos/cooperation/authorities.repo.ts';
import { notifications } from '#db/schema/index.ts';
import { buildOrganisation, buildUser } from '../../../test/accounts.ts';
import { insertAuthority } from '../../../test/authorities.ts';
import { createTestDatabase } from '../../../test/db.ts';
import { remindStaleAuthorities } from './remind-stale-authorities.ts';

const NOW = new Date('2026-03-01T12:00:00Z');
const BASE = 'https://accord.example.org';
let database: Awaited<ReturnType<typeof createTestDatabase>>;
const db = (): Db => database.db;
const people = {} as Record<'fraFocal' | 'fraPractitioner' | 'deuPractitioner' | 'officer', { id: string; email: string }>;
const entries = {} as Record<'stale' | 'fresh' | 'deuFresh', string>;

const notified = async () => (await db().select().from(notifications)).map((n) => [n.userId, n.kind, n.recordId]).sort();

beforeAll(async () => {
  database = await createTestDatabase();
  const fra = (await buildOrganisation(db(), { kind: 'state-authority', stateCode: 'FRA' }, NOW)).id;
  const deu = (await buildOrganisation(db(), { kind: 'state-authority', stateCode: 'DEU' }, NOW)).id;
  const build = async (input: Parameters<typeof buildUser>[1]) => {
    const u = (await buildUser(db(), input, NOW)).user;
    return { id: u.id, email: u.email };
  };
  people.fraFocal = await build({ role: 'focal-point', organisation: { id: fra } });
  people.fraPractitioner = await build({ role: 'central-authority-practitioner', organisation: { id: fra } });
  people.deuPractitioner = await build({ role: 'central-authority-practitioner', organisation: { id: deu } });
  people.officer = await build({ role: 'entity-officer' });
  // Confirmed 13 months before NOW; 11 months before NOW; and a DEU entry confirmed at NOW.
  entries.stale = (await insertAuthority(db(), { stateCode: 'FRA', name: 'Old desk' }, new Date('2025-02-01T00:00:00Z'))).id;
  entries.fresh = (await insertAuthority(db(), { stateCode: 'FRA', name: 'Recent desk' }, new Date('2025-04-01T00:00:00Z'))).id;
  entries.deuFresh = (await insertAuthority(db(), { stateCode: 'DEU', name: 'Bundesamt' }, NOW)).id;
}, 60_000);
afterAll(() => database.dispose());

describe('remindStaleAuthorities', () => {
  it("tells the State's focal points and practitioners of each stale entry, in the app and by mail", async () => {
    const report = await remindStaleAuthorities(db(), NOW, { baseUrl: BASE });
    expect(report.reminded).toEqual([entries.stale]);
    expect(await notified()).toEqual(
      [
        [people.fraFocal.id, 'authority-stale', entries.stale],
        [people.fraPractitioner.id, 'authority-stale', entries.stale],
      ].sort(),
    );
    const mail = await listMailOutbox(db(), { limit: 10, unsentOnly: true });
    expect(mail.map((m) => m.to).sort()).toEqual([people.fraFocal.email, people.fraPractitioner.email].sort());
    expect(mail[0]!.links.join(' ')).toContain(`${BASE}/en/cooperation/authorities/${entries.stale}`);
    expect((await createAuthoritiesRepo(db()).findById(entries.stale))!.remindedAt).toEqual(NOW);
  });

  it('reminds once per stale entry: a later run tells nobody again', async () => {
    const later = new Date('2026-03-02T12:00:00Z');
    expect((await remindStaleAuthorities(db(), later)).reminded).toEqual([]);
    expect(await notified()).toHaveLength(2);
  });

  it('reminds again when the entry, confirmed since, becomes stale anew (and an entry turning stale is reminded then)', async () => {
    const repo = createAuthoritiesRepo(db());
    const confirmedAt = new Date('2026-03-03T00:00:00Z');
    const row = (await repo.findById(entries.stale))!;
    await repo.update(row.id, row.version, {}, people.fraPractitioner.id, confirmedAt, 'confirmed');
    expect((await repo.findById(entries.stale))!.remindedAt).toBeNull();
    // Two months on, the recent desk is 13 months old; the confirmed one is not stale.
    const inMay = new Date('2026-05-02T00:00:00Z');
    expect((await remindStaleAuthorities(db(), inMay)).reminded).toEqual([entries.fresh]);
    // A year after the confirmation, the old desk is stale again (and so is DEU's, confirmed a year before then).
    const nextYear = new Date('2027-03-04T00:00:00Z');
    expect((await remindStaleAuthorities(db(), nextYear)).reminded).toEqual([entries.deuFresh, entries.stale]);
    expect((await notified()).filter(([, , id]) => id === entries.deuFresh).map(([u]) => u)).toEqual([people.deuPractitioner.id]);
    expect((await notified()).filter(([, , id]) => id === entries.stale)).toHaveLength(4);
  });
});
