// The life of a request between the two authorities: every event from every status for every side, against a table
// written out here by hand (not derived from REQUEST_EVENT_RULES, so a changed rule shows up as a failure).
import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.ts';
import {
  availableEvents,
  isDueReminder,
  REQUEST_EVENTS,
  REQUEST_SIDES,
  REQUEST_STATUSES,
  transition,
  type RequestEvent,
  type RequestSide,
  type RequestStatus,
} from './requests.ts';

/** event → the side that takes it, and the statuses it moves from → to. */
const EXPECTED: Record<RequestEvent, { side: RequestSide; moves: Partial<Record<RequestStatus, RequestStatus | 'previous'>> }> = {
  send: { side: 'requesting', moves: { draft: 'sent' } },
  receive: { side: 'requested', moves: { sent: 'received' } },
  'start-execution': { side: 'requested', moves: { received: 'under-execution', 'partially-executed': 'under-execution' } },
  'request-information': {
    side: 'requested',
    moves: {
      received: 'further-information-requested',
      'under-execution': 'further-information-requested',
      'partially-executed': 'further-information-requested',
    },
  },
  'provide-information': { side: 'requesting', moves: { 'further-information-requested': 'previous' } },
  'execute-partially': { side: 'requested', moves: { received: 'partially-executed', 'under-execution': 'partially-executed' } },
  execute: { side: 'requested', moves: { received: 'executed', 'under-execution': 'executed', 'partially-executed': 'executed' } },
  refuse: {
    side: 'requested',
    moves: { received: 'refused', 'under-execution': 'refused', 'further-information-requested': 'refused', 'partially-executed': 'refused' },
  },
  withdraw: {
    side: 'requesting',
    moves: {
      sent: 'withdrawn',
      received: 'withdrawn',
      'under-execution': 'withdrawn',
      'further-information-requested': 'withdrawn',
      'partially-executed': 'withdrawn',
    },
  },
};

function thrown(f: () => unknown): AppError {
  try {
    f();
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error('expected an AppError');
}

const cells = REQUEST_EVENTS.flatMap((event) =>
  REQUEST_STATUSES.flatMap((status) => REQUEST_SIDES.map((side) => [event, status, side] as const)),
);

describe('transition', () => {
  it.each(cells)('%s from %s by the %s side', (event, status, side) => {
    const rule = EXPECTED[event];
    const to = rule.moves[status];
    const take = () =>
      transition({ status, event, sides: [side], ground: 'dual-criminality', statusBeforeInformationRequest: 'under-execution' });
    if (side !== rule.side) {
      const err = thrown(take);
      expect(err.code).toBe('FORBIDDEN');
      expect(err.params).toMatchObject({ event, side: rule.side });
    } else if (to === undefined) {
      const err = thrown(take);
      expect(err.code).toBe('INVALID_TRANSITION');
      expect(err.params).toMatchObject({ status, event });
    } else {
      expect(take()).toBe(to === 'previous' ? 'under-execution' : to);
    }
  });

  it('refuses a refusal without its ground, naming the field', () => {
    const err = thrown(() => transition({ status: 'received', event: 'refuse', sides: ['requested'] }));
    expect(err.code).toBe('VALIDATION_FAILED');
    expect(err.issues.map((i) => i.path)).toEqual([['body', 'ground']]);
    expect(transition({ status: 'received', event: 'refuse', sides: ['requested'], ground: 'political-offence' })).toBe('refused');
  });

  it.each(['received', 'under-execution', 'partially-executed'] as const)(
    'returns to %s when the information asked for is provided',
    (before) => {
      const asked = transition({ status: before, event: 'request-information', sides: ['requested'] });
      expect(asked).toBe('further-information-requested');
      expect(transition({ status: asked, event: 'provide-information', sides: ['requesting'], statusBeforeInformationRequest: before })).toBe(before);
    },
  );

  it.each([null, undefined, 'draft', 'further-information-requested', 'executed', 'refused', 'withdrawn'] as const)(
    'returns to received when the status before the request for information is %s (unknown or impossible)',
    (before) => {
      expect(
        transition({ status: 'further-information-requested', event: 'provide-information', sides: ['requesting'], statusBeforeInformationRequest: before }),
      ).toBe('received');
    },
  );

  it('lets a person on both sides take either side’s events, and a stranger none', () => {
    expect(transition({ status: 'sent', event: 'receive', sides: ['requesting', 'requested'] })).toBe('received');
    expect(thrown(() => transition({ status: 'draft', event: 'send', sides: [] })).code).toBe('FORBIDDEN');
  });
});

describe('availableEvents', () => {
  it('lists, for each status and side, exactly the events the table allows', () => {
    for (const status of REQUEST_STATUSES) {
      for (const side of REQUEST_SIDES) {
        const expected = REQUEST_EVENTS.filter((e) => EXPECTED[e].side === side && EXPECTED[e].moves[status] !== undefined);
        expect(availableEvents(status, [side]), `${status} / ${side}`).toEqual(expected);
      }
    }
  });

  it('offers nothing once a request is closed', () => {
    for (const status of ['executed', 'refused', 'withdrawn'] as const) expect(availableEvents(status, ['requesting', 'requested'])).toEqual([]);
  });
});

describe('isDueReminder', () => {
  const day = 86_400_000;
  const changed = new Date('2026-01-01T00:00:00Z');
  const after = (days: number) => new Date(changed.getTime() + days * day);

  it('is due once the status has stood still for its period, to the instant', () => {
    expect(isDueReminder('sent', changed, null, new Date(after(30).getTime() - 1))).toBe(false);
    expect(isDueReminder('sent', changed, null, after(30))).toBe(true);
    expect(isDueReminder('under-execution', changed, null, after(59))).toBe(false);
    expect(isDueReminder('under-execution', changed, null, after(60))).toBe(true);
    expect(isDueReminder('partially-executed', changed, null, after(60))).toBe(true);
    expect(isDueReminder('further-information-requested', changed, null, after(30))).toBe(true);
    expect(isDueReminder('received', changed, null, after(30))).toBe(true);
  });

  it('never reminds of a draft or a closed request', () => {
    for (const status of ['draft', 'executed', 'refused', 'withdrawn'] as const) expect(isDueReminder(status, changed, null, after(3650))).toBe(false);
  });

  it('reminds once per period of standing still', () => {
    expect(isDueReminder('sent', changed, after(30), after(31))).toBe(false);
    expect(isDueReminder('sent', changed, after(30), new Date(after(60).getTime() - 1))).toBe(false);
    expect(isDueReminder('sent', changed, after(30), after(60))).toBe(true);
  });

  it('forgets a reminder of an earlier status', () => {
    const moved = after(40);
    // Reminded at day 30 of `sent`; received at day 40; due again 30 days after that, not 30 after the reminder.
    expect(isDueReminder('received', moved, after(30), after(60))).toBe(false);
    expect(isDueReminder('received', moved, after(30), after(70))).toBe(true);
  });
});
