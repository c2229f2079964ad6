// What assistance led to. A result is a record, never a typed-in figure: "ratification deposited" points at the
// participation event of the treaty-status module (the depositary's own record), so "ratifications following
// assistance" is counted from those events and each figure can be traced to them. Pure.
import type { ErrorIssue } from '../errors.ts';
import { isIsoDate } from '../treaties/dates.ts';
import { CONSENT_KINDS, type EventKind } from '../treaties/types.ts';

export const RESULT_KINDS = [
  /** A State deposited its consent to be bound (ratification, accession, …): links the participation event. */
  'ratification-deposited',
  /** A law incorporating an instrument was adopted. */
  'legislation-adopted',
  /** A national or regional strategy was adopted: links the strategy. */
  'strategy-adopted',
  /** Officials trained (the activity's participants are the count). */
  'officials-trained',
  /** A technical tool or publication was issued. */
  'tool-published',
  'other',
] as const;
export type ResultKind = (typeof RESULT_KINDS)[number];
export function isResultKind(value: unknown): value is ResultKind {
  return typeof value === 'string' && (RESULT_KINDS as readonly string[]).includes(value);
}

/** Events that are a deposit of consent: ratification, accession, acceptance, approval, succession, or unspecified. */
export const DEPOSIT_EVENT_KINDS: readonly EventKind[] = CONSENT_KINDS;

export interface ResultInput {
  kind: string;
  stateCode: string;
  date: string;
  participationEventId?: number | null;
  /** A ratification expected, not yet deposited: names the instrument, no event (confirmed later, see confirmingDeposit). */
  expected?: boolean;
  instrumentId?: string | null;
  expectedDate?: string | null;
  strategyId?: string | null;
  documentId?: string | null;
}

/** What the check needs to know of the records around a result. */
export interface ResultContext {
  activity: { stateCodes: readonly string[]; startDate: string };
  /** The participation event named by `participationEventId`; undefined when there is none with that id. */
  event?: { kind: string; participantCode: string; date: string | null } | undefined;
  /** Whether the instrument named by `instrumentId` exists. */
  instrumentFound?: boolean;
  /** Whether the strategy named by `strategyId` exists and the caller may see it. */
  strategyFound?: boolean;
  /** Whether the document named by `documentId` exists and the caller may read it. */
  documentFound?: boolean;
}

/** Every problem with a result, each with its path; empty when it may be recorded. */
export function resultIssues(input: ResultInput, ctx: ResultContext): ErrorIssue[] {
  const issues: ErrorIssue[] = [];
  if (!isResultKind(input.kind)) {
    issues.push({ path: ['kind'], code: 'invalid_value', message: `Unknown result kind: ${String(input.kind)}.` });
  }
  if (!ctx.activity.stateCodes.includes(input.stateCode)) {
    issues.push({ path: ['stateCode'], code: 'not_a_state_of_the_activity', message: 'The result must concern one of the activity’s States.' });
  }
  if (!isIsoDate(input.date)) issues.push({ path: ['date'], code: 'invalid_date', message: 'A date (YYYY-MM-DD) is required.' });

  if (input.expected) {
    if (input.kind !== 'ratification-deposited') {
      issues.push({ path: ['expected'], code: 'not_allowed', message: 'Only a ratification deposited may be expected.' });
    }
    if (input.participationEventId !== undefined && input.participationEventId !== null) {
      issues.push({ path: ['participationEventId'], code: 'not_allowed', message: 'An expected result names the instrument, not an event.' });
    }
    if (!input.instrumentId) {
      issues.push({ path: ['instrumentId'], code: 'required', message: 'Name the instrument expected to be ratified.' });
    } else if (!ctx.instrumentFound) {
      issues.push({ path: ['instrumentId'], code: 'unknown_instrument', message: 'No such instrument.' });
    }
    if (input.expectedDate != null && !isIsoDate(input.expectedDate)) {
      issues.push({ path: ['expectedDate'], code: 'invalid_date', message: 'A date (YYYY-MM-DD) is required.' });
    }
  } else if (input.expectedDate != null) {
    issues.push({ path: ['expectedDate'], code: 'not_allowed', message: 'Only an expected result has an expected date.' });
  } else if (input.kind === 'ratification-deposited') {
    if (input.participationEventId === undefined || input.participationEventId === null) {
      issues.push({ path: ['participationEventId'], code: 'required', message: 'Name the participation event deposited.' });
    } else if (!ctx.event) {
      issues.push({ path: ['participationEventId'], code: 'unknown_event', message: 'No such participation event.' });
    } else {
      const e = ctx.event;
      if (!(DEPOSIT_EVENT_KINDS as readonly string[]).includes(e.kind)) {
        issues.push({ path: ['participationEventId'], code: 'not_a_deposit', message: `A ${e.kind} is not a deposit of consent.` });
      }
      if (!ctx.activity.stateCodes.includes(e.participantCode)) {
        issues.push({ path: ['participationEventId'], code: 'other_state', message: 'The event is not of one of the activity’s States.' });
      }
      if (e.date === null || e.date < ctx.activity.startDate) {
        issues.push({
          path: ['participationEventId'],
          code: 'before_activity',
          message: 'The deposit must be dated on or after the activity started: what came before it did not follow it.',
        });
      }
    }
  } else if (input.participationEventId !== undefined && input.participationEventId !== null) {
    issues.push({ path: ['participationEventId'], code: 'not_allowed', message: 'Only a ratification deposited links a participation event.' });
  }

  // A strategy or document named is one the caller may read, whatever the kind: the same answer for a missing and a
  // hidden one (no existence oracle).
  if (input.kind === 'strategy-adopted' && !input.strategyId) {
    issues.push({ path: ['strategyId'], code: 'required', message: 'Name the strategy adopted.' });
  } else if (input.strategyId && !ctx.strategyFound) {
    issues.push({ path: ['strategyId'], code: 'unknown_strategy', message: 'No such strategy.' });
  }
  if (input.documentId && !ctx.documentFound) {
    issues.push({ path: ['documentId'], code: 'unknown_document', message: 'No such document.' });
  }
  return issues;
}

/** Something to tell the recorder that does not stop the result being recorded. */
export interface ResultWarning {
  path: string[];
  code: 'future_date';
  message: string;
}

/** A result dated after today (a typo, usually: what has not happened is recorded as expected). */
export function resultWarnings(input: { date: string; expected?: boolean }, today: string): ResultWarning[] {
  if (input.expected || !isIsoDate(input.date) || input.date <= today) return [];
  return [{ path: ['date'], code: 'future_date', message: 'The result is dated in the future.' }];
}

/** A deposit of consent as the confirmation of an expected result needs it. */
export interface DepositCandidate {
  id: number;
  kind: string;
  participantCode: string;
  instrumentId: string;
  date: string | null;
}

/**
 * The deposit that confirms an expected ratification: the State's earliest deposit of consent to the instrument,
 * dated on or after the activity started (what came before did not follow it, as for a linked event). Undefined
 * while there is none. The candidates must be events of non-reverted imports only: a reverted deposit confirms nothing.
 */
export function confirmingDeposit(
  expected: { stateCode: string; instrumentId: string; activityStartDate: string | null },
  candidates: readonly DepositCandidate[],
): DepositCandidate | undefined {
  let best: DepositCandidate | undefined;
  for (const e of candidates) {
    if (e.participantCode !== expected.stateCode || e.instrumentId !== expected.instrumentId) continue;
    if (!(DEPOSIT_EVENT_KINDS as readonly string[]).includes(e.kind) || e.date === null) continue;
    if (expected.activityStartDate !== null && e.date < expected.activityStartDate) continue;
    if (!best || e.date < best.date! || (e.date === best.date && e.id < best.id)) best = e;
  }
  return best;
}
