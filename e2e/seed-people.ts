// The people of the assistance browser tests, written before the server starts (it then holds the embedded
// database): UNODC with an officer (second factor required: its secret is known to the tests), UNOCT with another
// (whose overlapping activity the test records through the API), CTED with a coordinator, and Afghanistan's Ministry
// of Foreign Affairs with a focal point. Passwords and the TOTP secrets go to test-results/e2e-people.json for
// e2e/assistance.spec.ts. Run by playwright.config.ts; never by the app.
import fs from 'node:fs';
import { loadConfig } from '#config';
import { openConfiguredDatabase } from '#app/shared/open-database.ts';
import { resolveSecretKey } from '#app/shared/resolve-secret-key.ts';
import { hashPassword } from '#app/accounts/support/passwords.ts';
import { encrypt } from '#app/shared/secrets.ts';
import { newTotpSecret } from '#app/accounts/support/totp.ts';
import { seedReferenceData } from '#app/treaties/seed-reference-data.ts';
import { createAuthoritiesRepo, type AuthorityFields } from '#db/repos/cooperation/authorities.repo.ts';
import { buildOrganisation, buildUser } from '../test/accounts.ts';
import { buildActivity } from '../test/activities.ts';

const config = loadConfig();
const database = await openConfiguredDatabase(config);
const db = database.db;
const now = new Date();
const key = resolveSecretKey(config);

const people = {
  officer: { email: 'omar.officer@e2e.example', password: 'seven copper kettles sing beside the harbour', totpSecret: newTotpSecret() },
  coordinator: { email: 'chen.coordinator@e2e.example', password: 'violet anchor drifts over nine quiet hills' },
  focal: { email: 'farida.focal@e2e.example', password: 'amber lanterns glow above the winter river' },
  // An officer of a second entity, whose activity the overlap check finds when UNODC's officer plans one.
  // Norway's central-authority practitioner, who keeps its entries in the directory (e2e/authorities.spec.ts).
  practitioner: { email: 'petra.practitioner@e2e.example', password: 'copper herons wade through seven grey fjords' },
  // France's central-authority practitioner, who drafts and sends requests for MLA and extradition to Norway
  // (e2e/cooperation-requests*.spec.ts); Norway's practitioner above receives and executes them.
  requester: { email: 'remi.requester@e2e.example', password: 'eleven paper boats cross the sleeping canal' },
  // A donor's representative, who reads the donor page of the money UNODC's officer records (e2e/funding.spec.ts).
  donorRep: { email: 'dora.donor@e2e.example', password: 'twelve linen kites drift over the salt marsh' },
  otherOfficer: {
    email: 'olga.other@e2e.example',
    password: 'quiet orchards ripen under eleven slow moons',
    totpSecret: newTotpSecret(),
  },
};

const unodc = await buildOrganisation(db, { kind: 'un-entity', name: 'United Nations Office on Drugs and Crime', acronym: 'UNODC' }, now);
const cted = await buildOrganisation(
  db,
  { kind: 'un-entity', name: 'Counter-Terrorism Committee Executive Directorate', acronym: 'CTED' },
  now,
);
const unoct = await buildOrganisation(db, { kind: 'un-entity', name: 'United Nations Office of Counter-Terrorism', acronym: 'UNOCT' }, now);
const afg = await buildOrganisation(
  db,
  { kind: 'state-authority', stateCode: 'AFG', name: 'Ministry of Foreign Affairs of Afghanistan', acronym: 'MFA' },
  now,
);
const nor = await buildOrganisation(
  db,
  { kind: 'state-authority', stateCode: 'NOR', name: 'Royal Norwegian Ministry of Justice and Public Security', acronym: 'JD' },
  now,
);
const fra = await buildOrganisation(
  db,
  { kind: 'state-authority', stateCode: 'FRA', name: 'Ministère de la Justice (E2E)', acronym: 'MJ' },
  now,
);
/** One person with a password, and a second factor when their entry has a secret. */
async function seedPerson(
  person: { email: string; password: string; totpSecret?: string },
  displayName: string,
  role: 'entity-officer' | 'coordinator' | 'focal-point' | 'central-authority-practitioner' | 'donor-representative',
  organisationId: string,
) {
  await buildUser(
    db,
    {
      email: person.email,
      displayName,
      role,
      organisation: { id: organisationId },
      passwordHash: await hashPassword(person.password),
      ...(person.totpSecret ? { totpSecret: encrypt(key, person.totpSecret), totpEnabledAt: now } : {}),
    },
    now,
  );
}
await seedPerson(people.officer, 'Omar Officer', 'entity-officer', unodc.id);
await seedPerson(people.otherOfficer, 'Olga Other', 'entity-officer', unoct.id);
await seedPerson(people.coordinator, 'Chen Coordinator', 'coordinator', cted.id);
await seedPerson(people.focal, 'Farida Focal', 'focal-point', afg.id);
await seedPerson(people.practitioner, 'Petra Practitioner', 'central-authority-practitioner', nor.id);
await seedPerson(people.requester, 'Rémi Requester', 'central-authority-practitioner', fra.id);
// The donor of e2e/funding.spec.ts (a test fixture, not a real donor) and, per language the spec runs in, a public
// UNODC activity with its participants counted, which the officer funds from the donor's contribution.
const donor = await buildOrganisation(db, { kind: 'donor', name: 'E2E Donor Agency', acronym: 'E2EDA' }, now);
await seedPerson(people.donorRep, 'Dora Donor', 'donor-representative', donor.id);
const fundedActivities: Record<string, { id: string; title: string }> = {};
for (const lang of ['en', 'ar']) {
  const title = `E2E funded workshop (${lang})`;
  const a = await buildActivity(
    db,
    { organisationId: unodc.id, title, status: 'completed', confidentiality: 'public', stateCodes: ['NER'], startDate: '2014-03-10', endDate: '2014-03-12', participantsTotal: 24, participantsFemale: 11, participantsMale: 13, participantsOther: 0 },
    now,
  );
  fundedActivities[lang] = { id: a.id, title };
}

// Norway's directory entries for e2e/authorities.spec.ts, two per language the spec runs in (so each language confirms
// and changes its own): one confirmed today, one confirmed 13 months ago (stale). The entries name a State, so the
// reference data (participants) goes in first; it is an idempotent upsert, and the server's first start still loads
// everything (no first-load marker is written here). The entries are test fixtures, not data about Norway.
await seedReferenceData(db);
const authoritiesRepo = createAuthoritiesRepo(db);
const thirteenMonthsAgo = new Date(now);
thirteenMonthsAgo.setUTCMonth(thirteenMonthsAgo.getUTCMonth() - 13);
const entry = (name: string, kind: AuthorityFields['kind']): AuthorityFields => ({
  stateCode: 'NOR',
  kind,
  instrumentId: null,
  name,
  address: 'E2E test address, Oslo',
  channels: ['direct', 'diplomatic'],
  languages: ['no', 'en'],
  urgentProcedure: 'E2E test: by e-mail, then in writing.',
  requirements: { formats: 'E2E test: a written request.' },
  requestItems: null,
  lawLinks: [],
  contacts: [{ name: 'Test Contact', role: 'Senior adviser', email: 'mla.test@e2e.example', phone: '+47 00 00 00 00' }],
  publicFields: ['address'],
});
const authorityEntries: Record<string, { current: string; stale: string }> = {};
for (const lang of ['en', 'ar', 'zh']) {
  const current = await authoritiesRepo.insert(entry(`E2E extradition unit (${lang})`, 'extradition'), null, now);
  const stale = await authoritiesRepo.insert(entry(`E2E mutual legal assistance unit (${lang})`, 'mla'), null, thirteenMonthsAgo);
  authorityEntries[lang] = { current: current.id, stale: stale.id };
}
await database.close();
fs.mkdirSync('test-results', { recursive: true });
fs.writeFileSync('test-results/e2e-people.json', JSON.stringify({ ...people, organisations: { unodc: unodc.id, cted: cted.id, unoct: unoct.id, afg: afg.id, nor: nor.id, fra: fra.id, donor: donor.id }, authorities: authorityEntries, fundedActivities }, null, 2));
console.log('e2e people written');

// A request for MLA from France to Norway sent 45 days ago and not received since (e2e/cooperation-request-tracking
// .spec.ts): past its 30 days in `sent`, so the reminder of requests standing still, run here as `accord serve` runs it
// every hour, reminds both authorities before the server starts. Its words are test fixtures, not a real case.
// (Imported here, so that the lines of each spec's fixtures stay together at the end of this file.)
{
  const { emptyContent } = await import('#domain/cooperation/requests.ts');
  const { createCooperationRequestsRepo } = await import('#db/repos/cooperation/cooperation-requests.repo.ts');
  const { remindStalledCooperationRequests } = await import('#app/cooperation/remind-stalled-cooperation-requests.ts');
  const reopened = await openConfiguredDatabase(config);
  const fortyFiveDaysAgo = new Date(now.getTime() - 45 * 86_400_000);
  const content = emptyContent();
  content.requesting.authorityName = 'Ministère de la Justice (E2E)';
  content.requesting.reference = 'E2E-STILL-1';
  content.requested.authorityName = 'E2E mutual legal assistance unit (en)';
  content.requested.language = 'en';
  content.facts.summary = 'E2E test: a request that has not moved for 45 days.';
  const requests = createCooperationRequestsRepo(reopened.db);
  const stillId = await requests.insert({
    kind: 'mla',
    status: 'sent',
    statusChangedAt: fortyFiveDaysAgo,
    requestingOrganisationId: fra.id,
    requestingStateCode: 'FRA',
    requestedStateCode: 'NOR',
    content,
    requestingReference: 'E2E-STILL-1',
    sentAt: fortyFiveDaysAgo,
    createdAt: fortyFiveDaysAgo,
    updatedAt: fortyFiveDaysAgo,
  });
  await requests.insertEvent({ requestId: stillId, fromStatus: null, toStatus: 'draft', event: 'create', side: 'requesting', at: fortyFiveDaysAgo });
  await requests.insertEvent({ requestId: stillId, fromStatus: 'draft', toStatus: 'sent', event: 'send', side: 'requesting', at: fortyFiveDaysAgo });
  await remindStalledCooperationRequests(reopened.db, now);
  await reopened.close();
  fs.writeFileSync('test-results/e2e-cooperation-requests.json', JSON.stringify({ stalled: stillId }, null, 2));
}
