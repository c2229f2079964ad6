// API tests of the document routes: the access matrix (who × confidentiality → status) for reading, listing,
// exporting, downloading, changing and deleting; cross-State isolation end to end; bad uploads leave nothing behind;
// named-people reads are audited.
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken } from '#app/accounts/create-api-token.ts';
import { buildOrganisation, buildUser, signedIn } from '../../../../../test/accounts.ts';
import { multipart, SAMPLES, type FormFile } from '../../../../../test/documents.ts';
import { buildTestServer, TEST_NOW } from '../../../../../test/http.ts';

let t: Awaited<ReturnType<typeof buildTestServer>>;

const ACTORS = [
  'anonymous',
  'admin',
  'ownerOfficer',
  'otherOfficer',
  'regionOfficer',
  'coordinator',
  'afgFocal',
  'fraFocal',
  'sharedDonor',
  'otherDonor',
  'named',
  'notNamed',
] as const;
type ActorName = (typeof ACTORS)[number];

/** The documents of the matrix, all held by UNODC, written by its officer, shared with one donor, naming one person. */
const DOCS = ['public', 'afgRestricted', 'unInternal', 'namedPeople', 'ngaRestricted'] as const;
type DocName = (typeof DOCS)[number];

type Headers = Record<string, string>;
const headers = {} as Record<ActorName, Headers>;
const userIds = {} as Record<ActorName, string>;
const orgs = {} as Record<'unodc' | 'unoct' | 'cted' | 'afg' | 'fra' | 'donor' | 'otherDonor', string>;
const docs = {} as Record<DocName, { id: string; title: string }>;

beforeAll(async () => {
  t = await buildTestServer([]);
  const db = t.database.db;
  orgs.unodc = (await buildOrganisation(db, { kind: 'un-entity', name: 'UNODC', acronym: 'UNODC' })).id;
  orgs.unoct = (await buildOrganisation(db, { kind: 'un-entity', name: 'UNOCT' })).id;
  orgs.cted = (await buildOrganisation(db, { kind: 'un-entity', name: 'CTED' })).id;
  orgs.afg = (await buildOrganisation(db, { kind: 'state-authority', stateCode: 'AFG' })).id;
  orgs.fra = (await buildOrganisation(db, { kind: 'state-authority', stateCode: 'FRA' })).id;
  orgs.donor = (await buildOrganisation(db, { kind: 'donor', name: 'Donor A' })).id;
  orgs.otherDonor = (await buildOrganisation(db, { kind: 'donor', name: 'Donor B' })).id;
  const people: Record<Exclude<ActorName, 'anonymous'>, Parameters<typeof buildUser>[1]> = {
    admin: { platformAdmin: true },
    ownerOfficer: { role: 'entity-officer', organisation: { id: orgs.unodc } },
    otherOfficer: { role: 'entity-officer', organisation: { id: orgs.unoct } },
    regionOfficer: { role: 'entity-officer', organisation: { id: orgs.unodc }, regions: ['African States'] },
    coordinator: { role: 'coordinator', organisation: { id: orgs.cted } },
    afgFocal: { role: 'focal-point', organisation: { id: orgs.afg } },
    fraFocal: { role: 'focal-point', organisation: { id: orgs.fra } },
    sharedDonor: { role: 'donor-representative', organisation: { id: orgs.donor } },
    otherDonor: { role: 'donor-representative', organisation: { id: orgs.otherDonor } },
    named: {},
    notNamed: {},
  };
  headers.anonymous = {};
  for (const [name, input] of Object.entries(people) as [Exclude<ActorName, 'anonymous'>, Parameters<typeof buildUser>[1]][]) {
    const { user } = await buildUser(db, input, TEST_NOW);
    userIds[name] = user.id;
    headers[name] = (await signedIn(db, user.id, TEST_NOW)).headers;
  }

  const common = { ownerOrganisationId: orgs.unodc, sharedOrganisationIds: [orgs.donor], namedUserIds: [userIds.named] };
  const specs: Record<DocName, Record<string, string | string[]>> = {
    public: { confidentiality: 'public', stateCode: 'AFG' },
    afgRestricted: { confidentiality: 'state-restricted', stateCode: 'AFG' },
    unInternal: { confidentiality: 'un-internal', stateCode: 'AFG' },
    namedPeople: { confidentiality: 'named-people', stateCode: 'AFG' },
    ngaRestricted: { confidentiality: 'state-restricted', stateCode: 'NGA' },
  };
  for (const name of DOCS) {
    const title = `Matrix ${name} ${randomUUID().slice(0, 8)}`;
    const res = await upload('ownerOfficer', { ...common, ...specs[name], title });
    expect(res.statusCode, res.body).toBe(201);
    docs[name] = { id: res.json().data.id, title };
  }
});

afterAll(() => t?.close());

function upload(who: ActorName, fields: Record<string, string | string[] | undefined>, file: FormFile | null = { name: 'note.pdf', content: SAMPLES.pdf() }) {
  const form = multipart(fields, file ?? undefined);
  return t.app.inject({ method: 'POST', url: '/api/v1/documents', payload: form.payload, headers: { ...headers[who], ...form.headers } });
}

const get = (who: ActorName, url: string) => t.app.inject({ method: 'GET', url, headers: headers[who] });

async function countDocuments(): Promise<number> {
  const result = await t.database.db.execute<{ n: number }>(sql`select count(*)::int as n from documents`);
  return Number((result as unknown as { rows: { n: number }[] }).rows[0]!.n);
}

async function auditEntries(action: string, targetId: string) {
  const result = await t.database.db.execute(
    sql`select actor, action, before, after from audit_log where action = ${action} and target_id = ${targetId} order by id`,
  );
  return (result as unknown as { rows: { actor: string; action: string; before: unknown; after: unknown }[] }).rows;
}

// Read access: [public, afgRestricted, unInternal, namedPeople, ngaRestricted] → status.
const READ: Record<ActorName, [number, number, number, number, number]> = {
  anonymous: [200, 404, 404, 404, 404],
  // An administrator without membership sees what the public sees.
  admin: [200, 404, 404, 404, 404],
  // The owning entity's officer wrote them all, and is always named on what they write.
  ownerOfficer: [200, 200, 200, 200, 200],
  otherOfficer: [200, 404, 200, 404, 404],
  // Limited to the African States: Nigeria yes, Afghanistan no.
  regionOfficer: [200, 404, 200, 404, 200],
  coordinator: [200, 200, 200, 404, 200],
  afgFocal: [200, 200, 404, 404, 404],
  fraFocal: [200, 404, 404, 404, 404],
  sharedDonor: [200, 200, 404, 404, 200],
  otherDonor: [200, 404, 404, 404, 404],
  named: [200, 404, 404, 200, 404],
  notNamed: [200, 404, 404, 404, 404],
};

const readCases = ACTORS.flatMap((actor) => DOCS.map((doc, i) => [actor, doc, READ[actor][i]!] as const));

describe('reading: the access matrix', () => {
  it.each(readCases)('%s GET /documents/{%s} → %i', async (actor, doc, status) => {
    const res = await get(actor, `/api/v1/documents/${docs[doc].id}`);
    expect(res.statusCode, res.body).toBe(status);
    if (status === 200) {
      expect(res.json().data.title).toBe(docs[doc].title);
      expect(res.headers['cache-control']).toBe('private, no-store');
    } else {
      expect(res.json().error).toMatchObject({ code: 'NOT_FOUND', message: 'No such document.' });
    }
  });

  it.each(readCases)('%s GET /documents/{%s}/content → %i', async (actor, doc, status) => {
    const res = await get(actor, `/api/v1/documents/${docs[doc].id}/content`);
    expect(res.statusCode).toBe(status);
    if (status === 200) expect(res.rawPayload.equals(SAMPLES.pdf())).toBe(true);
  });

  it.each(ACTORS)('%s lists and exports exactly the documents they may read', async (actor) => {
    const expected = DOCS.filter((_, i) => READ[actor][i] === 200).map((d) => docs[d].title).sort();
    const list = await get(actor, '/api/v1/documents?q=Matrix&pageSize=200');
    expect(list.statusCode).toBe(200);
    expect(list.json().data.map((d: { title: string }) => d.title).sort()).toEqual(expected);
    expect(list.json().total).toBe(expected.length);
    const csv = await get(actor, '/api/v1/documents/export?format=csv&q=Matrix');
    expect(csv.statusCode).toBe(200);
    for (const doc of DOCS) expect(csv.body.includes(docs[doc].title), doc).toBe(expected.includes(docs[doc].title));
  });
});

// Change access: [public, afgRestricted, unInternal, namedPeople, ngaRestricted] → status of PATCH (and DELETE).
// 401 without a session, 403 when the route is never open to the caller, 404 outside their scope, 403 in scope
// without the right to change.
const WRITE: Record<ActorName, [number, number, number, number, number]> = {
  anonymous: [401, 401, 401, 401, 401],
  admin: [403, 403, 403, 403, 403],
  ownerOfficer: [200, 200, 200, 200, 200],
  otherOfficer: [403, 404, 403, 404, 404],
  // Of the holding entity: may change what it sees.
  regionOfficer: [200, 404, 200, 404, 200],
  coordinator: [403, 403, 403, 404, 403],
  afgFocal: [403, 403, 404, 404, 404],
  fraFocal: [403, 404, 404, 404, 404],
  sharedDonor: [403, 403, 404, 404, 403],
  otherDonor: [403, 404, 404, 404, 404],
  named: [403, 403, 403, 403, 403],
  notNamed: [403, 403, 403, 403, 403],
};
const writeCases = ACTORS.flatMap((actor) => DOCS.map((doc, i) => [actor, doc, WRITE[actor][i]!] as const));

describe('changing and deleting: the access matrix', () => {
  it.each(writeCases)('%s PATCH /documents/{%s} → %i', async (actor, doc, status) => {
    const res = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/documents/${docs[doc].id}`,
      headers: headers[actor],
      payload: { description: `Seen by ${actor}` },
    });
    expect(res.statusCode, res.body).toBe(status);
    if (status === 200) expect(res.json().abilities).toEqual({ update: true, delete: true });
  });

  it.each(writeCases.map(([a, d, s]) => [a, d, s === 200 ? 204 : s] as const).filter(([, , s]) => s !== 204))(
    '%s DELETE /documents/{%s} → %i, and the document stays',
    async (actor, doc, status) => {
      const res = await t.app.inject({ method: 'DELETE', url: `/api/v1/documents/${docs[doc].id}`, headers: headers[actor] });
      expect(res.statusCode).toBe(status);
      expect((await get('ownerOfficer', `/api/v1/documents/${docs[doc].id}`)).statusCode).toBe(200);
    },
  );

  it('abilities follow the policy for each reader', async () => {
    const abilities = async (who: ActorName, doc: DocName) => (await get(who, `/api/v1/documents/${docs[doc].id}`)).json().abilities;
    expect(await abilities('ownerOfficer', 'afgRestricted')).toEqual({ update: true, delete: true });
    expect(await abilities('coordinator', 'afgRestricted')).toEqual({ update: false, delete: false });
    expect(await abilities('anonymous', 'public')).toEqual({ update: false, delete: false });
    expect((await get('anonymous', '/api/v1/documents')).json().abilities).toEqual({ create: false, export: true });
    expect((await get('sharedDonor', '/api/v1/documents')).json().abilities).toEqual({ create: false, export: true });
    expect((await get('afgFocal', '/api/v1/documents')).json().abilities).toEqual({ create: true, export: true });
  });
});

describe('cross-State isolation', () => {
  it("a French focal point can neither list, read, export, download nor guess an Afghan State-restricted document", async () => {
    const secret = await upload('afgFocal', { title: `AFG only ${randomUUID()}`, confidentiality: 'state-restricted' });
    expect(secret.statusCode, secret.body).toBe(201);
    const { id, title, stateCode, ownerOrganisationId } = secret.json().data;
    expect([stateCode, ownerOrganisationId]).toEqual(['AFG', orgs.afg]); // the focal point's State and authority by default

    for (const url of ['/api/v1/documents?pageSize=200', '/api/v1/documents?stateCode=AFG', `/api/v1/documents?q=${encodeURIComponent(title)}`]) {
      const list = await get('fraFocal', url);
      expect(list.json().data.map((d: { id: string }) => d.id)).not.toContain(id);
    }
    const csv = await get('fraFocal', '/api/v1/documents/export?format=csv&stateCode=AFG');
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    expect(csv.body).not.toContain(title);
    expect(csv.body).not.toContain(id);

    // The answer for the real id is exactly the answer for an id that does not exist (and for a malformed one).
    const real = await get('fraFocal', `/api/v1/documents/${id}`);
    const guessed = await get('fraFocal', `/api/v1/documents/${randomUUID()}`);
    const malformed = await get('fraFocal', '/api/v1/documents/1');
    for (const res of [real, guessed, malformed]) {
      expect(res.statusCode).toBe(404);
      expect(res.json().error.code).toBe('NOT_FOUND');
      expect(res.json().error.message).toBe(real.json().error.message);
    }
    expect((await get('fraFocal', `/api/v1/documents/${id}/content`)).statusCode).toBe(404);
    const patch = await t.app.inject({ method: 'PATCH', url: `/api/v1/documents/${id}`, headers: headers.fraFocal, payload: { title: 'x' } });
    expect(patch.statusCode).toBe(404);

    // The Afghan focal point and a coordinator do see it.
    expect((await get('afgFocal', `/api/v1/documents/${id}`)).statusCode).toBe(200);
    expect((await get('coordinator', '/api/v1/documents/export?format=csv')).body).toContain(title);
  });

  it("a focal point may not file a document under another State, nor move one there", async () => {
    const before = await countDocuments();
    const res = await upload('afgFocal', { title: 'About France', confidentiality: 'state-restricted', stateCode: 'FRA' });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('FORBIDDEN');
    expect(await countDocuments()).toBe(before);

    const own = await upload('afgFocal', { title: 'Ours', confidentiality: 'public' });
    const moved = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/documents/${own.json().data.id}`,
      headers: headers.afgFocal,
      payload: { stateCode: 'FRA' },
    });
    expect(moved.statusCode).toBe(403);
    expect((await get('afgFocal', `/api/v1/documents/${own.json().data.id}`)).json().data.stateCode).toBe('AFG');
  });
});

describe('uploading', () => {
  it('stores the file with its SHA-256 and our media type, audited without the bytes', async () => {
    const res = await upload(
      'ownerOfficer',
      { title: 'Évaluation — تقييم', confidentiality: 'un-internal', language: 'fr', description: 'Draft' },
      { name: 'évaluation.xlsx', content: SAMPLES.xlsx(), type: 'application/x-msdownload' },
    );
    expect(res.statusCode, res.body).toBe(201);
    const { data, abilities } = res.json();
    expect(data).toMatchObject({
      title: 'Évaluation — تقييم',
      confidentiality: 'un-internal',
      stateCode: null,
      ownerOrganisationId: orgs.unodc,
      ownerOrganisationName: 'UNODC',
      language: 'fr',
      fileName: 'évaluation.xlsx',
      mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      sizeBytes: SAMPLES.xlsx().length,
      namedUserIds: [userIds.ownerOfficer],
      createdBy: userIds.ownerOfficer,
    });
    expect(data.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(abilities).toEqual({ update: true, delete: true });
    const [entry] = await auditEntries('document:create', data.id);
    expect(entry!.actor).toBe(`user:${userIds.ownerOfficer}`);
    expect(entry!.after).toMatchObject({ title: data.title, sha256: data.sha256 });
    expect(JSON.stringify(entry!.after)).not.toContain('content');

    const file = await get('ownerOfficer', `/api/v1/documents/${data.id}/content`);
    expect(file.headers['content-type']).toBe(data.mediaType);
    expect(file.headers['content-disposition']).toBe(
      `attachment; filename="_valuation.xlsx"; filename*=UTF-8''${encodeURIComponent('évaluation.xlsx')}`,
    );
    expect(file.headers['x-content-type-options']).toBe('nosniff');
    expect(file.headers['cache-control']).toBe('private, no-store');
    expect(file.rawPayload.equals(SAMPLES.xlsx())).toBe(true);
  });

  it.each([
    ['an executable renamed .pdf', { name: 'report.pdf', content: SAMPLES.exe() }, 'content_mismatch'],
    ['an executable', { name: 'setup.exe', content: SAMPLES.exe() }, 'extension_not_allowed'],
    ['a script renamed .html', { name: 'page.html', content: Buffer.from('<script>alert(1)</script>') }, 'content_mismatch'],
    ['an empty file', { name: 'empty.txt', content: Buffer.alloc(0) }, 'empty'],
    ['a file over 10 MiB', { name: 'big.pdf', content: Buffer.concat([SAMPLES.pdf(), Buffer.alloc(10 * 1024 * 1024)]) }, 'too_large'],
  ] as const)('refuses %s and stores nothing', async (_what, file, code) => {
    const before = await countDocuments();
    const res = await upload('ownerOfficer', { title: 'Bad file', confidentiality: 'public' }, { ...file });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('VALIDATION_FAILED');
    expect(res.json().error.issues).toEqual([expect.objectContaining({ path: ['body', 'file'], code })]);
    expect(await countDocuments()).toBe(before);
  });

  it('names every bad field: unknown, missing, unknown State, people and organisations', async () => {
    const before = await countDocuments();
    const res = await upload('ownerOfficer', {
      title: '',
      confidentiality: 'state-restricted',
      colour: 'red',
      namedUserIds: [randomUUID()],
    });
    expect(res.statusCode).toBe(400);
    const paths = res.json().error.issues.map((i: { path: (string | number)[] }) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['body.colour', 'body.title']));

    const semantic = await upload('ownerOfficer', {
      title: 'Restricted without a State',
      confidentiality: 'state-restricted',
      namedUserIds: [randomUUID()],
      sharedOrganisationIds: [orgs.donor, randomUUID()],
    });
    expect(semantic.statusCode).toBe(400);
    expect(semantic.json().error.issues.map((i: { path: (string | number)[]; code: string }) => `${i.path.join('.')}:${i.code}`).sort()).toEqual([
      'body.namedUserIds.0:unknown_person',
      'body.sharedOrganisationIds.1:unknown_organisation',
      'body.stateCode:required',
    ]);
    const unknownState = await upload('ownerOfficer', { title: 'Where?', confidentiality: 'public', stateCode: 'QQQ' });
    expect(unknownState.json().error.issues).toEqual([expect.objectContaining({ path: ['body', 'stateCode'], code: 'unknown_state' })]);
    const noFile = await upload('ownerOfficer', { title: 'No file', confidentiality: 'public' }, null);
    expect(noFile.json().error.issues).toEqual([expect.objectContaining({ path: ['body', 'file'], code: 'required' })]);
    expect(await countDocuments()).toBe(before);
  });

  it('asks which organisation holds it when the uploader has several, and refuses one they do not work for', async () => {
    const db = t.database.db;
    const { user } = await buildUser(db, { role: 'entity-officer', organisation: { id: orgs.unoct } }, TEST_NOW);
    await db.execute(
      sql`insert into memberships (user_id, organisation_id, role, created_at, created_by) values (${user.id}, ${orgs.cted}, 'coordinator', ${TEST_NOW.toISOString()}, 'test')`,
    );
    const twoHats = (await signedIn(db, user.id, TEST_NOW)).headers;
    const send = (fields: Record<string, string>) => {
      const form = multipart(fields, { name: 'a.txt', content: SAMPLES.txt() });
      return t.app.inject({ method: 'POST', url: '/api/v1/documents', payload: form.payload, headers: { ...twoHats, ...form.headers } });
    };
    const unsaid = await send({ title: 'Whose?', confidentiality: 'public' });
    expect(unsaid.statusCode).toBe(400);
    expect(unsaid.json().error.issues).toEqual([expect.objectContaining({ path: ['body', 'ownerOrganisationId'], code: 'required' })]);
    expect((await send({ title: 'Not mine', confidentiality: 'public', ownerOrganisationId: orgs.unodc })).statusCode).toBe(403);
    const said = await send({ title: 'CTED note', confidentiality: 'public', ownerOrganisationId: orgs.cted });
    expect(said.statusCode, said.body).toBe(201);
    expect(said.json().data).toMatchObject({ ownerOrganisationId: orgs.cted, mediaType: 'text/plain; charset=utf-8' });
  });

  it('takes only multipart, from a person who may, with the CSRF token', async () => {
    const json = await t.app.inject({
      method: 'POST',
      url: '/api/v1/documents',
      headers: headers.ownerOfficer,
      payload: { title: 'x', confidentiality: 'public' },
    });
    expect(json.statusCode).toBe(415);
    expect((await upload('anonymous', { title: 'x', confidentiality: 'public' })).statusCode).toBe(401);
    expect((await upload('sharedDonor', { title: 'x', confidentiality: 'public' })).statusCode).toBe(403);
    expect((await upload('admin', { title: 'x', confidentiality: 'public' })).statusCode).toBe(403);
    // UN-internal is written by UN entities only; an officer limited to Africa does not write about Afghanistan.
    expect((await upload('afgFocal', { title: 'x', confidentiality: 'un-internal' })).statusCode).toBe(403);
    expect((await upload('regionOfficer', { title: 'x', confidentiality: 'state-restricted', stateCode: 'AFG' })).statusCode).toBe(403);
    const form = multipart({ title: 'x', confidentiality: 'public' }, { name: 'a.pdf', content: SAMPLES.pdf() });
    const noCsrf = await t.app.inject({
      method: 'POST',
      url: '/api/v1/documents',
      payload: form.payload,
      headers: { cookie: headers.ownerOfficer.cookie!, ...form.headers },
    });
    expect(noCsrf.statusCode).toBe(403);
    expect(noCsrf.json().error.params.reason).toBe('csrf');
  });
});

describe('changing and deleting', () => {
  it('changes metadata with a strict body, audited before and after', async () => {
    const { id } = (await upload('ownerOfficer', { title: 'Draft', confidentiality: 'public' })).json().data;
    const unknown = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/documents/${id}`,
      headers: headers.ownerOfficer,
      payload: { title: 'Final', content: 'AAAA' },
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.issues[0].path).toEqual(['body', 'content']);

    const res = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/documents/${id}`,
      headers: headers.ownerOfficer,
      payload: { title: 'Final', confidentiality: 'state-restricted', stateCode: 'ngA', namedUserIds: [] },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().data).toMatchObject({ title: 'Final', confidentiality: 'state-restricted', stateCode: 'NGA', namedUserIds: [userIds.ownerOfficer] });
    const [entry] = await auditEntries('document:update', id);
    expect(entry!.before).toMatchObject({ title: 'Draft', confidentiality: 'public', stateCode: null });
    expect(entry!.after).toMatchObject({ title: 'Final', confidentiality: 'state-restricted', stateCode: 'NGA' });
    // Now visible to the officer limited to Africa, still not to the one elsewhere.
    expect((await get('regionOfficer', `/api/v1/documents/${id}`)).statusCode).toBe(200);
    expect((await get('otherOfficer', `/api/v1/documents/${id}`)).statusCode).toBe(404);

    const noState = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/documents/${id}`,
      headers: headers.ownerOfficer,
      payload: { stateCode: null },
    });
    expect(noState.statusCode).toBe(400);
    expect(noState.json().error.issues[0]).toMatchObject({ path: ['body', 'stateCode'], code: 'required' });
  });

  it('deletes, audited with what it was, and then the document is gone for everyone', async () => {
    const { id, sha256 } = (await upload('ownerOfficer', { title: 'To delete', confidentiality: 'public' })).json().data;
    const res = await t.app.inject({ method: 'DELETE', url: `/api/v1/documents/${id}`, headers: headers.ownerOfficer });
    expect(res.statusCode).toBe(204);
    const [entry] = await auditEntries('document:delete', id);
    expect(entry!.before).toMatchObject({ title: 'To delete', sha256 });
    expect(entry!.after).toBeNull();
    expect((await get('ownerOfficer', `/api/v1/documents/${id}`)).statusCode).toBe(404);
    expect((await get('anonymous', `/api/v1/documents/${id}/content`)).statusCode).toBe(404);
    const again = await t.app.inject({ method: 'DELETE', url: `/api/v1/documents/${id}`, headers: headers.ownerOfficer });
    expect(again.statusCode).toBe(404);
  });
});

describe('named-people documents', () => {
  it('audits every read of the metadata and of the file, by whoever reads', async () => {
    const { id } = docs.namedPeople;
    const before = (await auditEntries('document:read', id)).length;
    expect((await get('named', `/api/v1/documents/${id}`)).statusCode).toBe(200);
    expect((await get('ownerOfficer', `/api/v1/documents/${id}`)).statusCode).toBe(200);
    const reads = await auditEntries('document:read', id);
    expect(reads.slice(before).map((e) => e.actor)).toEqual([`user:${userIds.named}`, `user:${userIds.ownerOfficer}`]);
    // A refused read is no read.
    expect((await get('coordinator', `/api/v1/documents/${id}`)).statusCode).toBe(404);
    expect(await auditEntries('document:read', id)).toHaveLength(reads.length);

    const downloads = (await auditEntries('document:read-content', id)).length;
    expect((await get('named', `/api/v1/documents/${id}/content`)).statusCode).toBe(200);
    expect(await auditEntries('document:read-content', id)).toHaveLength(downloads + 1);
    // Other levels are not audited on read.
    await get('named', `/api/v1/documents/${docs.public.id}`);
    expect(await auditEntries('document:read', docs.public.id)).toHaveLength(0);
  });
});

describe('API tokens', () => {
  it('read within the person’s scope, and change nothing without the scope', async () => {
    const actor = { kind: 'user' as const, userId: userIds.ownerOfficer, platformAdmin: false, memberships: [] };
    const { token } = await createApiToken(t.database.db, actor, { name: 'reader', scopes: ['document:read'], expiresInDays: 30 }, TEST_NOW);
    const auth = { authorization: `Bearer ${token}` };
    const list = await t.app.inject({ url: '/api/v1/documents?q=Matrix', headers: auth });
    expect(list.json().total).toBe(DOCS.length);
    expect(list.json().abilities).toEqual({ create: false, export: true });
    const one = await t.app.inject({ url: `/api/v1/documents/${docs.afgRestricted.id}`, headers: auth });
    expect(one.json().abilities).toEqual({ update: false, delete: false });
    const patch = await t.app.inject({ method: 'PATCH', url: `/api/v1/documents/${docs.public.id}`, headers: auth, payload: { title: 'x' } });
    expect(patch.statusCode).toBe(403);
    const form = multipart({ title: 'x', confidentiality: 'public' }, { name: 'a.pdf', content: SAMPLES.pdf() });
    const post = await t.app.inject({ method: 'POST', url: '/api/v1/documents', headers: { ...auth, ...form.headers }, payload: form.payload });
    expect(post.statusCode).toBe(403);
  });
});

describe('lists', () => {
  it('filter by State, level, organisation and text, page newest first, and refuse unknown parameters', async () => {
    const all = (await get('coordinator', '/api/v1/documents?pageSize=200')).json();
    const times = all.data.map((d: { createdAt: string }) => d.createdAt);
    expect(times).toEqual([...times].sort().reverse());
    const nga = (await get('coordinator', '/api/v1/documents?stateCode=nga&confidentiality=state-restricted')).json();
    expect(nga.data.length).toBeGreaterThan(0);
    expect(nga.data.every((d: { stateCode: string; confidentiality: string }) => d.stateCode === 'NGA' && d.confidentiality === 'state-restricted')).toBe(true);
    const shared = (await get('coordinator', `/api/v1/documents?organisationId=${orgs.donor}&q=matrix`)).json();
    expect(shared.total).toBe(4); // the named-people one is not the coordinator's
    const paged = (await get('coordinator', '/api/v1/documents?q=Matrix&pageSize=2&page=2')).json();
    expect([paged.page, paged.pageSize, paged.data.length]).toEqual([2, 2, 2]);
    const bad = await get('coordinator', '/api/v1/documents?colour=red&confidentiality=secret');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.issues.map((i: { path: string[] }) => i.path.join('.')).sort()).toEqual(['query.colour', 'query.confidentiality']);
    expect((await get('coordinator', '/api/v1/documents/export?format=xlsx')).statusCode).toBe(400);
  });
});
