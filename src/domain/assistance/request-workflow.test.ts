// The workflow as tables: every status × event cell is asserted (legal → its next status, illegal →
// INVALID_TRANSITION), then who may fire what, then what each event must carry.
import { describe, expect, it } from 'vitest';
import type { Membership, OrganisationKind, Role } from '../accounts/types.ts';
import { ANONYMOUS, type Actor, type UserActor } from '../actor.ts';
import { AppError } from '../errors.ts';
import {
  FINAL_STATUSES,
  REQUEST_EVENTS,
  REQUEST_STATUSES,
  allowedEvents,
  mayEditDraft,
  transition,
  type RequestEvent,
  type RequestStatus,
  type WorkflowCommand,
  type WorkflowRequest,
} from './request-workflow.ts';

const UNODC = 'org-unodc';
const CTED = 'org-cted';
const AFG_AUTHORITY = 'org-afg';
const FRA_AUTHORITY = 'org-fra';
const NOW = new Date('2014-03-03T10:00:00Z');

let ids = 0;
function membership(organisationId: string, kind: OrganisationKind, role: Role, extra: Partial<Membership> = {}): Membership {
  return { id: `m${++ids}`, organisationId, organisationKind: kind, stateCode: null, role, regions: null, themes: null, ...extra };
}
function user(userId: string, memberships: readonly Membership[], extra: Partial<UserActor> = {}): UserActor {
  return { kind: 'user', userId, platformAdmin: false, memberships, ...extra };
}

const afgFocalPoint = user('u-afg', [membership(AFG_AUTHORITY, 'state-authority', 'focal-point', { stateCode: 'AFG' })]);
const fraFocalPoint = user('u-fra', [membership(FRA_AUTHORITY, 'state-authority', 'focal-point', { stateCode: 'FRA' })]);
const unodcOfficer = user('u-unodc', [membership(UNODC, 'un-entity', 'entity-officer')]);
const ctedOfficer = user('u-cted', [membership(CTED, 'un-entity', 'entity-officer')]);
const africaOfficer = user('u-africa', [membership(UNODC, 'un-entity', 'entity-officer', { regions: ['African States'] })]);
const asiaOfficer = user('u-asia', [membership(UNODC, 'un-entity', 'entity-officer', { regions: ['Asia-Pacific States'] })]);
const cbrnOfficer = user('u-cbrn', [membership(UNODC, 'un-entity', 'entity-officer', { themes: ['cbrn'] })]);
const coordinator = user('u-coord', [membership(UNODC, 'un-entity', 'coordinator')]);
const admin = user('u-admin', [], { platformAdmin: true });
const tokenOfficer = user('u-unodc', unodcOfficer.memberships, { tokenScopes: ['treaty-status:read'], tokenId: 't1' });
/** Both sides at once: isolates the legality of a move from the rules about who makes it. */
const both = user('u-both', [...afgFocalPoint.memberships, ...unodcOfficer.memberships]);

function request(status: RequestStatus, extra: Partial<WorkflowRequest> = {}): WorkflowRequest {
  return {
    status,
    stateCode: 'AFG',
    stateRegion: 'Asia-Pacific States',
    addressedToOrganisationId: UNODC,
    themes: ['ratification-legislation', 'terrorist-financing'],
    recordedOnBehalf: false,
    ...extra,
  };
}

/** A command carrying everything any event may need. */
function full(event: RequestEvent): WorkflowCommand {
  return { event, comment: 'Because.', reason: 'outside-mandate', referToOrganisationId: CTED };
}

function thrown(fn: () => unknown): AppError {
  try {
    fn();
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error('expected an AppError');
}

// Written out by hand, not derived from TRANSITIONS, so a change to the machine must change this table too.
const EXPECTED: Record<RequestStatus, Partial<Record<RequestEvent, RequestStatus>>> = {
  draft: { submit: 'submitted', withdraw: 'withdrawn' },
  submitted: { 'start-review': 'under-review', withdraw: 'withdrawn' },
  'under-review': { accept: 'accepted', decline: 'declined', refer: 'referred', withdraw: 'withdrawn' },
  accepted: { plan: 'planned', withdraw: 'withdrawn' },
  planned: { 'start-delivery': 'in-delivery', withdraw: 'withdrawn' },
  'in-delivery': { complete: 'completed', withdraw: 'withdrawn' },
  completed: { evaluate: 'evaluated' },
  evaluated: {},
  declined: {},
  referred: {},
  withdrawn: {},
};

const CELLS = REQUEST_STATUSES.flatMap((from) => REQUEST_EVENTS.map((event) => [from, event, EXPECTED[from][event] ?? null] as const));

describe('request workflow: the full status × event table', () => {
  it('has one row per status and one column per event', () => {
    expect(CELLS).toHaveLength(REQUEST_STATUSES.length * REQUEST_EVENTS.length);
  });

  it.each(CELLS)('%s --%s--> %s', (from, event, to) => {
    if (to) {
      const { status, entry } = transition(request(from), full(event), both, NOW);
      expect(status).toBe(to);
      expect(entry).toMatchObject({ from, to, event, at: '2014-03-03T10:00:00.000Z', by: 'u-both' });
    } else {
      const err = thrown(() => transition(request(from), full(event), both, NOW));
      expect(err.code).toBe('INVALID_TRANSITION');
      expect(err.params).toEqual({ from, event });
    }
  });

  it('final statuses allow no event, to anyone', () => {
    for (const s of FINAL_STATUSES) expect(allowedEvents(request(s), both)).toEqual([]);
  });

  it('an unknown event is an invalid transition', () => {
    const err = thrown(() => transition(request('draft'), { event: 'approve' as RequestEvent }, both, NOW));
    expect(err.code).toBe('INVALID_TRANSITION');
    expect(err.params).toEqual({ from: 'draft', event: 'approve' });
  });
});

describe('request workflow: who may fire what', () => {
  const ALL_ACTORS: Record<string, Actor> = {
    anonymous: ANONYMOUS,
    admin,
    coordinator,
    tokenOfficer,
    afgFocalPoint,
    fraFocalPoint,
    unodcOfficer,
    ctedOfficer,
    africaOfficer,
    asiaOfficer,
    cbrnOfficer,
  };
  // status → event → the actors allowed (every other actor of the cast is asserted denied).
  const STATE = ['afgFocalPoint'];
  const ENTITY = ['unodcOfficer', 'asiaOfficer'];
  const ALLOWED: [RequestStatus, RequestEvent, string[]][] = [
    ['draft', 'submit', STATE],
    ['draft', 'withdraw', STATE],
    ['submitted', 'start-review', ENTITY],
    ['submitted', 'withdraw', STATE],
    ['under-review', 'accept', ENTITY],
    ['under-review', 'decline', ENTITY],
    ['under-review', 'refer', ENTITY],
    ['under-review', 'withdraw', STATE],
    ['accepted', 'plan', ENTITY],
    ['accepted', 'withdraw', STATE],
    ['planned', 'start-delivery', ENTITY],
    ['planned', 'withdraw', STATE],
    ['in-delivery', 'complete', ENTITY],
    ['in-delivery', 'withdraw', STATE],
    ['completed', 'evaluate', [...STATE, ...ENTITY]],
  ];

  it.each(ALLOWED)('%s --%s--> only by %j', (status, event, allowed) => {
    for (const [name, actor] of Object.entries(ALL_ACTORS)) {
      const expected = allowed.includes(name);
      expect(allowedEvents(request(status), actor).includes(event), `${name} ${event}`).toBe(expected);
      if (expected) {
        expect(transition(request(status), full(event), actor, NOW).entry.by).toBe((actor as UserActor).userId);
      } else {
        const err = thrown(() => transition(request(status), full(event), actor, NOW));
        expect(err.code, name).toBe(actor.kind === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
      }
    }
  });

  it('a focal point of another State cannot submit or withdraw', () => {
    expect(thrown(() => transition(request('draft'), full('submit'), fraFocalPoint, NOW)).code).toBe('FORBIDDEN');
    expect(thrown(() => transition(request('submitted'), full('withdraw'), fraFocalPoint, NOW)).code).toBe('FORBIDDEN');
  });

  it('an officer of another entity cannot accept, decline or refer', () => {
    for (const e of ['accept', 'decline', 'refer'] as const) {
      expect(thrown(() => transition(request('under-review'), full(e), ctedOfficer, NOW)).code).toBe('FORBIDDEN');
    }
  });

  it('an officer limited to themes acts on requests with one of their themes', () => {
    expect(allowedEvents(request('submitted'), cbrnOfficer)).toEqual([]);
    expect(allowedEvents(request('submitted', { themes: ['cbrn'] }), cbrnOfficer)).toEqual(['start-review']);
  });

  it('an officer limited to regions does not act on a State of unknown region', () => {
    expect(allowedEvents(request('submitted', { stateRegion: null }), asiaOfficer)).toEqual([]);
    expect(allowedEvents(request('submitted', { stateRegion: null }), unodcOfficer)).toEqual(['start-review']);
  });

  it('the entity that recorded a note verbale may submit it, but not withdraw it', () => {
    const onBehalf = request('draft', { recordedOnBehalf: true });
    expect(allowedEvents(onBehalf, unodcOfficer)).toEqual(['submit']);
    expect(allowedEvents(onBehalf, ctedOfficer)).toEqual([]);
    expect(allowedEvents(request('draft'), unodcOfficer)).toEqual([]);
    expect(allowedEvents(onBehalf, afgFocalPoint)).toEqual(['submit', 'withdraw']);
  });

  it('drafts are edited by their State, or by the entity that recorded them', () => {
    expect(mayEditDraft(request('draft'), afgFocalPoint)).toBe(true);
    expect(mayEditDraft(request('draft'), fraFocalPoint)).toBe(false);
    expect(mayEditDraft(request('draft'), unodcOfficer)).toBe(false);
    expect(mayEditDraft(request('draft', { recordedOnBehalf: true }), unodcOfficer)).toBe(true);
    expect(mayEditDraft(request('submitted'), afgFocalPoint)).toBe(false);
    expect(mayEditDraft(request('draft'), ANONYMOUS)).toBe(false);
    expect(mayEditDraft(request('draft'), { ...afgFocalPoint, tokenScopes: ['document:read'] })).toBe(false);
  });

  it('legality is checked before the actor', () => {
    expect(thrown(() => transition(request('draft'), full('accept'), fraFocalPoint, NOW)).code).toBe('INVALID_TRANSITION');
  });
});

describe('request workflow: what each event must carry', () => {
  it.each([
    ['decline', 'under-review', unodcOfficer],
    ['refer', 'under-review', unodcOfficer],
    ['withdraw', 'submitted', afgFocalPoint],
  ] as const)('%s requires a comment', (event, status, actor) => {
    for (const comment of [undefined, null, '', '   ']) {
      const err = thrown(() => transition(request(status), { ...full(event), comment }, actor, NOW));
      expect(err.code).toBe('VALIDATION_FAILED');
      expect(err.issues).toEqual([expect.objectContaining({ path: ['comment'], code: 'required' })]);
    }
  });

  it('decline requires a known reason, and lists every missing field at once', () => {
    const err = thrown(() => transition(request('under-review'), { event: 'decline' }, unodcOfficer, NOW));
    expect(err.code).toBe('VALIDATION_FAILED');
    expect(err.params).toEqual({ from: 'under-review', event: 'decline' });
    expect(err.issues.map((i) => [i.path, i.code])).toEqual([
      [['comment'], 'required'],
      [['reason'], 'required'],
    ]);
    const bad = thrown(() => transition(request('under-review'), { event: 'decline', comment: 'x', reason: 'bored' }, unodcOfficer, NOW));
    expect(bad.issues).toEqual([expect.objectContaining({ path: ['reason'], code: 'invalid_value' })]);
  });

  it('refer requires another entity', () => {
    const missing = thrown(() => transition(request('under-review'), { event: 'refer', comment: 'x' }, unodcOfficer, NOW));
    expect(missing.issues).toEqual([expect.objectContaining({ path: ['referToOrganisationId'], code: 'required' })]);
    const same = thrown(() =>
      transition(request('under-review'), { event: 'refer', comment: 'x', referToOrganisationId: UNODC }, unodcOfficer, NOW),
    );
    expect(same.issues).toEqual([expect.objectContaining({ path: ['referToOrganisationId'], code: 'same_entity' })]);
  });

  it('records reason, referral target and trimmed comment on the timeline entry', () => {
    const declined = transition(
      request('under-review'),
      { event: 'decline', comment: '  Outside our mandate. ', reason: 'outside-mandate' },
      unodcOfficer,
      NOW,
    );
    expect(declined).toEqual({
      status: 'declined',
      entry: {
        from: 'under-review',
        to: 'declined',
        event: 'decline',
        at: '2014-03-03T10:00:00.000Z',
        by: 'u-unodc',
        comment: 'Outside our mandate.',
        reason: 'outside-mandate',
      },
    });
    const referred = transition(request('under-review'), full('refer'), unodcOfficer, NOW);
    expect(referred.entry.referredToOrganisationId).toBe(CTED);
    expect(referred.entry.reason).toBeUndefined();
  });

  it('other events take an optional comment, and ignore reason and referral fields', () => {
    const { entry } = transition(request('under-review'), { event: 'accept' }, unodcOfficer, NOW);
    expect(entry.comment).toBeNull();
    expect(transition(request('under-review'), full('accept'), unodcOfficer, NOW).entry).not.toHaveProperty('reason');
  });
});
