// Needs identified by assessments, and whether anyone covers them. A need is covered by an open request of the same
// State sharing a theme (the State has asked), or by an activity of the same State sharing a theme that ends on or
// after the assessment (work done before the assessment did not meet what it found). Coverage is a fact about the
// records, whoever looks: the use cases decide what of a match each reader may see. Pure.
import type { RequestStatus } from './request-workflow.ts';

export const NEED_STATUSES = ['open', 'met', 'no-longer-relevant'] as const;
export type NeedStatus = (typeof NEED_STATUSES)[number];
export function isNeedStatus(value: unknown): value is NeedStatus {
  return typeof value === 'string' && (NEED_STATUSES as readonly string[]).includes(value);
}

/**
 * A request is open from its submission until its delivery is over: submitted, under review, accepted, planned,
 * in delivery. A draft is not yet asked; declined, referred (the referral is its own request), completed,
 * evaluated and withdrawn are closed.
 */
export const OPEN_REQUEST_STATUSES = [
  'submitted',
  'under-review',
  'accepted',
  'planned',
  'in-delivery',
] as const satisfies readonly RequestStatus[];

export function isOpenRequestStatus(status: string): boolean {
  return (OPEN_REQUEST_STATUSES as readonly string[]).includes(status);
}

/** What matching needs of a need. */
export interface NeedSubject {
  stateCode: string;
  themes: readonly string[];
  /** ISO date. */
  assessedOn: string;
}

export interface RequestCandidate {
  stateCode: string;
  themes: readonly string[];
  status: string;
}

export interface ActivityCandidate {
  stateCodes: readonly string[];
  themes: readonly string[];
  /** ISO date, inclusive. */
  endDate: string;
  /** planned | in-delivery | completed | cancelled */
  status: string;
}

function sharedThemes(a: readonly string[], b: readonly string[]): string[] {
  const set = new Set(a);
  return [...new Set(b.filter((t) => set.has(t)))];
}

export function requestCovers(need: NeedSubject, r: RequestCandidate): boolean {
  return r.stateCode === need.stateCode && isOpenRequestStatus(r.status) && sharedThemes(need.themes, r.themes).length > 0;
}

/** A cancelled activity covers nothing. */
export function activityCovers(need: NeedSubject, a: ActivityCandidate): boolean {
  return (
    a.status !== 'cancelled' &&
    a.stateCodes.includes(need.stateCode) &&
    a.endDate >= need.assessedOn &&
    sharedThemes(need.themes, a.themes).length > 0
  );
}

export interface NeedMatch<R, A> {
  requests: { record: R; themes: string[] }[];
  activities: { record: A; themes: string[] }[];
  covered: boolean;
}

/** The open requests and activities covering a need, each with the themes it shares with it. */
export function matchNeed<R extends RequestCandidate, A extends ActivityCandidate>(
  need: NeedSubject,
  requests: Iterable<R>,
  activities: Iterable<A>,
): NeedMatch<R, A> {
  const out: NeedMatch<R, A> = { requests: [], activities: [], covered: false };
  for (const r of requests) if (requestCovers(need, r)) out.requests.push({ record: r, themes: sharedThemes(need.themes, r.themes) });
  for (const a of activities) if (activityCovers(need, a)) out.activities.push({ record: a, themes: sharedThemes(need.themes, a.themes) });
  out.covered = out.requests.length > 0 || out.activities.length > 0;
  return out;
}

/**
 * Open needs that no open request and no activity covers, in the order given. Candidates are grouped by State first,
 * so each need looks only at its own State's records.
 */
export function uncoveredNeeds<N extends NeedSubject & { status: string }>(
  needs: readonly N[],
  requests: readonly RequestCandidate[],
  activities: readonly ActivityCandidate[],
): N[] {
  const requestsByState = new Map<string, RequestCandidate[]>();
  for (const r of requests) requestsByState.set(r.stateCode, [...(requestsByState.get(r.stateCode) ?? []), r]);
  const activitiesByState = new Map<string, ActivityCandidate[]>();
  for (const a of activities) {
    for (const code of new Set(a.stateCodes)) {
      const list = activitiesByState.get(code);
      if (list) list.push(a);
      else activitiesByState.set(code, [a]);
    }
  }
  return needs.filter(
    (n) =>
      n.status === 'open' &&
      !(requestsByState.get(n.stateCode) ?? []).some((r) => requestCovers(n, r)) &&
      !(activitiesByState.get(n.stateCode) ?? []).some((a) => activityCovers(n, a)),
  );
}
