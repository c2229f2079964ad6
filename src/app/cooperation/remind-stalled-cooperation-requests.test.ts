// Reminders of requests whose status stood still, on a real database with the clock passed in: both authorities are
// told (in the app and by mail), nobody else; once per period of standing still; never of a draft or a closed request.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '#db/client.ts';
import { createCooperationRequestsRepo } from '#db/repos/cooperation/cooperation-requests.repo.ts';
import { mailOutbox, notifications } from '#db/schema/index.ts';
import { buildOrganisation, buildUser } from '../../../test/accounts.ts';
import { createTestDatabase } from '../../../test/db.ts';
import { insertCooperationRequest } from '../../../test/cooperation-requests.ts';
import { remindStalledCooperationRequests } from './remind-stalled-cooperation-requests.ts';

const DAY = 86_400_000;
const SENT = new Date('2026-01-05T09:00:00Z');
const after = (days: number) => new Date(SENT.getTime() + days * DAY);
let database: Awaited<ReturnType<typeof createTestDatabase>>;
const db = (): Db => database.db;
const people = {} as Record<'fra' | 'nor' | 'deu' | 'norFocal', { id: string; email: string }>;
const requests = {} as Record<'sent' | 'executing' | 'draft' | 'executed', string>;

const reminded = async (id: string) => (await db().select().from(notifications).where(eq(notifications.recordId, id))).map((n) => n.userId).sort();

beforeAll(async () => {
  database = await createTestDatabase();
  const fra = (await buildOrganisation(db(), { kind: 'state-authority', stateCode: 'FRA' }, SENT)).id;
  const nor = (await buildOrganisation(db(), { kind: 'state-authority', stateCode: 'NOR' }, SENT)).id;
  const deu = (await buildOrganisation(db(), { kind: 'state-authority', stateCode: 'DEU' }, SENT)).id;
  const build = async (input: Parameters<typeof buildUser>[1]) => {
    const u = (await buildUser(db(), input, SENT)).user;
    return { id: u.id, email: u.email };
  };
  people.fra = await build({ role: 'central-authority-practitioner', organisation: { id: fra } });
  people.nor = await build({ role: 'central-authority-practitioner', organisation: { id: nor } });
  people.deu = await build({ role: 'central-authority-practitioner', organisation: { id: deu } });
  people.norFocal = await build({ role: 'focal-point', organisation: { id: nor } });
  const base = { requestingOrganisationId: fra, at: SENT };
  requests.sent = (await insertCooperationRequest(db(), { ...base, status: 'sent' })).id;
  requests.executing = (await insertCooperationRequest(db(), { ...base, status: 'under-execution', statusChangedAt: after(10) })).id;
  requests.draft = (await insertCooperationRequest(db(), { ...base, status: 'draft' })).id;
  requests.executed = (await insertCooperationRequest(db(), { ...base, status: 'executed', closedAt: SENT })).id;
}, 60_000);
afterAll(() => database.dispose());

describe('remindStalledCooperationRequests', () => {
  it('reminds no one before a status has stood still for its period', async () => {
    expect((await remindStalledCooperationRequests(db(), new Date(after(30).getTime() - 1))).reminded).toEqual([]);
  });

  it('tells both authorities, in the app and by mail, and no one else', async () => {
    const report = await remindStalledCooperationRequests(db(), after(30), { baseUrl: 'https://accord.example.org' });
    expect(report.reminded).toEqual([requests.sent]);
    expect(await reminded(requests.sent)).toEqual([people.fra.id, people.nor.id].sort());
    const [note] = await db().select().from(notifications).where(eq(notifications.userId, people.nor.id));
    expect(note).toMatchObject({ kind: 'cooperation-request-reminder', recordType: 'cooperation-request' });
    expect(note!.params).toMatchObject({ status: 'sent', stateCodes: 'FRA,NOR', reference: 'PNAT-2026-17', date: '2026-01-05' });
    const mail = await db().select().from(mailOutbox).where(eq(mailOutbox.to, people.nor.email));
    expect(mail.map((m) => m.subject)).toEqual(['Reminder: cooperation request PNAT-2026-17 (FRA → NOR) is still sent']);
    expect(mail[0]!.text).toContain(`https://accord.example.org/en/cooperation/requests/${requests.sent}`);
    expect((await createCooperationRequestsRepo(db()).findById(requests.sent))!.remindedAt).toEqual(after(30));
  });

  it('reminds once per period, and of each status after its own period', async () => {
    expect((await remindStalledCooperationRequests(db(), after(45))).reminded).toEqual([]);
    // Under execution since day 10: due at day 70; `sent` again at day 60.
    expect((await remindStalledCooperationRequests(db(), after(60))).reminded).toEqual([requests.sent]);
    expect((await remindStalledCooperationRequests(db(), after(70))).reminded).toEqual([requests.executing]);
    expect(await reminded(requests.draft)).toEqual([]);
    expect(await reminded(requests.executed)).toEqual([]);
    expect((await remindStalledCooperationRequests(db(), after(3650))).reminded.sort()).toEqual([requests.sent, requests.executing].sort());
    expect(await reminded(requests.draft)).toEqual([]);
  });
});
