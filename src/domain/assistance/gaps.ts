// From gaps to outreach: what a State has not done and nobody is helping it do. Per State:
// - the universal instruments it has not joined, as derived by the treaty-status module at a date (signatory,
//   withdrawn or no act recorded); an instrument whose status is unknown (no complete list held: ADR 10) is counted
//   apart, never as a gap;
// - legislation not yet incorporated, where known: from incorporation assessments (issue 13); a State nobody has
//   assessed is reported as not known rather than as zero;
// - open needs that no open request covers (the State has not asked for them).
// A State is "without assistance" when it has no open request and no activity in the last 24 months.
// Who may read a State's gaps is here too (its focal points and the people who coordinate). Pure.
import type { Actor } from '../actor.ts';
import { can } from '../policy.ts';
import type { ParticipationStatus } from '../treaties/types.ts';
import { isOpenRequestStatus, requestCovers, type RequestCandidate } from './needs.ts';

/** How far back an activity still counts as assistance. */
export const ASSISTANCE_LOOKBACK_MONTHS = 24;

/** Statuses that mean "not joined": known, and not a party. */
const NOT_JOINED: readonly ParticipationStatus[] = ['none', 'signatory', 'withdrawn'];

/** An ISO date moved by whole months (the 31st falls back to the month's last day; negative goes back). */
export function shiftMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total - year * 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
}

/** The first day of the look-back window ending `today`. */
export function assistanceWindowStart(today: string, months = ASSISTANCE_LOOKBACK_MONTHS): string {
  return shiftMonths(today, -months);
}

export interface StateGapsInput {
  stateCode: string;
  /** The status of each universal instrument for the State, at the date of the view. */
  universal: readonly { instrumentId: string; status: ParticipationStatus }[];
  /** The State's open needs. */
  openNeeds: readonly { id: string; stateCode: string; themes: readonly string[]; assessedOn: string }[];
  /** The State's requests (any status: only open ones count). */
  requests: readonly RequestCandidate[];
  /** Activities of the State (not cancelled) whose dates meet the look-back window. */
  recentActivities: number;
  /** Activities of the State (not cancelled) planned to start after today: assistance on the way. */
  plannedActivities?: number;
  /** What assessments say of the State's legislation; absent: not known. */
  legislation?: LegislationKnowledge;
}

/**
 * Legislative incorporation (domain/library/incorporation.ts): not known until someone has assessed the State (never
 * counted as zero); then the instruments it is a party to but has not incorporated (the count is the gap), those it
 * has incorporated without being a party, and those it is a party to whose incorporation is still not known.
 */
export type LegislationKnowledge =
  | { known: false }
  | { known: true; notIncorporated: number; ratifiedNotIncorporated: string[]; incorporatedNotRatified: string[]; ratifiedNotKnown: string[] };

export interface StateGaps {
  stateCode: string;
  instrumentsNotJoined: string[];
  /** Not gaps: nothing is known either way. */
  instrumentsUnknown: string[];
  /** No data source records legislative incorporation yet. */
  legislation: LegislationKnowledge;
  needsWithoutOpenRequest: string[];
  openRequests: number;
  recentActivities: number;
  plannedActivities: number;
  withoutAssistance: boolean;
  /** Instruments not joined + needs without an open request. */
  openGaps: number;
}

export function stateGaps(input: StateGapsInput): StateGaps {
  const instrumentsNotJoined = input.universal.filter((u) => NOT_JOINED.includes(u.status)).map((u) => u.instrumentId);
  const instrumentsUnknown = input.universal.filter((u) => u.status === 'unknown').map((u) => u.instrumentId);
  const requests = input.requests.filter((r) => r.stateCode === input.stateCode && isOpenRequestStatus(r.status));
  const needsWithoutOpenRequest = input.openNeeds
    .filter((n) => n.stateCode === input.stateCode && !requests.some((r) => requestCovers(n, r)))
    .map((n) => n.id);
  return {
    stateCode: input.stateCode,
    instrumentsNotJoined,
    instrumentsUnknown,
    legislation: input.legislation ?? { known: false },
    needsWithoutOpenRequest,
    openRequests: requests.length,
    recentActivities: input.recentActivities,
    plannedActivities: input.plannedActivities ?? 0,
    withoutAssistance: requests.length === 0 && input.recentActivities === 0 && (input.plannedActivities ?? 0) === 0,
    openGaps: instrumentsNotJoined.length + needsWithoutOpenRequest.length,
  };
}

/** Most open gaps first; ties by State code, so the order is stable. */
export function rankByOpenGaps<T extends Pick<StateGaps, 'stateCode' | 'openGaps'>>(gaps: readonly T[]): T[] {
  return [...gaps].sort((a, b) => b.openGaps - a.openGaps || (a.stateCode < b.stateCode ? -1 : a.stateCode > b.stateCode ? 1 : 0));
}

/**
 * A State's gaps name its needs: its focal points read them, and so do the people who coordinate across entities.
 * Anyone else is refused (403: which States exist is public, so refusing reveals nothing).
 */
export function mayReadStateGaps(actor: Actor, stateCode: string): boolean {
  if (actor.kind !== 'user') return false;
  if (can(actor, 'coordination:read')) return true;
  return (
    can(actor, 'need:read') && actor.memberships.some((m) => m.role === 'focal-point' && m.stateCode === stateCode)
  );
}
