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
import { buildOrganisation, buildUser } from '../test/accounts.ts';

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
/** One person with a password, and a second factor when their entry has a secret. */
async function seedPerson(
  person: { email: string; password: string; totpSecret?: string },
  displayName: string,
  role: 'entity-officer' | 'coordinator' | 'focal-point',
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
await database.close();
fs.mkdirSync('test-results', { recursive: true });
fs.writeFileSync('test-results/e2e-people.json', JSON.stringify({ ...people, organisations: { unodc: unodc.id, cted: cted.id, unoct: unoct.id, afg: afg.id } }, null, 2));
console.log('e2e people written');
