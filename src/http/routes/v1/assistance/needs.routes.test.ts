// API tests of needs: recording one with its source (and every kind of bad input, nothing written), who may record
// and read them (the list holds exactly what a read admits), matching to open requests and activities (covered by a
// request, by an activity, or by nobody), what of a match a reader may see, and changes with their audit.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisation, buildUser, signedIn } from '../../../../../test/accounts.ts';
import { insertActivity, insertDocument, insertNeed, insertRequest } from '../../../../../test/coordination.ts';
import { buildTestServer, TEST_NOW } from '../../../../../test/http.ts';

let t: Awaited<ReturnType<typeof buildTestServer>>;
const db = () => t.database.db;

const PEOPLE = ['coordinator', 'unodc', 'unoct', 'ctedAfrica', 'afgFocal', 'fraFocal', 'donor', 'admin'] as const;
type Person = (typeof PEOPLE)[number];
type Who = Person | 'anonymous';
const headers = {} as Record<Who, Record<string, string>>;
const userIds = {} as Record<Person, string>;
const orgs = {} as Record<'unodc' | 'unoct' | 'cted' | 'afg' | 'fra' | 'donor', string>;
const docs = {} as Record<'public' | 'afgRestricted', string>;
const needs = {} as Record<'byRequest' | 'byActivity' | 'nobody', string>;
const titles = { request: 'AFG asks for victims support', activity: 'UNOCT named-people CBRN course' };

beforeAll(async () => {
  t = await buildTestServer([]);
  orgs.unodc = (await buildOrganisation(db(), { kind: 'un-entity', name: 'UNODC', acronym: 'UNODC' })).id;
  orgs.unoct = (await buildOrganisation(db(), { kind: 'un-entity', name: 'UNOCT', acronym: 'UNOCT' })).id;
  orgs.cted = (await buildOrganisation(db(), { kind: 'un-entity', name: 'CTED', acronym: 'CTED' })).id;
  orgs.afg = (await buildOrganisation(db(), { kind: 'state-authority', stateCode: 'AFG', name: 'AFG Interior' })).id;
  orgs.fra = (await buildOrganisation(db(), { kind: 'state-authority', stateCode: 'FRA', name: 'FRA Intérieur' })).id;
  orgs.donor = (await buildOrganisation(db(), { kind: 'donor', name: 'Donor' })).id;
  const inputs: Record<Person, Parameters<typeof buildUser>[1]> = {
    coordinator: { role: 'coordinator', organisation: { id: orgs.cted } },
    unodc: { role: 'entity-officer', organisation: { id: orgs.unodc } },
    unoct: { role: 'entity-officer', organisation: { id: orgs.unoct } },
    ctedAfrica: { role: 'entity-officer', organisation: { id: orgs.cted }, regions: ['African States'] },
    afgFocal: { role: 'focal-point', organisation: { id: orgs.afg } },
    fraFocal: { role: 'focal-point', organisation: { id: orgs.fra } },
    donor: { role: 'donor-representative', organisation: { id: orgs.donor } },
    admin: { platformAdmin: true },
  };
  headers.anonymous = {};
  for (const who of PEOPLE) {
    const { user } = await buildUser(db(), inputs[who], TEST_NOW);
    userIds[who] = user.id;
    headers[who] = (await signedIn(db(), user.id, TEST_NOW)).headers;
  }
  docs.public = await insertDocument(db(), { ownerOrganisationId: orgs.cted, confidentiality: 'public', stateCode: null, title: 'CTED assessment' });
  docs.afgRestricted = await insertDocument(db(), { ownerOrganisationId: orgs.afg, confidentiality: 'state-restricted', stateCode: 'AFG' });

  // Three AFG needs assessed on 2025-06-01, held by the AFG authority (State-restricted).
  const need = (themes: string[]) =>
    insertNeed(db(), { stateCode: 'AFG', themes, assessedOn: '2025-06-01', ownerOrganisationId: orgs.afg });
  needs.byRequest = await need(['victims']);
  needs.byActivity = await need(['cbrn']);
  needs.nobody = await need(['internet-use']);
  // An open request (victims) covers the first; a draft and a declined one (internet-use) cover nothing.
  await insertRequest(db(), { stateCode: 'AFG', addressedToOrganisationId: orgs.unodc, themes: ['victims', 'cbrn'], status: 'submitted', title: titles.request });
  await insertRequest(db(), { stateCode: 'AFG', addressedToOrganisationId: orgs.unodc, themes: ['internet-use'], status: 'draft' });
  await insertRequest(db(), { stateCode: 'AFG', addressedToOrganisationId: orgs.unodc, themes: ['internet-use'], status: 'declined' });
  // A named-people activity (cbrn, ends after the assessment) covers the second; one ended before covers nothing.
  await insertActivity(db(), {
    organisationId: orgs.unoct, stateCodes: ['AFG'], themes: ['cbrn'], startDate: '2025-06-20', endDate: '2025-07-01',
    title: titles.activity, confidentiality: 'named-people', namedUserIds: [userIds.unoct],
  });
  await insertActivity(db(), { organisationId: orgs.unoct, stateCodes: ['AFG'], themes: ['internet-use'], startDate: '2025-05-01', endDate: '2025-05-31' });
  await insertActivity(db(), { organisationId: orgs.unoct, stateCodes: ['AFG'], themes: ['internet-use'], startDate: '2025-07-01', endDate: '2025-07-02', status: 'cancelled' });
});

afterAll(() => t?.close());

const send = (method: 'GET' | 'POST' | 'PATCH', who: Who, url: string, payload?: Record<string, unknown>) =>
  t.app.inject({ method, url, headers: headers[who], ...(payload ? { payload } : {}) });

async function countNeeds(): Promise<number> {
  const r = await db().execute(sql`select count(*)::int as n from assistance_needs`);
  return Number((r as unknown as { rows: { n: number }[] }).rows[0]!.n);
}

const valid = () => ({
  stateCode: 'AFG',
  themes: ['criminal-justice-capacity'],
  instrumentIds: ['financing1999'],
  description: 'Prosecutors lack training in financial investigations.',
  sourceTitle: 'CTED assessment visit, 2025',
  sourceOrganisationId: orgs.cted,
  sourceDocumentId: docs.public,
  assessedOn: '2025-11-20',
});

describe('POST /needs', () => {
  it('a focal point records a need of their State, with its source; audited', async () => {
    const res = await send('POST', 'afgFocal', '/api/v1/needs', valid());
    expect(res.statusCode, res.body).toBe(201);
    const { data, abilities } = res.json();
    expect(data).toMatchObject({
      stateCode: 'AFG',
      status: 'open',
      confidentiality: 'state-restricted',
      ownerOrganisationId: orgs.afg,
      ownerOrganisationName: 'AFG Interior',
      sourceOrganisationName: 'CTED',
      sourceDocumentId: docs.public,
    });
    expect(abilities).toEqual({ update: true });
    const audit = await db().execute(sql`select actor, after from audit_log where action = 'need:create' and target_id = ${data.id}`);
    expect((audit as unknown as { rows: { actor: string; after: { description: string } }[] }).rows).toMatchObject([
      { actor: `user:${userIds.afgFocal}`, after: { description: valid().description } },
    ]);
  });

  it.each([
    ['coordinator', 201],
    ['unodc', 201],
    // Another State's focal point, an officer limited to African States (AFG is Asia-Pacific), a donor, an administrator.
    ['fraFocal', 403],
    ['ctedAfrica', 403],
    ['donor', 403],
    ['admin', 403],
    ['anonymous', 401],
  ] as const)('%s → %i', async (who, status) => {
    const before = await countNeeds();
    const res = await send('POST', who, '/api/v1/needs', valid());
    expect(res.statusCode, res.body).toBe(status);
    expect(await countNeeds()).toBe(before + (status === 201 ? 1 : 0));
  });

  it.each([
    ['a future assessment', { assessedOn: '2026-03-02' }, 'assessedOn'],
    ['no theme', { themes: [] }, 'themes'],
    ['an unknown theme', { themes: ['poetry'] }, 'themes'],
    ['an unknown State', { stateCode: 'ZZZ' }, 'stateCode'],
    ['an unknown instrument', { instrumentIds: ['nope1999'] }, 'instrumentIds'],
    ['an unknown source organisation', { sourceOrganisationId: '00000000-0000-4000-8000-000000000000' }, 'sourceOrganisationId'],
    ['an unknown source document', { sourceDocumentId: '00000000-0000-4000-8000-000000000000' }, 'sourceDocumentId'],
    ['a source organisation that is no id', { sourceOrganisationId: 'CTED' }, 'sourceOrganisationId'],
    ['no source title', { sourceTitle: ' ' }, 'sourceTitle'],
    ['no assessment date', { assessedOn: undefined }, 'assessedOn'],
    ['a named-people level', { confidentiality: 'named-people' }, 'confidentiality'],
    ['an unknown field', { priority: 'high' }, 'priority'],
  ])('%s → 400 naming the field, nothing written', async (_what, change, field) => {
    const before = await countNeeds();
    const res = await send('POST', 'coordinator', '/api/v1/needs', { ...valid(), ...change });
    expect(res.statusCode, res.body).toBe(400);
    expect(JSON.stringify(res.json().error.issues)).toContain(field);
    expect(await countNeeds()).toBe(before);
  });

  it('without the source organisation and document (not every assessment is uploaded): 201, both null', async () => {
    const { sourceOrganisationId: _o, sourceDocumentId: _d, ...body } = valid();
    const res = await send('POST', 'afgFocal', '/api/v1/needs', body);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().data).toMatchObject({
      sourceTitle: body.sourceTitle,
      sourceOrganisationId: null,
      sourceOrganisationName: null,
      sourceDocumentId: null,
    });
    const withNulls = await send('POST', 'afgFocal', '/api/v1/needs', { ...body, sourceOrganisationId: null, sourceDocumentId: null });
    expect(withNulls.statusCode, withNulls.body).toBe(201);
  });

  it('the source organisation alone, without a document: 201', async () => {
    const res = await send('POST', 'afgFocal', '/api/v1/needs', { ...valid(), sourceDocumentId: undefined });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().data).toMatchObject({ sourceOrganisationName: 'CTED', sourceDocumentId: null });
  });

  it('a source document the caller may not read is refused like one that does not exist', async () => {
    const res = await send('POST', 'unodc', '/api/v1/needs', { ...valid(), sourceDocumentId: docs.afgRestricted });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.issues).toEqual([expect.objectContaining({ path: ['body', 'sourceDocumentId'], code: 'unknown_document' })]);
  });
});

describe('reading: scope', () => {
  it('each reader lists exactly the needs they may open', async () => {
    await insertNeed(db(), { stateCode: 'NGA', themes: ['cbrn'], assessedOn: '2025-01-01', ownerOrganisationId: orgs.cted });
    await insertNeed(db(), { stateCode: 'NGA', themes: ['cbrn'], assessedOn: '2025-01-01', ownerOrganisationId: orgs.cted, confidentiality: 'un-internal' });
    await insertNeed(db(), { stateCode: 'FRA', themes: ['cbrn'], assessedOn: '2025-01-01', ownerOrganisationId: orgs.fra, confidentiality: 'public' });
    const all = (await db().execute(sql`select id from assistance_needs`)) as unknown as { rows: { id: string }[] };
    for (const who of ['coordinator', 'unodc', 'unoct', 'ctedAfrica', 'afgFocal', 'fraFocal', 'donor', 'admin'] as const) {
      const listed = (await send('GET', who, '/api/v1/needs?pageSize=200')).json();
      const readable: string[] = [];
      for (const { id } of all.rows) if ((await send('GET', who, `/api/v1/needs/${id}`)).statusCode === 200) readable.push(id);
      expect(listed.data.map((n: { id: string }) => n.id).sort(), who).toEqual(readable.sort());
      expect(listed.total, who).toBe(readable.length);
    }
  });

  it('outside the scope, a need answers exactly as an id nobody has', async () => {
    const hidden = await send('GET', 'fraFocal', `/api/v1/needs/${needs.nobody}`);
    const none = await send('GET', 'fraFocal', '/api/v1/needs/00000000-0000-4000-8000-000000000000');
    expect([hidden.statusCode, hidden.json().error.message]).toEqual([404, none.json().error.message]);
    expect((await send('GET', 'anonymous', '/api/v1/needs')).statusCode).toBe(401);
  });
});

describe('matching', () => {
  const matches = async (who: Person, id: string) => {
    const res = await send('GET', who, `/api/v1/needs/${id}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json().data.matches;
  };

  it('covered by an open request of the State sharing a theme', async () => {
    const m = await matches('afgFocal', needs.byRequest);
    expect(m.covered).toBe(true);
    expect(m.activities).toEqual([]);
    expect(m.requests).toMatchObject([{ title: titles.request, status: 'submitted', organisationName: 'UNODC', themes: ['victims'] }]);
    expect(m.requests[0].reference).toMatch(/^REQ-/);
  });

  it('covered by a named-people activity: only its named people learn which; others that an activity of another entity covers it', async () => {
    const full = { disclosed: true, title: titles.activity, status: 'planned', organisationName: 'UNOCT', startDate: '2025-06-20', endDate: '2025-07-01', themes: ['cbrn'] };
    const undisclosed = { disclosed: false, id: null, title: null, status: null, organisationName: null, startDate: null, endDate: null, themes: [] };
    // The State's focal point, a coordinator, an officer of another entity, and the one person named.
    const grid: [Person, object][] = [
      ['afgFocal', undisclosed],
      ['coordinator', undisclosed],
      ['unodc', undisclosed],
      ['unoct', full],
    ];
    // A public need, so that every one of them may read it.
    const need = await insertNeed(db(), { stateCode: 'AFG', themes: ['cbrn'], assessedOn: '2025-06-01', ownerOrganisationId: orgs.afg, confidentiality: 'public' });
    for (const [who, expected] of grid) {
      const res = await send('GET', who, `/api/v1/needs/${need}`);
      expect(res.statusCode, `${who}: ${res.body}`).toBe(200);
      const m = res.json().data.matches;
      expect(m.covered, who).toBe(true);
      expect(m.activities, who).toEqual([expected === full ? expect.objectContaining(full) : expected]);
      // The request shares cbrn too.
      if (who === 'afgFocal') expect(m.requests).toHaveLength(1);
      if (expected === undisclosed) {
        for (const secret of [titles.activity, 'UNOCT', '2025-06-20', '2025-07-01']) expect(JSON.stringify(m.activities), who).not.toContain(secret);
      }
    }
  });

  it('covered by a request the reader may not read: covered, but the request is left out, not even its id', async () => {
    const need = await insertNeed(db(), { stateCode: 'AFG', themes: ['terrorist-financing'], assessedOn: '2025-06-01', ownerOrganisationId: orgs.afg });
    const internal = await insertRequest(db(), {
      stateCode: 'AFG',
      addressedToOrganisationId: orgs.unodc,
      themes: ['terrorist-financing'],
      status: 'submitted',
      confidentiality: 'un-internal',
    });
    // The State reads its need, not the entity's internal request.
    const res = await send('GET', 'afgFocal', `/api/v1/needs/${need}`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().data.matches).toEqual({ covered: true, requests: [], activities: [] });
    expect(res.body).not.toContain(internal.id);
    expect(res.body).not.toContain(internal.reference);
    // A coordinator reads both.
    const officer = await matches('coordinator', need);
    expect(officer.requests).toMatchObject([{ id: internal.id, reference: internal.reference, title: internal.title, status: 'submitted' }]);
  });

  it('uncovered: draft and declined requests, an activity that ended before, a cancelled one do not count', async () => {
    const m = await matches('coordinator', needs.nobody);
    expect(m).toEqual({ covered: false, requests: [], activities: [] });
  });

  it('GET /needs/uncovered lists the open needs nobody covers', async () => {
    const res = await send('GET', 'afgFocal', '/api/v1/needs/uncovered?stateCode=AFG');
    expect(res.statusCode, res.body).toBe(200);
    const listed = res.json().data.map((n: { id: string }) => n.id);
    expect(listed).toContain(needs.nobody);
    expect(listed).not.toContain(needs.byRequest);
    expect(listed).not.toContain(needs.byActivity);
    // FRA's focal point does not see AFG's needs at all.
    const fra = (await send('GET', 'fraFocal', '/api/v1/needs/uncovered?stateCode=AFG')).json();
    expect(fra.total).toBe(0);
  });

  it('GET /needs/uncovered/export downloads the same needs as the view, with its filters and scope', async () => {
    const csv = await send('GET', 'afgFocal', '/api/v1/needs/uncovered/export?stateCode=AFG&format=csv');
    expect(csv.statusCode, csv.body).toBe(200);
    expect(csv.headers['content-disposition']).toBe('attachment; filename="accord-uncovered-needs-2026-03-01.csv"');
    expect(csv.headers['cache-control']).toBe('private, no-store');
    const ids = csv.body.replace(/^\uFEFF/, '').trim().split('\r\n').slice(1).map((line) => line.split(',')[0]);
    const listed = (await send('GET', 'afgFocal', '/api/v1/needs/uncovered?stateCode=AFG&pageSize=200')).json().data.map((n: { id: string }) => n.id);
    expect(ids.sort()).toEqual([...listed].sort());
    expect(ids).toContain(needs.nobody);
    expect(ids).not.toContain(needs.byRequest);
    const fra = await send('GET', 'fraFocal', '/api/v1/needs/uncovered/export?stateCode=AFG');
    expect(fra.body.replace(/^\uFEFF/, '').trim().split('\r\n')).toHaveLength(1);
    const xlsx = await send('GET', 'afgFocal', '/api/v1/needs/uncovered/export?stateCode=AFG&format=xlsx');
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    expect((await send('GET', 'afgFocal', '/api/v1/needs/uncovered/export?status=met')).statusCode).toBe(400);
  });
});

describe('a need’s assessment document', () => {
  it('is named only to those who may read it: in the list, the need, the uncovered list, the export and the State’s gaps', async () => {
    const hiddenDoc = await insertDocument(db(), { ownerOrganisationId: orgs.fra, confidentiality: 'named-people', stateCode: 'FRA' });
    const description = `Assessment out of reach ${Date.now()}`;
    const hidden = await insertNeed(db(), {
      stateCode: 'NER', themes: ['victims'], assessedOn: '2025-05-01', ownerOrganisationId: orgs.cted, confidentiality: 'public',
      description, sourceDocumentId: hiddenDoc,
    });
    const shown = await insertNeed(db(), {
      stateCode: 'NER', themes: ['cbrn'], assessedOn: '2025-05-01', ownerOrganisationId: orgs.cted, confidentiality: 'public',
      description: `${description} (public)`, sourceDocumentId: docs.public,
    });
    const documentOf = (rows: { id: string; sourceDocumentId: string | null }[], id: string) => rows.find((n) => n.id === id)?.sourceDocumentId;
    const list = (await send('GET', 'coordinator', '/api/v1/needs?stateCode=NER')).json().data;
    expect([documentOf(list, hidden), documentOf(list, shown)]).toEqual([null, docs.public]);
    expect((await send('GET', 'coordinator', `/api/v1/needs/${hidden}`)).json().data.sourceDocumentId).toBeNull();
    const uncovered = (await send('GET', 'coordinator', '/api/v1/needs/uncovered?stateCode=NER')).json().data;
    expect([documentOf(uncovered, hidden), documentOf(uncovered, shown)]).toEqual([null, docs.public]);
    for (const url of ['/api/v1/needs/export?stateCode=NER', '/api/v1/needs/uncovered/export?stateCode=NER']) {
      const csv = await send('GET', 'coordinator', url);
      expect(csv.body, url).toContain(hidden);
      expect(csv.body, url).not.toContain(hiddenDoc);
      expect(csv.body, url).toContain(docs.public);
    }
    const gaps = (await send('GET', 'coordinator', '/api/v1/participants/NER/gaps')).json().data;
    expect(documentOf(gaps.needsWithoutOpenRequest.items, hidden)).toBeNull();
  });
});

describe('PATCH /needs/:id', () => {
  it('the holder marks a need met: it leaves the uncovered list; audited with before and after', async () => {
    const res = await send('PATCH', 'afgFocal', `/api/v1/needs/${needs.nobody}`, { status: 'met' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().data.status).toBe('met');
    const uncovered = (await send('GET', 'coordinator', '/api/v1/needs/uncovered?stateCode=AFG')).json().data.map((n: { id: string }) => n.id);
    expect(uncovered).not.toContain(needs.nobody);
    const audit = await db().execute(sql`select before, after from audit_log where action = 'need:update' and target_id = ${needs.nobody}`);
    expect((audit as unknown as { rows: { before: { status: string }; after: { status: string } }[] }).rows).toMatchObject([
      { before: { status: 'open' }, after: { status: 'met' } },
    ]);
  });

  it.each([
    ['coordinator', 403],
    ['fraFocal', 404],
    ['unodc', 404],
    ['donor', 403],
    ['anonymous', 401],
  ] as const)('%s → %i, nothing changed', async (who, status) => {
    const res = await send('PATCH', who, `/api/v1/needs/${needs.byRequest}`, { description: `changed by ${who}` });
    expect(res.statusCode, res.body).toBe(status);
    const after = (await send('GET', 'afgFocal', `/api/v1/needs/${needs.byRequest}`)).json().data;
    expect(after.description).not.toContain('changed by');
  });

  it('a source document is attached later, then removed; one the holder may not read is refused', async () => {
    const created = await send('POST', 'afgFocal', '/api/v1/needs', { ...valid(), sourceOrganisationId: undefined, sourceDocumentId: undefined });
    const id = created.json().data.id as string;
    const attached = await send('PATCH', 'afgFocal', `/api/v1/needs/${id}`, { sourceDocumentId: docs.public, sourceOrganisationId: orgs.cted });
    expect(attached.statusCode, attached.body).toBe(200);
    expect(attached.json().data).toMatchObject({ sourceDocumentId: docs.public, sourceOrganisationName: 'CTED' });
    const removed = await send('PATCH', 'afgFocal', `/api/v1/needs/${id}`, { sourceDocumentId: null });
    expect(removed.statusCode, removed.body).toBe(200);
    expect(removed.json().data).toMatchObject({ sourceDocumentId: null, sourceOrganisationName: 'CTED' });
    const unknown = await send('PATCH', 'afgFocal', `/api/v1/needs/${id}`, { sourceDocumentId: '00000000-0000-4000-8000-000000000000' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.issues).toEqual([expect.objectContaining({ path: ['body', 'sourceDocumentId'], code: 'unknown_document' })]);
  });

  it.each([
    [{ status: 'done' }, 'status'],
    [{ assessedOn: '2027-01-01' }, 'assessedOn'],
    [{ stateCode: 'FRA' }, 'stateCode'],
    [{ themes: [] }, 'themes'],
  ])('bad change %j → 400', async (body, field) => {
    const res = await send('PATCH', 'afgFocal', `/api/v1/needs/${needs.byRequest}`, body);
    expect(res.statusCode, res.body).toBe(400);
    expect(JSON.stringify(res.json().error.issues)).toContain(field);
  });
});

describe('GET /needs/export', () => {
  const csvLines = (body: string) => body.replace(/^\uFEFF/, '').trim().split('\r\n');
  const HEADER =
    'id,state_code,themes,instrument_ids,description,source_title,source_organisation,source_document_id,assessed_on,status,' +
    'confidentiality,organisation,created_at,updated_at';

  it('exports the needs with the list’s filters and scope, as CSV and XLSX; a need the caller may not open is not in it', async () => {
    const open = await insertNeed(db(), {
      stateCode: 'KEN', themes: ['cbrn', 'victims'], assessedOn: '2025-02-01', ownerOrganisationId: orgs.cted, confidentiality: 'public',
      description: 'Export: Kenyan laboratories, "dual use"',
    });
    const restricted = await insertNeed(db(), {
      stateCode: 'KEN', themes: ['cbrn'], assessedOn: '2025-01-01', ownerOrganisationId: orgs.cted, description: 'Export: restricted Kenyan need',
    });
    const stamp = '2026-01-01T00:00:00.000Z';
    const openLine = `${open},KEN,cbrn; victims,,"Export: Kenyan laboratories, ""dual use""",Assessment,,,2025-02-01,open,public,CTED,${stamp},${stamp}`;
    const restrictedLine = `${restricted},KEN,cbrn,,Export: restricted Kenyan need,Assessment,,,2025-01-01,open,state-restricted,CTED,${stamp},${stamp}`;

    const csv = await send('GET', 'coordinator', '/api/v1/needs/export?format=csv&stateCode=ken');
    expect(csv.statusCode, csv.body).toBe(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['content-disposition']).toBe('attachment; filename="accord-needs-2026-03-01.csv"');
    expect(csv.headers['cache-control']).toBe('private, no-store');
    expect(csvLines(csv.body)).toEqual([HEADER, openLine, restrictedLine]);
    // The list's filters.
    expect(csvLines((await send('GET', 'coordinator', '/api/v1/needs/export?stateCode=KEN&theme=victims')).body)).toEqual([HEADER, openLine]);
    expect(csvLines((await send('GET', 'coordinator', '/api/v1/needs/export?stateCode=KEN&status=met')).body)).toEqual([HEADER]);
    expect(csvLines((await send('GET', 'coordinator', '/api/v1/needs/export?q=restricted%20Kenyan')).body)).toEqual([HEADER, restrictedLine]);
    // Its scope: an officer of another entity and another State's focal point get the public need only.
    for (const who of ['unodc', 'fraFocal'] as const) {
      const other = await send('GET', who, '/api/v1/needs/export?stateCode=KEN');
      expect(other.statusCode).toBe(200);
      expect(csvLines(other.body), who).toEqual([HEADER, openLine]);
      expect(other.body).not.toContain('restricted Kenyan');
    }
    const xlsx = await send('GET', 'unodc', '/api/v1/needs/export?format=xlsx&stateCode=KEN');
    expect(xlsx.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(xlsx.headers['content-disposition']).toBe('attachment; filename="accord-needs-2026-03-01.xlsx"');
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    expect((await send('GET', 'anonymous', '/api/v1/needs/export')).statusCode).toBe(401);
    expect((await send('GET', 'coordinator', '/api/v1/needs/export?format=pdf')).statusCode).toBe(400);
  });
});
