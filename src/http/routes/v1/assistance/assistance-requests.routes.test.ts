// API tests of assistance requests: the life of a request from a focal point's draft to its evaluation; decline,
// referral and withdrawal; every bad input of the issue answers a clear 4xx and changes nothing; cross-State
// isolation (read, list, CSV export, guessing); a draft stays the State's own; every write is audited.
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisation, buildUser, signedIn } from '../../../../../test/accounts.ts';
import { multipart, SAMPLES } from '../../../../../test/documents.ts';
import { buildTestServer, TEST_NOW } from '../../../../../test/http.ts';

let t: Awaited<ReturnType<typeof buildTestServer>>;

const PEOPLE = [
  'afgFocal',
  'afgColleague',
  'fraFocal',
  'unodcOfficer',
  'unodcAfricaOfficer',
  'ctedOfficer',
  'coordinator',
  'donor',
] as const;
type Who = (typeof PEOPLE)[number] | 'anonymous';
type Headers = Record<string, string>;
const headers = { anonymous: {} } as Record<Who, Headers>;
const userIds = {} as Record<Who, string>;
const orgs = {} as Record<'unodc' | 'cted' | 'osce' | 'afg' | 'fra' | 'donor', string>;

beforeAll(async () => {
  t = await buildTestServer([]);
  const db = t.database.db;
  orgs.unodc = (await buildOrganisation(db, { kind: 'un-entity', name: 'UNODC', acronym: 'UNODC' })).id;
  orgs.cted = (await buildOrganisation(db, { kind: 'un-entity', name: 'CTED', acronym: 'CTED' })).id;
  orgs.osce = (await buildOrganisation(db, { kind: 'regional-organisation', name: 'OSCE' })).id;
  orgs.afg = (await buildOrganisation(db, { kind: 'state-authority', stateCode: 'AFG', name: 'AFG Ministry of Justice' })).id;
  orgs.fra = (await buildOrganisation(db, { kind: 'state-authority', stateCode: 'FRA', name: 'FRA Justice' })).id;
  orgs.donor = (await buildOrganisation(db, { kind: 'donor', name: 'Donor' })).id;
  const people: Record<(typeof PEOPLE)[number], Parameters<typeof buildUser>[1]> = {
    afgFocal: { role: 'focal-point', organisation: { id: orgs.afg }, displayName: 'Afghan focal point' },
    afgColleague: { role: 'focal-point', organisation: { id: orgs.afg } },
    fraFocal: { role: 'focal-point', organisation: { id: orgs.fra } },
    unodcOfficer: { role: 'entity-officer', organisation: { id: orgs.unodc }, displayName: 'UNODC officer' },
    unodcAfricaOfficer: { role: 'entity-officer', organisation: { id: orgs.unodc }, regions: ['African States'] },
    ctedOfficer: { role: 'entity-officer', organisation: { id: orgs.cted } },
    coordinator: { role: 'coordinator', organisation: { id: orgs.cted } },
    donor: { role: 'donor-representative', organisation: { id: orgs.donor } },
  };
  for (const name of PEOPLE) {
    const { user } = await buildUser(db, people[name], TEST_NOW);
    userIds[name] = user.id;
    headers[name] = (await signedIn(db, user.id, TEST_NOW)).headers;
  }
});

afterAll(() => t?.close());

const URL = '/api/v1/assistance-requests';
const get = (who: Who, url: string) => t.app.inject({ method: 'GET', url, headers: headers[who] });
const send = (who: Who, method: 'POST' | 'PATCH', url: string, payload: Record<string, unknown>) =>
  t.app.inject({ method, url, headers: headers[who], payload });
const fire = (who: Who, id: string, payload: Record<string, unknown>) => send(who, 'POST', `${URL}/${id}/transitions`, payload);

function draftBody(extra: Record<string, unknown> = {}) {
  return {
    stateCode: 'AFG',
    addressedToOrganisationId: orgs.unodc,
    title: `Financing of terrorism law ${randomUUID().slice(0, 8)}`,
    themes: ['terrorist-financing', 'ratification-legislation'],
    instrumentIds: ['financing1999'],
    mandates: ['68/187/OP1'],
    needs: 'Review of the draft law criminalising the financing of terrorism.',
    priorities: 'Before the parliamentary session.',
    modality: 'hybrid',
    languages: ['fr', 'en'],
    urgency: 'high',
    ...extra,
  };
}

/** A request created by the AFG focal point and moved through these events by whoever may fire each. */
async function requestAt(events: string[], extra: Record<string, unknown> = {}): Promise<{ id: string; title: string; reference: string }> {
  const created = await send('afgFocal', 'POST', URL, draftBody(extra));
  expect(created.statusCode, created.body).toBe(201);
  const { id, title, reference } = created.json().data;
  for (const event of events) {
    const who: Who = ['submit', 'withdraw', 'evaluate'].includes(event) ? 'afgFocal' : 'unodcOfficer';
    const res = await fire(who, id, { event });
    expect(res.statusCode, `${event}: ${res.body}`).toBe(200);
  }
  return { id, title, reference };
}

async function count(table: string): Promise<number> {
  const result = await t.database.db.execute(sql`select count(*)::int as n from ${sql.identifier(table)}`);
  return Number((result as unknown as { rows: { n: number }[] }).rows[0]!.n);
}

async function auditActions(targetId: string): Promise<{ actor: string; action: string; before: unknown; after: unknown }[]> {
  const result = await t.database.db.execute(
    sql`select actor, action, before, after from audit_log where target_type = 'assistance-request' and target_id = ${targetId} order by id`,
  );
  return (result as unknown as { rows: { actor: string; action: string; before: unknown; after: unknown }[] }).rows;
}

/** What changes when a write is refused: none of these may move. */
async function snapshot() {
  return {
    requests: await count('assistance_requests'),
    events: await count('assistance_request_events'),
    messages: await count('assistance_request_messages'),
    audit: await count('audit_log'),
  };
}

async function upload(who: Who, fields: Record<string, string>): Promise<string> {
  const form = multipart({ title: `Note ${randomUUID().slice(0, 8)}`, ...fields }, { name: 'note.pdf', content: SAMPLES.pdf() });
  const res = await t.app.inject({ method: 'POST', url: '/api/v1/documents', payload: form.payload, headers: { ...headers[who], ...form.headers } });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().data.id;
}

describe('the life of a request: drafted, submitted, reviewed, accepted, planned, delivered, completed, evaluated', () => {
  let id = '';
  let title = '';

  it('a focal point opens a draft for their State, addressed to an entity', async () => {
    const res = await send('afgFocal', 'POST', URL, draftBody());
    expect(res.statusCode, res.body).toBe(201);
    expect(res.headers['cache-control']).toBe('private, no-store');
    const { data, abilities } = res.json();
    ({ id, title } = data);
    expect(data).toMatchObject({
      stateCode: 'AFG',
      status: 'draft',
      requestingOrganisationId: orgs.afg, // their authority, by default
      requestingOrganisationName: 'AFG Ministry of Justice',
      addressedToOrganisationName: 'UNODC',
      themes: ['terrorist-financing', 'ratification-legislation'],
      confidentiality: 'state-restricted',
      recordedOnBehalf: false,
      submittedAt: null,
      createdBy: userIds.afgFocal,
    });
    expect(data.reference).toMatch(/^[A-Z]{3}-2026-\d{4}$/);
    expect(data.timeline).toMatchObject([{ from: null, to: 'draft', event: 'create', byName: 'Afghan focal point' }]);
    expect(abilities).toEqual({ update: true, comment: true, events: ['submit', 'withdraw'] });
  });

  it('the draft is the State’s own: the addressed entity, coordinators and donors do not see it', async () => {
    for (const who of ['unodcOfficer', 'coordinator', 'donor', 'fraFocal'] as const) {
      expect((await get(who, `${URL}/${id}`)).statusCode, who).toBe(404);
      expect((await get(who, `${URL}?pageSize=200`)).json().data.map((r: { id: string }) => r.id), who).not.toContain(id);
      expect((await get(who, `${URL}/export?format=csv`)).body, who).not.toContain(title);
      // Coordinators and donors never fire events (403 before the request is looked up); to the others it does not exist.
      const expected = who === 'coordinator' || who === 'donor' ? 403 : 404;
      expect((await fire(who, id, { event: 'start-review' })).statusCode, who).toBe(expected);
    }
    // A colleague focal point of the same State sees and edits it.
    const colleague = await get('afgColleague', `${URL}/${id}`);
    expect(colleague.statusCode).toBe(200);
    expect(colleague.json().abilities.update).toBe(true);
  });

  it('the State edits its draft', async () => {
    const res = await send('afgColleague', 'PATCH', `${URL}/${id}`, { priorities: 'Within three months.', languages: ['fr'] });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().data).toMatchObject({ priorities: 'Within three months.', languages: ['fr'], status: 'draft' });
  });

  it('submits it; the entity now sees it, with what it may do', async () => {
    const res = await fire('afgFocal', id, { event: 'submit', comment: 'Sent with the note verbale of 1 March.' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().data).toMatchObject({ status: 'submitted', submittedAt: TEST_NOW.toISOString() });
    expect(res.json().abilities).toEqual({ update: false, comment: true, events: ['withdraw'] });
    const officer = await get('unodcOfficer', `${URL}/${id}`);
    expect(officer.statusCode).toBe(200);
    expect(officer.json().abilities).toEqual({ update: false, comment: true, events: ['start-review'] });
    const queue = await get('unodcOfficer', `${URL}?view=queue&pageSize=200`);
    expect(queue.json().data.map((r: { id: string }) => r.id)).toContain(id);
    // A coordinator reads it but neither acts nor talks; an officer of the entity limited to Africa does not see it.
    expect((await get('coordinator', `${URL}/${id}`)).json().abilities).toEqual({ update: false, comment: false, events: [] });
    expect((await get('unodcAfricaOfficer', `${URL}/${id}`)).statusCode).toBe(404);
  });

  it('once submitted, its content no longer changes (409), and nothing is written', async () => {
    const before = await snapshot();
    const res = await send('afgFocal', 'PATCH', `${URL}/${id}`, { title: 'Changed after submission' });
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ code: 'INVALID_TRANSITION', params: { from: 'submitted' } });
    // The entity could never edit it: for them it is not a question of timing.
    expect((await send('unodcOfficer', 'PATCH', `${URL}/${id}`, { title: 'x' })).statusCode).toBe(403);
    expect(await snapshot()).toEqual(before);
    expect((await get('afgFocal', `${URL}/${id}`)).json().data.title).toBe(title);
  });

  it('a transition out of order answers 409 and changes nothing; one that is not yours 403', async () => {
    const before = await snapshot();
    const accept = await fire('unodcOfficer', id, { event: 'accept' });
    expect(accept.statusCode).toBe(409);
    expect(accept.json().error).toMatchObject({ code: 'INVALID_TRANSITION', params: { from: 'submitted', event: 'accept' } });
    const evaluate = await fire('afgFocal', id, { event: 'evaluate' });
    expect(evaluate.statusCode).toBe(409);
    const review = await fire('afgFocal', id, { event: 'start-review' });
    expect(review.statusCode).toBe(403);
    expect(review.json().error.code).toBe('FORBIDDEN');
    const unknown = await fire('unodcOfficer', id, { event: 'approve' });
    expect(unknown.statusCode).toBe(400);
    expect(await snapshot()).toEqual(before);
    expect((await get('afgFocal', `${URL}/${id}`)).json().data.status).toBe('submitted');
  });

  it('the officer starts the review; both sides talk in the conversation', async () => {
    expect((await fire('unodcOfficer', id, { event: 'start-review' })).statusCode).toBe(200);
    const question = await send('unodcOfficer', 'POST', `${URL}/${id}/messages`, { body: 'Could you share the current draft law?' });
    expect(question.statusCode, question.body).toBe(201);
    expect(question.json().data).toMatchObject({ authorName: 'UNODC officer', authorOrganisationId: orgs.unodc, authorOrganisationName: 'UNODC' });
    const answer = await send('afgFocal', 'POST', `${URL}/${id}/messages`, { body: 'Attached to our next message.' });
    expect(answer.statusCode).toBe(201);
    expect(answer.json().data.authorOrganisationId).toBe(orgs.afg);
    const before = await snapshot();
    expect((await send('coordinator', 'POST', `${URL}/${id}/messages`, { body: 'Hello' })).statusCode).toBe(403);
    expect((await send('fraFocal', 'POST', `${URL}/${id}/messages`, { body: 'Hello' })).statusCode).toBe(404);
    expect((await send('afgFocal', 'POST', `${URL}/${id}/messages`, { body: '   ' })).statusCode).toBe(400);
    expect(await snapshot()).toEqual(before);
    const detail = (await get('afgFocal', `${URL}/${id}`)).json().data;
    expect(detail.messages.map((m: { body: string }) => m.body)).toEqual(['Could you share the current draft law?', 'Attached to our next message.']);
  });

  it('accepts, plans, delivers, completes; the State evaluates', async () => {
    for (const [who, event, status] of [
      ['unodcOfficer', 'accept', 'accepted'],
      ['unodcOfficer', 'plan', 'planned'],
      ['unodcOfficer', 'start-delivery', 'in-delivery'],
      ['unodcOfficer', 'complete', 'completed'],
      ['afgFocal', 'evaluate', 'evaluated'],
    ] as const) {
      const res = await fire(who, id, { event, comment: `${event} done` });
      expect(res.statusCode, `${event}: ${res.body}`).toBe(200);
      expect(res.json().data.status).toBe(status);
    }
    const detail = await get('afgFocal', `${URL}/${id}`);
    const { data, abilities } = detail.json();
    expect(data.timeline.map((e: { event: string }) => e.event)).toEqual([
      'create',
      'submit',
      'start-review',
      'accept',
      'plan',
      'start-delivery',
      'complete',
      'evaluate',
    ]);
    expect(data.timeline.at(-1)).toMatchObject({ from: 'completed', to: 'evaluated', comment: 'evaluate done', byUserId: userIds.afgFocal });
    expect(abilities.events).toEqual([]);
    expect(data).toMatchObject({ activities: [], results: [], referredFrom: null });
    // Done: out of the entity's queue, still in the State's list.
    expect((await get('unodcOfficer', `${URL}?view=queue&pageSize=200`)).json().data.map((r: { id: string }) => r.id)).not.toContain(id);
    expect((await get('afgFocal', `${URL}?view=mine&status=evaluated,completed`)).json().data.map((r: { id: string }) => r.id)).toContain(id);
  });

  it('audited every write: creation, change, each transition and each message', async () => {
    const entries = await auditActions(id);
    expect(entries.map((e) => e.action)).toEqual([
      'assistance-request:create',
      'assistance-request:update',
      'assistance-request:transition', // submit
      'assistance-request:transition', // start-review
      'assistance-request:comment',
      'assistance-request:comment',
      'assistance-request:transition',
      'assistance-request:transition',
      'assistance-request:transition',
      'assistance-request:transition',
      'assistance-request:transition',
    ]);
    expect(entries[0]!.actor).toBe(`user:${userIds.afgFocal}`);
    expect(entries[1]).toMatchObject({ before: { priorities: 'Before the parliamentary session.' }, after: { priorities: 'Within three months.' } });
    expect(entries[2]).toMatchObject({ before: { status: 'draft' }, after: { status: 'submitted', event: 'submit' } });
    expect(entries[4]!.after).toMatchObject({ authorOrganisationId: orgs.unodc, length: 38 });
  });
});

describe('mail of a transition', () => {
  it('links to the request at the public address, not a bare path', async () => {
    const { id } = await requestAt(['submit', 'start-review']);
    const result = await t.database.db.execute(sql`select text from mail_outbox where text like ${`%/requests/${id}%`}`);
    const mails = (result as unknown as { rows: { text: string }[] }).rows;
    expect(mails.length).toBeGreaterThan(0);
    for (const m of mails) expect(m.text).toMatch(new RegExp(`https?://[^\\s]+/[a-z]{2}/requests/${id}`));
  });
});

describe('decline, referral and withdrawal', () => {
  it('declining needs a reason and a comment, listing what is missing', async () => {
    const { id } = await requestAt(['submit', 'start-review']);
    const before = await snapshot();
    const bare = await fire('unodcOfficer', id, { event: 'decline' });
    expect(bare.statusCode).toBe(400);
    expect(bare.json().error.issues.map((i: { path: string[] }) => i.path.join('.')).sort()).toEqual(['comment', 'reason']);
    const noComment = await fire('unodcOfficer', id, { event: 'decline', reason: 'outside-mandate' });
    expect(noComment.json().error.issues.map((i: { path: string[] }) => i.path.join('.'))).toEqual(['comment']);
    expect((await fire('unodcOfficer', id, { event: 'decline', reason: 'because', comment: 'x' })).statusCode).toBe(400);
    expect(await snapshot()).toEqual(before);

    const res = await fire('unodcOfficer', id, { event: 'decline', reason: 'already-covered', comment: 'CTED already assists on this law.' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().data.status).toBe('declined');
    // Visible to the requesting State, with its reason.
    const seen = await get('afgFocal', `${URL}/${id}`);
    expect(seen.json().data.timeline.at(-1)).toMatchObject({ event: 'decline', reason: 'already-covered', comment: 'CTED already assists on this law.' });
    expect(seen.json().abilities.events).toEqual([]);
  });

  it('referring opens a new request, submitted, for the entity it is referred to, linked both ways', async () => {
    const { id, title } = await requestAt(['submit', 'start-review']);
    const before = await snapshot();
    expect((await fire('unodcOfficer', id, { event: 'refer', comment: 'x', referToOrganisationId: orgs.afg })).statusCode).toBe(400);
    expect((await fire('unodcOfficer', id, { event: 'refer', comment: 'x', referToOrganisationId: randomUUID() })).statusCode).toBe(400);
    expect((await fire('unodcOfficer', id, { event: 'refer', comment: 'x', referToOrganisationId: orgs.unodc })).statusCode).toBe(400);
    expect((await fire('unodcOfficer', id, { event: 'refer', referToOrganisationId: orgs.cted })).statusCode).toBe(400);
    expect(await snapshot()).toEqual(before);

    const res = await fire('unodcOfficer', id, { event: 'refer', comment: 'CTED leads on assessments.', referToOrganisationId: orgs.cted });
    expect(res.statusCode, res.body).toBe(200);
    const original = res.json().data;
    expect(original.status).toBe('referred');
    const entry = original.timeline.at(-1);
    // The referring entity cannot open the new request, so it is not given its id.
    expect(entry).toMatchObject({ event: 'refer', referredToOrganisationId: orgs.cted, referredToOrganisationName: 'CTED', referralRequestId: null });
    expect((await get('unodcOfficer', `${URL}/${id}`)).json().data.timeline.at(-1).referralRequestId).toBeNull();
    // The State, which follows both, is.
    const newId: string = (await get('afgFocal', `${URL}/${id}`)).json().data.timeline.at(-1).referralRequestId;
    expect(newId).toBeTruthy();
    expect(res.body).not.toContain(newId);

    const referral = await get('ctedOfficer', `${URL}/${newId}`);
    expect(referral.statusCode).toBe(200);
    expect(referral.json().data).toMatchObject({
      title,
      status: 'submitted',
      addressedToOrganisationId: orgs.cted,
      requestingOrganisationId: orgs.afg,
      referredFromRequestId: null, // the referring entity's request is not CTED's to read: not even its id
      referredFrom: null,
      submittedAt: TEST_NOW.toISOString(),
    });
    expect(referral.json().data.reference).not.toBe(original.reference);
    expect(referral.body).not.toContain(id);
    expect(referral.json().abilities.events).toEqual(['start-review']);
    expect((await get('ctedOfficer', `${URL}?view=queue&pageSize=200`)).json().data.map((r: { id: string }) => r.id)).toContain(newId);
    // The referring entity keeps its own, closed; the State follows both.
    expect((await get('unodcOfficer', `${URL}/${newId}`)).statusCode).toBe(404);
    expect((await get('ctedOfficer', `${URL}/${id}`)).statusCode).toBe(404);
    // Nor in CTED's list or export.
    const ctedList = (await get('ctedOfficer', `${URL}?pageSize=200`)).json().data;
    expect(ctedList.find((r: { id: string }) => r.id === newId)).toMatchObject({ referredFromRequestId: null });
    const ctedCsv = await get('ctedOfficer', `${URL}/export?format=csv&q=${encodeURIComponent(referral.json().data.reference)}`);
    expect(ctedCsv.body).toContain(newId);
    expect(ctedCsv.body).not.toContain(id);
    const state = await get('afgFocal', `${URL}/${newId}`);
    expect(state.json().data).toMatchObject({ referredFromRequestId: id, referredFrom: { id, reference: original.reference } });
    const stateList = (await get('afgFocal', `${URL}?pageSize=200`)).json().data;
    expect(stateList.find((r: { id: string }) => r.id === newId)).toMatchObject({ referredFromRequestId: id });
    const stateCsv = await get('afgFocal', `${URL}/export?format=csv&q=${encodeURIComponent(referral.json().data.reference)}`);
    expect(stateCsv.body).toContain(id);
    expect((await auditActions(newId)).map((e) => e.action)).toEqual(['assistance-request:create']);
  });

  it('the State withdraws, with a comment; the entity may not withdraw for it', async () => {
    const { id } = await requestAt(['submit', 'start-review', 'accept']);
    expect((await fire('unodcOfficer', id, { event: 'withdraw', comment: 'x' })).statusCode).toBe(403);
    expect((await fire('afgFocal', id, { event: 'withdraw' })).statusCode).toBe(400);
    const res = await fire('afgFocal', id, { event: 'withdraw', comment: 'Another donor now funds this work.' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().data.status).toBe('withdrawn');
    expect((await fire('unodcOfficer', id, { event: 'plan' })).statusCode).toBe(409);
  });
});

describe('bad input: a clear 4xx, nothing changed', () => {
  it('a request for a State the user does not act for → 403', async () => {
    const before = await snapshot();
    const res = await send('fraFocal', 'POST', URL, draftBody());
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('FORBIDDEN');
    // Nor may an officer record a request for another entity, or anyone outside these roles ask.
    const doc = await upload('unodcOfficer', { confidentiality: 'state-restricted', stateCode: 'AFG' });
    const forCted = await send('unodcOfficer', 'POST', URL, draftBody({ addressedToOrganisationId: orgs.cted, recordedOnBehalf: true, noteVerbaleDocumentId: doc }));
    expect(forCted.statusCode).toBe(403);
    expect((await send('coordinator', 'POST', URL, draftBody())).statusCode).toBe(403);
    expect((await send('anonymous', 'POST', URL, draftBody())).statusCode).toBe(401);
    expect(await snapshot()).toEqual({ ...before, audit: before.audit + 1 }); // the upload's own entry
  });

  it('unknown vocabulary → 400 listing every issue', async () => {
    const before = await snapshot();
    const res = await send('afgFocal', 'POST', URL, draftBody({ themes: ['terrorist-financing', 'piracy'], languages: ['de'], urgency: 'asap' }));
    expect(res.statusCode).toBe(400);
    const paths = res.json().error.issues.map((i: { path: (string | number)[] }) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['body.themes.1', 'body.languages.0', 'body.urgency']));
    expect(await snapshot()).toEqual(before);
  });

  it('what does not exist, or is not the State’s → 400 listing every issue', async () => {
    const before = await snapshot();
    const res = await send(
      'afgFocal',
      'POST',
      URL,
      draftBody({
        stateCode: 'AFG',
        instrumentIds: ['financing1999', 'no-such-treaty'],
        addressedToOrganisationId: orgs.donor,
        requestingOrganisationId: orgs.fra,
      }),
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().error.issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: ['body', 'instrumentIds', 1], code: 'unknown_instrument' }),
        expect.objectContaining({ path: ['body', 'addressedToOrganisationId'], code: 'not_assisting_organisation' }),
        expect.objectContaining({ path: ['body', 'requestingOrganisationId'], code: 'not_state_authority' }),
      ]),
    );
    const unknownState = await send('afgFocal', 'POST', URL, draftBody({ stateCode: 'ZZZ' }));
    expect(unknownState.statusCode).toBe(400);
    expect(unknownState.json().error.issues[0]).toMatchObject({ path: ['body', 'stateCode'], code: 'unknown_state' });
    expect(await snapshot()).toEqual(before);
  });

  it('an attachment the caller may not read → 400, as if it did not exist', async () => {
    const hidden = await upload('unodcOfficer', { confidentiality: 'un-internal', stateCode: 'AFG' });
    const before = await snapshot();
    for (const attachment of [hidden, randomUUID()]) {
      const res = await send('afgFocal', 'POST', URL, draftBody({ attachmentDocumentIds: [attachment] }));
      expect(res.statusCode).toBe(400);
      expect(res.json().error.issues).toEqual([
        { path: ['body', 'attachmentDocumentIds', 0], code: 'unknown_document', message: 'no such document' },
      ]);
    }
    expect(await snapshot()).toEqual(before);

    // Its own document is attached, and keeps its confidentiality: the entity sees that it exists, not what it is.
    const own = await upload('afgFocal', { confidentiality: 'state-restricted' });
    const { id } = await requestAt(['submit'], { attachmentDocumentIds: [own] });
    const [forState] = (await get('afgFocal', `${URL}/${id}`)).json().data.attachments;
    expect(forState).toMatchObject({ id: own, fileName: 'note.pdf', mediaType: 'application/pdf' });
    expect((await get('unodcOfficer', `${URL}/${id}`)).json().data.attachments).toEqual([{ id: own, title: null, fileName: null, mediaType: null }]);
  });

  it('an incomplete draft is not submitted', async () => {
    const created = await send('afgFocal', 'POST', URL, { stateCode: 'AFG', addressedToOrganisationId: orgs.unodc, title: 'Just a title' });
    expect(created.statusCode, created.body).toBe(201);
    const res = await fire('afgFocal', created.json().data.id, { event: 'submit' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.issues.map((i: { path: string[] }) => i.path.join('.'))).toEqual(['request.themes', 'request.needs']);
  });

  it('unknown parameters and statuses → 400', async () => {
    expect((await get('afgFocal', `${URL}?status=approved`)).statusCode).toBe(400);
    expect((await get('afgFocal', `${URL}?colour=red`)).statusCode).toBe(400);
    expect((await send('afgFocal', 'POST', URL, { ...draftBody(), confidentiality: 'public' })).statusCode).toBe(400);
  });
});

describe('deleting a draft', () => {
  const remove = (who: Who, id: string) => t.app.inject({ method: 'DELETE', url: `${URL}/${id}`, headers: headers[who] });

  it('the State throws its draft away: gone with its timeline and conversation, the audit keeping what it held', async () => {
    const { id, reference } = await requestAt([]);
    expect((await send('afgFocal', 'POST', `${URL}/${id}/messages`, { body: 'A note to ourselves' })).statusCode).toBe(201);
    const before = await snapshot();
    // Nobody else may: the entity does not see a draft, another State neither.
    expect((await remove('unodcOfficer', id)).statusCode).toBe(404);
    expect((await remove('fraFocal', id)).statusCode).toBe(404);
    expect((await remove('anonymous', id)).statusCode).toBe(401);
    expect(await snapshot()).toEqual(before);
    const res = await remove('afgFocal', id);
    expect(res.statusCode, res.body).toBe(204);
    expect(await snapshot()).toEqual({ requests: before.requests - 1, events: before.events - 1, messages: before.messages - 1, audit: before.audit + 1 });
    expect((await get('afgFocal', `${URL}/${id}`)).statusCode).toBe(404);
    const audit = await auditActions(id);
    expect(audit.at(-1)).toMatchObject({ action: 'assistance-request:delete', actor: `user:${userIds.afgFocal}`, after: null });
    expect(audit.at(-1)!.before).toMatchObject({ reference, status: 'draft' });
    expect((await remove('afgFocal', id)).statusCode).toBe(404);
  });

  it('a submitted request is withdrawn, not deleted (409, nothing changed)', async () => {
    const { id } = await requestAt(['submit']);
    const before = await snapshot();
    const res = await remove('afgFocal', id);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('INVALID_TRANSITION');
    expect((await remove('unodcOfficer', id)).statusCode).toBe(403);
    expect(await snapshot()).toEqual(before);
  });
});

describe('recorded on the State’s behalf', () => {
  it('an officer records a note verbale for their entity, attaching it; the State sees the draft, the officer submits it', async () => {
    expect((await send('unodcOfficer', 'POST', URL, draftBody({ recordedOnBehalf: true, requestingAuthorityName: 'Ministry of Foreign Affairs' }))).statusCode).toBe(400);
    const note = await upload('unodcOfficer', { confidentiality: 'state-restricted', stateCode: 'AFG' });
    const res = await send(
      'unodcOfficer',
      'POST',
      URL,
      draftBody({ recordedOnBehalf: true, noteVerbaleDocumentId: note, requestingAuthorityName: 'Ministry of Foreign Affairs' }),
    );
    expect(res.statusCode, res.body).toBe(201);
    const { id } = res.json().data;
    expect(res.json().data).toMatchObject({ recordedOnBehalf: true, requestingOrganisationId: null, noteVerbaleDocumentId: note });
    expect(res.json().abilities).toEqual({ update: true, comment: true, events: ['submit'] });
    expect((await get('afgFocal', `${URL}/${id}`)).statusCode).toBe(200);
    expect((await get('fraFocal', `${URL}/${id}`)).statusCode).toBe(404);
    expect((await fire('unodcOfficer', id, { event: 'submit' })).json().data.status).toBe('submitted');
  });
});

describe('cross-State isolation', () => {
  it('a French focal point can neither read, list, export, change nor guess an Afghan request', async () => {
    const { id, title, reference } = await requestAt(['submit']);
    for (const url of [`${URL}?pageSize=200`, `${URL}?stateCode=AFG`, `${URL}?q=${encodeURIComponent(reference)}`, `${URL}?view=mine`]) {
      const list = await get('fraFocal', url);
      expect(list.statusCode).toBe(200);
      expect(list.json().data.map((r: { id: string }) => r.id)).not.toContain(id);
    }
    for (const format of ['csv', 'xlsx']) {
      const file = await get('fraFocal', `${URL}/export?format=${format}&stateCode=AFG`);
      expect(file.statusCode).toBe(200);
      expect(file.body).not.toContain(title);
      expect(file.body).not.toContain(reference);
    }
    const real = await get('fraFocal', `${URL}/${id}`);
    const guessed = await get('fraFocal', `${URL}/${randomUUID()}`);
    const malformed = await get('fraFocal', `${URL}/1`);
    for (const res of [real, guessed, malformed]) {
      expect(res.statusCode).toBe(404);
      expect(res.json().error).toMatchObject({ code: 'NOT_FOUND', message: 'No such assistance request.' });
    }
    const before = await snapshot();
    expect((await send('fraFocal', 'PATCH', `${URL}/${id}`, { title: 'x' })).statusCode).toBe(404);
    expect((await fire('fraFocal', id, { event: 'withdraw', comment: 'x' })).statusCode).toBe(404);
    expect(await snapshot()).toEqual(before);

    // Its State, its entity and the coordinators do see it, in the list and the exports.
    const csv = await get('afgFocal', `${URL}/export?format=csv&q=${encodeURIComponent(reference)}`);
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    expect(csv.headers['content-disposition']).toMatch(/^attachment; filename="accord-assistance-requests-2026-03-01\.csv"$/);
    expect(csv.body.split('\r\n')[0]).toContain('reference,id,status');
    expect(csv.body).toContain(title);
    expect((await get('coordinator', `${URL}/export?format=csv`)).body).toContain(reference);
    const xlsx = await get('unodcOfficer', `${URL}/export?format=xlsx&q=${encodeURIComponent(reference)}`);
    expect(xlsx.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    expect((await get('anonymous', URL)).statusCode).toBe(401);
  });
});

describe('activities and results under a request', () => {
  it('shows each reader the activities they may see, and the results of those and of the request', async () => {
    const { id } = await requestAt(['submit', 'start-review', 'accept', 'plan']);
    // Written directly (the activities use cases are another feature's): two activities under the request.
    const db = t.database.db;
    const activity = async (title: string, confidentiality: string): Promise<string> => {
      const result = await db.execute(sql`
        insert into activities (title, kind, status, organisation_id, request_id, state_codes, themes, start_date, end_date,
                                confidentiality, created_at, updated_at)
        values (${title}, 'national-workshop', 'planned', ${orgs.unodc}, ${id}, ARRAY['AFG'], ARRAY['terrorist-financing'],
                '2026-04-01', '2026-04-03', ${confidentiality}, ${TEST_NOW}, ${TEST_NOW})
        returning id`);
      return (result as unknown as { rows: { id: string }[] }).rows[0]!.id;
    };
    const workshop = await activity('Workshop in Kabul', 'state-restricted');
    const internal = await activity('Internal planning mission', 'un-internal');
    const result = (activityId: string | null, requestId: string | null, description: string) =>
      db.execute(sql`
        insert into assistance_results (kind, activity_id, request_id, state_code, date, description, created_at)
        values ('legislation-adopted', ${activityId}, ${requestId}, 'AFG', '2026-09-01', ${description}, ${TEST_NOW})`);
    // As recording a result does: a result of an activity also names the activity's request.
    await result(workshop, id, 'Law adopted');
    await result(internal, id, 'Internal result');
    await result(null, id, 'Strategy adopted');

    const officer = (await get('unodcOfficer', `${URL}/${id}`)).json().data;
    expect(officer.activities.map((a: { title: string }) => a.title).sort()).toEqual(['Internal planning mission', 'Workshop in Kabul']);
    expect(officer.activities.find((a: { id: string }) => a.id === workshop)).toMatchObject({ kind: 'national-workshop', startDate: '2026-04-01', endDate: '2026-04-03', organisationName: 'UNODC' });
    expect(officer.results.map((r: { description: string }) => r.description).sort()).toEqual(['Internal result', 'Law adopted', 'Strategy adopted']);
    // The State sees its workshop, not the entity's internal work, nor what came of it.
    const state = (await get('afgFocal', `${URL}/${id}`)).json().data;
    expect(state.activities.map((a: { title: string }) => a.title)).toEqual(['Workshop in Kabul']);
    expect(state.results.map((r: { description: string }) => r.description).sort()).toEqual(['Law adopted', 'Strategy adopted']);
    // The same in the detail a transition answers with.
    const fired = await fire('unodcOfficer', id, { event: 'start-delivery' });
    expect(fired.statusCode, fired.body).toBe(200);
    expect(fired.json().data.results.map((r: { description: string }) => r.description).sort()).toEqual(['Internal result', 'Law adopted', 'Strategy adopted']);
    const withdrawn = await fire('afgFocal', id, { event: 'withdraw', comment: 'Covered by another programme.' });
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    expect(withdrawn.json().data.results.map((r: { description: string }) => r.description).sort()).toEqual(['Law adopted', 'Strategy adopted']);
    expect(withdrawn.body).not.toContain(internal);
  });
});

describe('lists', () => {
  it('filter by status, State, theme, entity, urgency and text; abilities follow the policy', async () => {
    const urgent = await requestAt(['submit'], { urgency: 'urgent', themes: ['victims'] });
    const list = (q: string) => get('coordinator', `${URL}?pageSize=200&${q}`).then((r) => r.json());
    const ids = async (q: string) => (await list(q)).data.map((r: { id: string }) => r.id);
    expect(await ids('urgency=urgent&theme=victims')).toContain(urgent.id);
    expect(await ids('urgency=urgent&theme=cbrn')).not.toContain(urgent.id);
    expect(await ids(`addressedTo=${orgs.unodc}&status=submitted&status=accepted`)).toContain(urgent.id);
    expect(await ids(`addressedTo=${orgs.cted}`)).not.toContain(urgent.id);
    expect(await ids('stateCode=afg')).toContain(urgent.id);
    expect(await ids('view=mine')).toEqual([]);
    expect((await list('')).abilities).toEqual({ create: false, export: true });
    expect((await get('afgFocal', URL)).json().abilities).toEqual({ create: true, export: true });
    expect((await get('unodcOfficer', URL)).json().abilities).toEqual({ create: true, export: true });
    expect((await get('donor', URL)).json()).toMatchObject({ data: [], total: 0, abilities: { create: false, export: true } });
  });
});
