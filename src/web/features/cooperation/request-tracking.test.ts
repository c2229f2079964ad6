import { describe, expect, it } from 'vitest';
import { emptyContent, REFUSAL_GROUNDS, REQUEST_EVENTS, REQUEST_STATUSES } from '#domain/cooperation/requests.ts';
import en from '#i18n/en.json' with { type: 'json' };
import {
  contentSections,
  DESTRUCTIVE_EVENTS,
  primaryEvent,
  requestDates,
  TRANSITION_FIELDS,
  transitionBody,
  transitionIssues,
  type TransitionValues,
} from './request-tracking.ts';

const blank: TransitionValues = { reference: '', ground: '', note: '' };

describe('transition forms', () => {
  it('asks the requested side for its reference on receipt and a ground on refusal, and says what is missing', () => {
    expect(transitionIssues('receive', blank).map((i) => i.path)).toEqual([['body', 'reference']]);
    expect(transitionIssues('refuse', { ...blank, note: 'No dual criminality.' }).map((i) => i.path)).toEqual([['body', 'ground']]);
    expect(transitionIssues('request-information', { ...blank, note: '   ' }).map((i) => i.path)).toEqual([['body', 'note']]);
    expect(transitionIssues('refuse', { ...blank, ground: 'dual-criminality' })).toEqual([]);
    expect(transitionIssues('start-execution', blank)).toEqual([]);
  });

  it('sends only the fields of the event, the note as written, and the version read', () => {
    const values: TransitionValues = { reference: ' NOR-2026-17 ', ground: 'other', note: '  Received by the Ministry of Justice.\n' };
    expect(transitionBody('receive', values, 4)).toEqual({
      event: 'receive',
      version: 4,
      reference: 'NOR-2026-17',
      note: '  Received by the Ministry of Justice.\n',
    });
    expect(transitionBody('refuse', { ...values, note: '' }, 5)).toEqual({ event: 'refuse', version: 5, ground: 'other' });
    expect(transitionBody('execute', blank, 6)).toEqual({ event: 'execute', version: 6 });
  });

  it('describes every event, and never offers ending a request as the first action', () => {
    expect(Object.keys(TRANSITION_FIELDS).sort()).toEqual([...REQUEST_EVENTS].sort());
    expect(primaryEvent(['refuse', 'start-execution', 'execute'])).toBe('start-execution');
    expect(primaryEvent(['withdraw'])).toBeNull();
    expect([...DESTRUCTIVE_EVENTS].sort()).toEqual(['refuse', 'withdraw']);
  });
});

describe('the request’s dates', () => {
  it('lists those that happened, in order', () => {
    expect(requestDates({ sentAt: '2026-01-05T10:00:00.000Z', receivedAt: null, closedAt: null })).toEqual([{ kind: 'sent', at: '2026-01-05T10:00:00.000Z' }]);
    expect(requestDates({ sentAt: 'a', receivedAt: 'b', closedAt: 'c' }).map((d) => d.kind)).toEqual(['sent', 'received', 'closed']);
  });
});

describe('the content summary', () => {
  it('follows the steps of the kind and keeps only what was written, as written', () => {
    const c = emptyContent();
    c.facts.summary = '  Transfers of funds to a listed group,\nMarch–June 2025. ';
    c.offences = [{ name: 'Financement du terrorisme', lawReference: 'Code pénal, art. 421-2-2', lawText: '', penalty: '10 ans' }];
    c.assistance.measures = ['bank-records', 'freezing'];
    c.assistance.details = { 'bank-records': 'Account NO93 8601 1117 947, 2024–2025' };
    const mla = contentSections('mla', c);
    expect(mla.map((s) => s.step)).toEqual(['requesting', 'requested', 'legal-basis', 'facts', 'offences', 'assistance', 'procedures']);
    const step = (s: string) => mla.find((x) => x.step === s)!;
    expect(step('facts').entries).toEqual([{ path: 'facts.summary', value: '  Transfers of funds to a listed group,\nMarch–June 2025. ' }]);
    expect(step('offences').groups).toEqual([
      [
        { path: 'offences.name', value: 'Financement du terrorisme' },
        { path: 'offences.lawReference', value: 'Code pénal, art. 421-2-2' },
        { path: 'offences.penalty', value: '10 ans' },
      ],
    ]);
    expect(step('assistance').groups).toEqual([
      [
        { path: 'assistance.measures', value: 'bank-records' },
        { path: 'assistance.details', value: 'Account NO93 8601 1117 947, 2024–2025' },
      ],
      [{ path: 'assistance.measures', value: 'freezing' }],
    ]);
    // The urgency always has a value; nothing else was written in the first step.
    expect(step('requesting').entries).toEqual([{ path: 'requesting.urgency', value: 'normal' }]);
    expect(step('procedures').entries).toEqual([]);
    expect(contentSections('extradition', c).map((s) => s.step)).toContain('warrant');
  });
});

describe('catalogue', () => {
  const words = en.requestTracking as unknown as Record<string, Record<string, string>>;
  it('names every status, event and refusal ground', () => {
    for (const s of REQUEST_STATUSES) expect(words.status![s], s).toBeTruthy();
    for (const e of REQUEST_EVENTS) expect(words.event![e], e).toBeTruthy();
    for (const e of REQUEST_EVENTS) expect(words.eventDone![e], e).toBeTruthy();
    for (const g of REFUSAL_GROUNDS) expect(words.ground![g], g).toBeTruthy();
  });
});
