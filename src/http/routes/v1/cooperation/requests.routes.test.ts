// API tests of drafting requests for MLA and extradition (issue 12 §1, §3): 404 for everyone who is not a party (the
// public included) on every route, prefill from the directory and the finder, 400s naming the field, conditional
// writes (ADR 19), 409 once sent, duplication, shares, attachments checked as documents are, and the audit trail.
// The finder runs on the shipped Financing Convention list (UNTC as of 2014-07-10): France and Germany are both
// parties from 2004-07-17 (see legal-basis.routes.test.ts), so on 2005-01-01 it answers art. 12 for assistance.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisation, buildUser, signedIn } from '../../../../../test/accounts.ts';
import { ANON_CSRF } from '../../../../../test/auth-client.ts';
import { setRequestStatus } from '../../../../../test/cooperation-requests.ts';
import { insertAuthority } from '../../../../../test/authorities.ts';
import { multipart, SAMPLES } from '../../../../../test/documents.ts';
import { buildTestServer, FINANCING_2014, TEST_NOW } from '../../../../../test/http.ts';
import { insertBilateralTreaties } from '../../../../../test/legal-basis.ts';
import { auditSince, lastAuditId } from '../../../../../test/named-people.ts';

let t: Awaited<ReturnType<typeof buildTestServer>>;

type ActorName = 'fraPractitioner' | 'fraColleague' | 'deuPractitioner' | 'itaPractitioner' | 'fraFocal' | 'unOfficer' | 'donor' | 'admin' | 'anonymous';
const headers = {} as Record<ActorName, Record<string, string>>;
const userIds = {} as Record<ActorName, string>;
const ids = {} as Record<'fraOrg' | 'deuMla' | 'deuCentral' | 'itaMla' | 'bilateral', string>;
/** Never parties to a FRA draft: they get 404 for everything. */
const STRANGERS: ActorName[] = ['deuPractitioner', 'itaPractitioner', 'fraFocal', 'unOfficer', 'donor', 'admin', 'anonymous'];

const API = '/api/v1/cooperation/requests';
const FROM_FINDER = { conduct: 'terrorist-financing', asOf: '2005-01-01', instrumentId: 'financing1999' };

beforeAll(async () => {
  t = await buildTestServer([FINANCING_2014]);
  const db = t.database.db;
  ids.fraOrg = (await buildOrganisation(db, { kind: 'state-authority', stateCode: 'FRA', name: 'Bureau de l’entraide pénale internationale' })).id;
  const fraMinistry = (await buildOrganisation(db, { kind: 'state-authority', stateCode: 'FRA', name: 'Ministère de l’Intérieur' })).id;
  const deu = (await buildOrganisation(db, { kind: 'state-authority', stateCode: 'DEU' })).id;
  const ita = (await buildOrganisation(db, { kind: 'state-authority', stateCode: 'ITA' })).id;
  const people: Record<Exclude<ActorName, 'anonymous'>, Parameters<typeof buildUser>[1]> = {
    fraPractitioner: { role: 'central-authority-practitioner', organisation: { id: ids.fraOrg }, displayName: 'Camille Martin', email: 'camille.martin@example.fr' },
    fraColleague: { role: 'central-authority-practitioner', organisation: { id: fraMinistry }, displayName: 'Louis Bernard' },
    deuPractitioner: { role: 'central-authority-practitioner', organisation: { id: deu }, displayName: 'Jonas Weber' },
    itaPractitioner: { role: 'central-authority-practitioner', organisation: { id: ita } },
    fraFocal: { role: 'focal-point', organisation: { id: ids.fraOrg } },
    unOfficer: { role: 'entity-officer', organisation: { id: (await buildOrganisation(db, { kind: 'un-entity', name: 'UNODC' })).id } },
    donor: { role: 'donor-representative' },
    admin: { platformAdmin: true },
  };
  // The public sends what a browser would (the pre-sign-in CSRF token), so a refusal is the request's own rule.
  headers.anonymous = { cookie: `accord_csrf=${ANON_CSRF}`, 'x-csrf-token': ANON_CSRF };
  for (const [name, input] of Object.entries(people) as [Exclude<ActorName, 'anonymous'>, Parameters<typeof buildUser>[1]][]) {
    const u = (await buildUser(db, input, TEST_NOW)).user;
    userIds[name] = u.id;
    headers[name] = (await signedIn(db, u.id, TEST_NOW)).headers;
  }
  const entry = { address: 'Mohrenstraße 37, Berlin', channels: ['diplomatic' as const, 'direct' as const], languages: ['de', 'en', 'fr'] };
  ids.deuMla = (await insertAuthority(db, { ...entry, stateCode: 'DEU', kind: 'mla', name: 'Bundesamt für Justiz', requirements: { certification: 'Certified copies only.' }, requestItems: ['offence-law-text'] }, TEST_NOW)).id;
  ids.deuCentral = (await insertAuthority(db, { ...entry, stateCode: 'DEU', kind: 'central-authority', instrumentId: 'untoc2000', name: 'Bundesministerium der Justiz' }, TEST_NOW)).id;
  ids.itaMla = (await insertAuthority(db, { stateCode: 'ITA', kind: 'mla', name: 'Ministero della Giustizia', address: 'Via Arenula 70, Roma', languages: ['it', 'fr'] }, TEST_NOW)).id;
  ids.bilateral = crypto.randomUUID();
  await insertBilateralTreaties(db, [
    { id: ids.bilateral, kind: 'mla', title: 'Test treaty FRA–ITA (fixture)', stateA: 'FRA', stateB: 'ITA', inForceFrom: '2001-01-01', source: 'test fixture', createdAt: TEST_NOW, updatedAt: TEST_NOW },
  ]);
}, 120_000);
afterAll(() => t.close());

const inject = (who: ActorName, method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, payload?: object, extra: Record<string, string> = {}) =>
  t.app.inject({ method, url, headers: { ...headers[who], ...extra }, ...(payload ? { payload } : {}) });
const issuePaths = (res: { json: () => { error: { issues: { path: string[] }[] } } }) => res.json().error.issues.map((i) => i.path.join('.'));

async function draft(kind: 'mla' | 'extradition' = 'mla', body: object = {}) {
  const res = await inject('fraPractitioner', 'POST', API, { kind, requestedStateCode: 'DEU', ...body });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().data as { id: string; version: number; content: Record<string, Record<string, unknown>>; [k: string]: unknown };
}

describe('creating a draft', () => {
  it('fills the requesting authority and contact from the caller, the requested authority from the directory and the legal basis from the finder', async () => {
    const before = await lastAuditId(t.database.db);
    const res = await inject('fraPractitioner', 'POST', API, { kind: 'mla', requestedStateCode: 'DEU', fromFinder: FROM_FINDER });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.headers.etag).toBe('"v1"');
    const data = res.json().data;
    expect(data).toMatchObject({
      status: 'draft',
      sides: ['requesting'],
      requestingState: { code: 'FRA' },
      requestedState: { code: 'DEU' },
      requestingOrganisation: { id: ids.fraOrg, name: 'Bureau de l’entraide pénale internationale' },
      requestedAuthority: { id: ids.deuMla, name: 'Bundesamt für Justiz' },
      instrumentId: 'financing1999',
      acceptedLanguages: ['de', 'en', 'fr'],
      requestedRequirements: { certification: 'Certified copies only.' },
    });
    expect(data.content.requesting).toMatchObject({ authorityName: 'Bureau de l’entraide pénale internationale', contactName: 'Camille Martin', contactEmail: 'camille.martin@example.fr' });
    // The MLA entry before the central authority; the first accepted language of the six (German is not one).
    expect(data.content.requested).toEqual({ authorityId: ids.deuMla, authorityName: 'Bundesamt für Justiz', address: 'Mohrenstraße 37, Berlin', channel: 'diplomatic', language: 'en' });
    expect(data.content.legalBasis).toMatchObject({ instrumentId: 'financing1999', bilateralTreatyId: null, reciprocity: false });
    expect(data.content.legalBasis.articles.split(', ')).toContain('12(1)-(3)');
    expect(data.events).toMatchObject([{ event: 'create', toStatus: 'draft', side: 'requesting', by: 'Camille Martin' }]);
    // The requested State's entry asks for the law's text: known requirements, and the item missing on its step.
    expect(data.completeness).toMatchObject({ requestedStateRequirements: 'known', complete: false });
    expect(data.completeness.missing).toContain('offence-law-text');
    expect(data.abilities).toMatchObject({ edit: true, share: true, delete: true, duplicate: true, message: false, events: ['send'] });
    const audit = await auditSince(t.database.db, before);
    expect(audit.map((a) => [a.action, a.targetId])).toEqual([
      ['cooperation-request:create', data.id],
      ['cooperation-request:read', data.id],
    ]);
    // What people wrote stays out of the trail.
    expect(JSON.stringify(audit)).not.toContain('Camille Martin');
  });

  it('starts from scratch, and on reciprocity when the finder’s treaty is none', async () => {
    const blank = await draft('extradition');
    // Germany has no extradition entry: nothing is filled in, and its requirements are unknown.
    expect(blank.content.requested).toEqual({ authorityId: null, authorityName: '', address: '', channel: '', language: '' });
    expect(blank.content.legalBasis).toMatchObject({ instrumentId: null, reciprocity: false, articles: '' });
    expect((blank.completeness as { requestedStateRequirements: string }).requestedStateRequirements).toBe('unknown');
    const reciprocity = await draft('mla', { requestedAuthorityId: ids.deuCentral, fromFinder: { ...FROM_FINDER, instrumentId: null } });
    expect(reciprocity.content.legalBasis).toMatchObject({ instrumentId: null, reciprocity: true });
    expect(reciprocity.content.requested!.authorityId).toBe(ids.deuCentral);
  });

  it('answers 400 naming the field: unknown or same State, an authority of another State, a treaty not in the answer', async () => {
    const post = (body: object) => inject('fraPractitioner', 'POST', API, { kind: 'mla', requestedStateCode: 'DEU', ...body });
    expect(issuePaths(await post({ requestedStateCode: 'XXX' }))).toEqual(['body.requestedStateCode']);
    expect(issuePaths(await post({ requestedStateCode: 'FRA' }))).toEqual(['body.requestedStateCode']);
    expect(issuePaths(await post({ requestedAuthorityId: ids.itaMla }))).toEqual(['body.requestedAuthorityId']);
    expect(issuePaths(await post({ fromFinder: { ...FROM_FINDER, instrumentId: 'untoc2000' } }))).toEqual(['body.fromFinder.instrumentId']);
    expect(issuePaths(await post({ fromFinder: { ...FROM_FINDER, instrumentId: null, bilateralTreatyId: ids.bilateral } }))).toEqual(['body.fromFinder.bilateralTreatyId']);
    expect((await post({ secret: true })).statusCode).toBe(400);
  });

  it('answers 404 to whoever does not draft in a State authority, and to a State authority not theirs', async () => {
    for (const who of ['fraFocal', 'unOfficer', 'donor', 'admin', 'anonymous'] as const) {
      const res = await inject(who, 'POST', API, { kind: 'mla', requestedStateCode: 'DEU' });
      expect(res.statusCode, `${who}: ${res.body}`).toBe(404);
    }
    const other = await inject('itaPractitioner', 'POST', API, { kind: 'mla', requestedStateCode: 'DEU', requestingOrganisationId: ids.fraOrg });
    expect(other.statusCode).toBe(404);
  });
});

describe('confidentiality: parties only', () => {
  it('gives every stranger 404 on every route of a draft, and an empty list', async () => {
    const d = await draft();
    const v = { 'if-match': '"v1"' };
    for (const who of STRANGERS) {
      const answers = [
        await inject(who, 'GET', `${API}/${d.id}`),
        await inject(who, 'PATCH', `${API}/${d.id}`, { contentShared: true }, v),
        await inject(who, 'DELETE', `${API}/${d.id}`, undefined, v),
        await inject(who, 'POST', `${API}/${d.id}/duplicate`, { requestedStateCode: 'ITA' }),
        await inject(who, 'PUT', `${API}/${d.id}/shares`, { userIds: [] }, v),
        await inject(who, 'GET', `${API}/${d.id}/share-candidates`),
        await inject(who, 'DELETE', `${API}/${d.id}/attachments/${crypto.randomUUID()}`),
      ];
      expect(answers.map((a) => a.statusCode), who).toEqual([404, 404, 404, 404, 404, 404, 404]);
      const list = await inject(who, 'GET', API);
      expect(list.statusCode).toBe(200);
      // Another State's practitioners draft their own requests: they may start one, and see none of these.
      expect(list.json()).toMatchObject({ data: [], total: 0, abilities: { create: who === 'deuPractitioner' || who === 'itaPractitioner' } });
    }
    const mine = (await inject('fraPractitioner', 'GET', `${API}?side=requesting&kind=mla&state=DEU`)).json();
    expect(mine.abilities.create).toBe(true);
    expect(mine.data.map((r: { id: string }) => r.id)).toContain(d.id);
    expect((await inject('fraPractitioner', 'GET', `${API}/not-an-id`)).statusCode).toBe(404);
  });

  it('shows a sent request’s record to the requested State, its content only once shared, and names people to their own side', async () => {
    const d = await draft();
    await setRequestStatus(t.database.db, d.id, 'sent', TEST_NOW);
    const seen = await inject('deuPractitioner', 'GET', `${API}/${d.id}`);
    expect(seen.statusCode, seen.body).toBe(200);
    expect(seen.json().data).toMatchObject({ status: 'sent', sides: ['requested'], content: null, completeness: null, attachments: [], sharedWith: [] });
    expect(seen.json().data.events[0].by).toBeNull();
    expect(seen.body).not.toContain('Camille Martin');
    expect((await inject('deuPractitioner', 'GET', API)).json().data.map((r: { id: string }) => r.id)).toContain(d.id);
    // Editing a sent request: 409; showing it to the other authority: any time.
    const edit = await inject('fraPractitioner', 'PATCH', `${API}/${d.id}`, { content: { facts: { summary: 'Too late.' } } }, { 'if-match': '"v2"' });
    expect(edit.statusCode).toBe(409);
    expect(edit.json().error.code).toBe('INVALID_TRANSITION');
    expect((await inject('fraPractitioner', 'DELETE', `${API}/${d.id}`, undefined, { 'if-match': '"v2"' })).statusCode).toBe(409);
    const share = await inject('fraPractitioner', 'PATCH', `${API}/${d.id}`, { contentShared: true }, { 'if-match': '"v2"' });
    expect(share.statusCode, share.body).toBe(200);
    expect((await inject('deuPractitioner', 'GET', `${API}/${d.id}`)).json().data.content.requested.authorityName).toBe('Bundesamt für Justiz');
    // The requested side never edits the content.
    expect((await inject('deuPractitioner', 'PATCH', `${API}/${d.id}`, { contentShared: false }, { 'if-match': '"v3"' })).statusCode).toBe(404);
  });
});

describe('saving the steps', () => {
  it('merges each part over the stored one, fills the authority chosen from the directory, and says what is missing', async () => {
    const d = await draft();
    const res = await inject(
      'fraPractitioner',
      'PATCH',
      `${API}/${d.id}`,
      {
        step: 'offences',
        content: {
          requesting: { reference: 'BEPI/2026/17' },
          requested: { authorityId: ids.deuCentral },
          offences: [{ name: 'Financement du terrorisme', lawReference: 'Code pénal, art. 421-2-2', lawText: 'Constitue également un acte de terrorisme…', penalty: '10 ans' }],
        },
      },
      { 'if-match': '"v1"' },
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers.etag).toBe('"v2"');
    const data = res.json().data;
    expect(data.requestingReference).toBe('BEPI/2026/17');
    // Merged: the contact filled at creation stays; the authority's name, address and channel come from the directory.
    expect(data.content.requesting).toMatchObject({ reference: 'BEPI/2026/17', contactName: 'Camille Martin' });
    expect(data.content.requested).toMatchObject({ authorityId: ids.deuCentral, authorityName: 'Bundesministerium der Justiz', channel: 'diplomatic' });
    expect(data.content.offences[0].lawText).toBe('Constitue également un acte de terrorisme…');
    // The central authority's entry says nothing of what it requires: unknown.
    expect(data.completeness.requestedStateRequirements).toBe('unknown');
    expect(data.completeness.missing).not.toContain('offences');
  });

  it('answers 400 naming references that do not hold, 428 without a version and 412 on an old one', async () => {
    const d = await draft();
    const patch = (content: object) => inject('fraPractitioner', 'PATCH', `${API}/${d.id}`, { content }, { 'if-match': '"v1"' });
    expect(issuePaths(await patch({ requested: { authorityId: ids.itaMla } }))).toEqual(['body.content.requested.authorityId']);
    expect(issuePaths(await patch({ legalBasis: { instrumentId: 'no-such-treaty', bilateralTreatyId: ids.bilateral } }))).toEqual([
      'body.content.legalBasis.instrumentId',
      'body.content.legalBasis.bilateralTreatyId',
    ]);
    expect((await patch({ facts: { summary: 'x', unknown: 1 } })).statusCode).toBe(400);
    const noVersion = await t.app.inject({ method: 'PATCH', url: `${API}/${d.id}`, headers: headers.fraPractitioner, payload: { contentShared: true } });
    expect(noVersion.statusCode).toBe(428);
    expect((await patch({ facts: { summary: 'First.' } })).statusCode).toBe(200);
    const late = await patch({ facts: { summary: 'Second.' } });
    expect(late.statusCode).toBe(412);
    expect(late.json()).toMatchObject({ data: { version: 2, content: { facts: { summary: 'First.' } } }, error: { code: 'PRECONDITION_FAILED' } });
  });

  it('deletes a draft, audited; then it is gone', async () => {
    const d = await draft();
    const before = await lastAuditId(t.database.db);
    expect((await inject('fraPractitioner', 'DELETE', `${API}/${d.id}`)).statusCode).toBe(428);
    expect((await inject('fraPractitioner', 'DELETE', `${API}/${d.id}`, undefined, { 'if-match': '"v1"' })).statusCode).toBe(204);
    expect((await inject('fraPractitioner', 'GET', `${API}/${d.id}`)).statusCode).toBe(404);
    expect((await auditSince(t.database.db, before)).map((a) => a.action)).toEqual(['cooperation-request:delete']);
  });
});

describe('duplicating, sharing and attaching', () => {
  it('duplicates for another State: same content, the requested part from that State’s directory', async () => {
    const d = await draft('mla', { fromFinder: FROM_FINDER });
    await inject('fraPractitioner', 'PATCH', `${API}/${d.id}`, { content: { facts: { summary: 'Des virements.' } } }, { 'if-match': '"v1"' });
    expect(issuePaths(await inject('fraPractitioner', 'POST', `${API}/${d.id}/duplicate`, { requestedStateCode: 'FRA' }))).toEqual(['body.requestedStateCode']);
    expect(issuePaths(await inject('fraPractitioner', 'POST', `${API}/${d.id}/duplicate`, { requestedStateCode: 'ITA', requestedAuthorityId: ids.deuMla }))).toEqual(['body.requestedAuthorityId']);
    const res = await inject('fraPractitioner', 'POST', `${API}/${d.id}/duplicate`, { requestedStateCode: 'ITA' });
    expect(res.statusCode, res.body).toBe(201);
    const copy = res.json().data;
    expect(copy).toMatchObject({ status: 'draft', duplicatedFrom: d.id, requestedState: { code: 'ITA' }, requestedAuthority: { id: ids.itaMla } });
    expect(copy.id).not.toBe(d.id);
    expect(copy.content.facts.summary).toBe('Des virements.');
    expect(copy.content.legalBasis.instrumentId).toBe('financing1999');
    expect(copy.content.requested).toEqual({ authorityId: ids.itaMla, authorityName: 'Ministero della Giustizia', address: 'Via Arenula 70, Roma', channel: '', language: 'fr' });
  });

  it('shares with people of the requesting State’s authorities only, by name', async () => {
    const d = await draft();
    const candidates = await inject('fraPractitioner', 'GET', `${API}/${d.id}/share-candidates`);
    expect(candidates.statusCode).toBe(200);
    const names = candidates.json().data.map((c: { name: string }) => c.name);
    expect(names).toContain('Louis Bernard');
    expect(names).not.toContain('Jonas Weber');
    const bad = await inject('fraPractitioner', 'PUT', `${API}/${d.id}/shares`, { userIds: [userIds.fraColleague, userIds.deuPractitioner] }, { 'if-match': '"v1"' });
    expect(issuePaths(bad)).toEqual(['body.userIds.1']);
    const before = await lastAuditId(t.database.db);
    const ok = await inject('fraPractitioner', 'PUT', `${API}/${d.id}/shares`, { userIds: [userIds.fraColleague] }, { 'if-match': '"v1"' });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().data.sharedWith).toEqual([{ id: userIds.fraColleague, name: 'Louis Bernard' }]);
    expect((await auditSince(t.database.db, before)).map((a) => a.action)).toEqual(['cooperation-request:share', 'cooperation-request:read']);
    // The person named works on it (their own side's names shown), but does not decide who else may.
    const named = await inject('fraColleague', 'GET', `${API}/${d.id}`);
    expect(named.statusCode).toBe(200);
    expect(named.json().data).toMatchObject({ sides: ['requesting'], abilities: { edit: true, share: false } });
    expect(named.json().data.events[0].by).toBe('Camille Martin');
    expect((await inject('fraColleague', 'GET', `${API}/${d.id}/share-candidates`)).statusCode).toBe(404);
    expect((await inject('fraColleague', 'GET', `${API}?side=requesting`)).json().data.map((r: { id: string }) => r.id)).toContain(d.id);
  });

  it('attaches documents as the library stores them, refusing a wrong type; detaches them', async () => {
    const d = await draft();
    const upload = (file: { name: string; content: Buffer }, who: ActorName = 'fraPractitioner') => {
      const form = multipart({ title: 'Relevés bancaires' }, file);
      return t.app.inject({ method: 'POST', url: `${API}/${d.id}/attachments`, headers: { ...headers[who], ...form.headers }, payload: form.payload });
    };
    const exe = await upload({ name: 'releves.pdf', content: SAMPLES.exe() });
    expect(exe.statusCode).toBe(400);
    expect(issuePaths(exe)).toEqual(['body.file']);
    expect((await upload({ name: 'releves.pdf', content: SAMPLES.pdf() }, 'deuPractitioner')).statusCode).toBe(404);
    const ok = await upload({ name: 'releves.pdf', content: SAMPLES.pdf() });
    expect(ok.statusCode, ok.body).toBe(201);
    const [attachment] = ok.json().data.attachments;
    expect(attachment).toMatchObject({ title: 'Relevés bancaires', fileName: 'releves.pdf' });
    // A named-people document: its file is for the requesting authority, not the other State's practitioners.
    expect((await inject('fraPractitioner', 'GET', `/api/v1/documents/${attachment.id}`)).statusCode).toBe(200);
    expect((await inject('deuPractitioner', 'GET', `/api/v1/documents/${attachment.id}`)).statusCode).toBe(404);
    const detached = await inject('fraPractitioner', 'DELETE', `${API}/${d.id}/attachments/${attachment.id}`);
    expect(detached.statusCode).toBe(200);
    expect(detached.json().data.attachments).toEqual([]);
    expect((await inject('fraPractitioner', 'DELETE', `${API}/${d.id}/attachments/${attachment.id}`)).statusCode).toBe(404);
  });
});
