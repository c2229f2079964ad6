// Every read that shows a named-people record is audited (README), whatever the path. Like the access matrix, this
// walks every GET route registered: it plants named-people records of every kind that has them (documents, requests,
// activities), each with a marker in its title, names the reader on them, and calls each route as that reader. A
// route whose answer shows one of them (its title, found by its marker; an id alone shows no content) must have written an audit entry naming it during that
// request; one that did not fails here by name. A route with path parameters is given the planted records' ids, or
// is listed in NO_RECORD with the reason it cannot show one, so that no route is skipped unseen.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisation, buildUser, signedIn } from '../../test/accounts.ts';
import { buildProgramme, buildStrategy } from '../../test/activities.ts';
import { insertActivity, insertDocument, insertNeed, insertOverlap, insertRequest } from '../../test/coordination.ts';
import { buildCooperationRequest } from '../../test/cooperation-requests.ts';
import { buildTestServer, TEST_NOW } from '../../test/http.ts';
import { auditSince, insertNotifications, lastAuditId, linkActivity, nameOnDocument, nameOnRequest } from '../../test/named-people.ts';

type Headers = Record<string, string>;
let t: Awaited<ReturnType<typeof buildTestServer>>;
let reader: { id: string; headers: Headers };
/** Each planted record: its id, and the marker in its title. */
const planted: { kind: string; id: string; marker: string }[] = [];
const ids: Record<string, string> = {};

/** Routes with path parameters that can never show a named-people record, and why. */
const NO_RECORD: Record<string, string> = {
  'GET /api/v1/mandates/resolutions': 'resolutions: public UN documents',
  'GET /api/v1/mandates/resolutions/:id': 'a resolution, its paragraphs and their corrections: public UN documents',
  'GET /api/v1/mandates/vocabularies': 'mandate vocabularies from public resolutions',
  'GET /api/v1/participants/:code': 'treaty status of a State: public data',
  'GET /api/v1/instruments/:id': 'a treaty: public data',
  'GET /api/v1/legislation/checklists/:instrumentId': 'what a treaty requires: public data',
  'GET /api/v1/states/:code/legislation': 'incorporation assessments and the public laws they rest on: public data',
  'GET /api/v1/instruments/:id/party-counts': 'counts of parties: public data',
  'GET /api/v1/instruments/:id/articles': 'a treaty text: public data',
  'GET /api/v1/instruments/:id/articles/:article': 'a treaty article: public data',
  'GET /api/v1/instruments/:id/provisions': "a treaty's cooperation provisions: public data",
  'GET /api/v1/import-batches/:id': 'an import of a status list',
  'GET /api/v1/invitations/by-token/:token': 'an invitation: a person and an organisation',
  'GET /api/v1/organisations/:id': 'an organisation',
  'GET /api/v1/people/:id': 'a person',
  'GET /api/v1/auth/oidc/callback': 'single sign-on',
  'GET /api/v1/cooperation/bilateral-treaties/:id': 'a bilateral treaty: public facts',
  'GET /api/v1/cooperation/declarations/:id': "a State's declaration: public facts",
  'GET /api/v1/cooperation/authorities/:id': 'a competent authority (its contact reads are audited on their own)',
  'GET /api/v1/cooperation/authorities/:id/history': 'a competent authority’s versions',
  'GET /api/v1/cooperation/requests/:id/messages': 'the conversation of a request for MLA or extradition (each read audited on its own)',
  'GET /api/v1/cooperation/requests/:id/share-candidates': 'people of a State’s authorities, by name',
  'GET /api/v1/cooperation/request-templates/:kind': 'the request templates’ words: public',
  'GET /api/v1/funding/contributions': 'pledges and contributions: money, never a named-people record (allocations name only the ids of what they fund)',
  'GET /api/v1/funding/contributions/:id': 'a contribution with its allocations and expenditure: amounts and the ids of what they fund, no record’s content',
  'GET /api/v1/funding/balances': 'totals per donor, computed from amounts',
  'GET /api/v1/funding/exchange-rates': 'exchange rates from imported tables: public data',
  'GET /api/v1/funding/donors/:id': 'a donor’s funding: a named-people activity it funded is only counted, never named (app/funding/export-ledger.ts discloses)',
  'GET /api/v1/reports': 'report drafts: figures, no record',
  'GET /api/v1/reports/:id': 'a report draft: aggregate figures, no record',
  'GET /api/v1/reports/:id/report.docx': 'a report draft: aggregate figures, no record',
  'GET /api/v1/reports/:id/report.xlsx': 'a report draft: aggregate figures, no record',
  'GET /api/v1/reports/:id/figures/:figureId/records': 'the records behind a figure never list a named-people record (counted as hidden)',
};

/** The URL that makes each route with path parameters show the planted records. */
const urls = (): Record<string, string> => ({
  'GET /api/v1/documents/:id': `/api/v1/documents/${ids.document}`,
  'GET /api/v1/documents/:id/content': `/api/v1/documents/${ids.document}/content`,
  'GET /api/v1/documents/:id/offline': `/api/v1/documents/${ids.document}/offline`,
  'GET /api/v1/documents/:id/provisions': `/api/v1/documents/${ids.document}/provisions`,
  'GET /api/v1/documents/:id/provisions/:provisionId': `/api/v1/documents/${ids.document}/provisions/${randomUUID()}`,
  'GET /api/v1/assistance-requests/:id': `/api/v1/assistance-requests/${ids.request}`,
  'GET /api/v1/activities/:id': `/api/v1/activities/${ids.activity}`,
  'GET /api/v1/programmes/:id': `/api/v1/programmes/${ids.programme}`,
  'GET /api/v1/strategies/:id': `/api/v1/strategies/${ids.strategy}`,
  'GET /api/v1/needs/:id': `/api/v1/needs/${ids.need}`,
  'GET /api/v1/participants/:code/gaps': '/api/v1/participants/AFG/gaps',
  'GET /api/v1/feeds/:token.atom': ids.feed!,
  'GET /api/v1/cooperation/requests/:id': `/api/v1/cooperation/requests/${ids.cooperationRequest}`,
  'GET /api/v1/cooperation/requests/:id/document.docx': `/api/v1/cooperation/requests/${ids.cooperationRequest}/document.docx?language=en`,
  'GET /api/v1/cooperation/requests/:id/document.html': `/api/v1/cooperation/requests/${ids.cooperationRequest}/document.html?language=en`,
});

const T = (kind: string) => {
  const marker = `NPMARK${kind.replace(/[^a-z]/g, '')}${randomUUID().slice(0, 8)}`;
  return { marker, title: `${marker} ${kind}` };
};

beforeAll(async () => {
  t = await buildTestServer([]);
  const db = t.database.db;
  const unodc = (await buildOrganisation(db, { kind: 'un-entity', name: 'UNODC' })).id;
  const cted = (await buildOrganisation(db, { kind: 'un-entity', name: 'CTED' })).id;
  const user = (await buildUser(db, { role: 'coordinator' }, TEST_NOW)).user;
  reader = { id: user.id, headers: (await signedIn(db, user.id, TEST_NOW)).headers };
  const named = { confidentiality: 'named-people', namedUserIds: [user.id] };

  ids.programme = (await buildProgramme(db, { organisationId: unodc, stateCodes: ['AFG'] }, TEST_NOW)).id;
  ids.strategy = (await buildStrategy(db, {}, TEST_NOW)).id;
  const a = T('activity');
  const base = { stateCodes: ['AFG'], themes: ['victims'], startDate: '2026-05-04', endDate: '2026-05-06' };
  ids.activity = await insertActivity(db, { ...base, ...named, organisationId: unodc, title: a.title });
  planted.push({ kind: 'activity', id: ids.activity, marker: a.marker });
  const b = T('other activity');
  ids.otherActivity = await insertActivity(db, { ...base, ...named, organisationId: cted, title: b.title });
  planted.push({ kind: 'activity', id: ids.otherActivity, marker: b.marker });
  await insertOverlap(db, { activityId: ids.activity, otherActivityId: ids.otherActivity, stateCodes: ['AFG'], themes: ['victims'], fromDate: base.startDate, toDate: base.endDate });

  const d = T('document');
  ids.document = await insertDocument(db, { ownerOrganisationId: unodc, confidentiality: 'named-people', stateCode: 'AFG', title: d.title });
  await nameOnDocument(db, ids.document, [user.id]);
  planted.push({ kind: 'document', id: ids.document, marker: d.marker });

  const r = T('request');
  ids.request = (await insertRequest(db, { stateCode: 'AFG', addressedToOrganisationId: unodc, themes: ['victims'], status: 'submitted', title: r.title, confidentiality: 'named-people' })).id;
  // The named-people document is attached to it: its title shows on the request's page.
  await nameOnRequest(db, ids.request, [user.id], [ids.document]);
  planted.push({ kind: 'request', id: ids.request, marker: r.marker });

  // A request for MLA naming the reader, with the named-people document attached: its title shows on the request.
  ids.cooperationRequest = (await buildCooperationRequest(db, { at: TEST_NOW, sharedUserIds: [user.id], attachmentDocumentIds: [ids.document] })).id;

  // The activity belongs to the programme, the strategy and the request; a need about the same State and theme.
  await linkActivity(db, ids.activity, { programmeId: ids.programme, strategyId: ids.strategy, requestId: ids.request });
  ids.need = await insertNeed(db, { stateCode: 'AFG', themes: ['victims'], assessedOn: '2025-10-01', ownerOrganisationId: cted });

  // The reader follows Afghanistan, and was notified of both.
  const sub = await t.app.inject({ method: 'POST', url: '/api/v1/me/subscriptions', headers: reader.headers, payload: { kind: 'state', value: 'AFG' } });
  if (sub.statusCode !== 201) throw new Error(`subscribing: ${sub.statusCode} ${sub.body}`);
  ids.feed = new URL(sub.json().data.feedUrl as string).pathname;
  await insertNotifications(db, [
    { userId: user.id, kind: 'activity-planned', recordType: 'activity', recordId: ids.activity, subscriptionId: sub.json().data.id, params: { title: a.title }, createdAt: TEST_NOW },
    { userId: user.id, kind: 'request-submitted', recordType: 'request', recordId: ids.request, subscriptionId: sub.json().data.id, params: { title: r.title, reference: 'REQ-X' }, createdAt: TEST_NOW },
  ]);
}, 120_000);
afterAll(() => t.close());

const getRoutes = () => t.app.registeredRoutes.filter((r) => r.method === 'GET' && r.url.startsWith('/api/v1/'));


/** What each route showed of the planted records, and whether an entry by the reader named each of them. */
async function walk(): Promise<{ shown: Map<string, string[]>; unaudited: string[] }> {
  const shown = new Map<string, string[]>();
  const unaudited: string[] = [];
  const withParams = urls();
  for (const route of getRoutes()) {
    const key = `GET ${route.url}`;
    if (NO_RECORD[key]) continue;
    const url = route.url.includes(':') ? withParams[key] : route.url;
    if (!url) {
      unaudited.push(`${key}: give it a URL in named-people-reads.test.ts, or list it in NO_RECORD with a reason`);
      continue;
    }
    const before = await lastAuditId(t.database.db);
    const res = await t.app.inject({ method: 'GET', url, headers: reader.headers });
    const body = res.rawPayload.toString('utf8');
    const seen = planted.filter((p) => body.includes(p.marker));
    if (seen.length === 0) continue;
    shown.set(key, seen.map((p) => p.kind));
    const entries = await auditSince(t.database.db, before, `user:${reader.id}`);
    const recorded = JSON.stringify(entries.map((e) => [e.action, e.targetId, e.after]));
    const missing = seen.filter((p) => !recorded.includes(p.id));
    if (missing.length) unaudited.push(`${key} shows named-people ${missing.map((p) => `${p.kind} ${p.id}`).join(', ')} without an audit entry`);
  }
  return { shown, unaudited };
}

describe('named-people reads', () => {
  it('are audited on every GET route that shows one, one entry per request', async () => {
    const { shown, unaudited } = await walk();
    expect(unaudited).toEqual([]);
    // The walk reached the records: these paths show them (so the test cannot pass by showing nothing).
    expect([...shown.keys()]).toEqual(
      expect.arrayContaining([
        'GET /api/v1/documents',
        'GET /api/v1/documents/export',
        'GET /api/v1/documents/:id',
        'GET /api/v1/documents/:id/offline',
        'GET /api/v1/activities',
        'GET /api/v1/activities/export',
        'GET /api/v1/activities/:id',
        'GET /api/v1/assistance-requests',
        'GET /api/v1/assistance-requests/:id',
        'GET /api/v1/me/notifications',
        'GET /api/v1/feeds/:token.atom',
        'GET /api/v1/cooperation/requests/:id',
      ]),
    );
  }, 300_000);

  it('audits the calendar export too, naming each activity once', async () => {
    const before = await lastAuditId(t.database.db);
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/activities/export?format=ics', headers: reader.headers });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain(planted[0]!.marker);
    const entries = await auditSince(t.database.db, before);
    expect(entries.map((e) => [e.actor, e.action, e.targetType])).toEqual([[`user:${reader.id}`, 'named-people:read', 'records']]);
    expect(entries[0]!.after).toMatchObject({ via: 'activities:export:ics' });
    expect((entries[0]!.after as { activity: string[] }).activity.sort()).toEqual([ids.activity, ids.otherActivity].sort());
  });
});
