// How the coordination views leave the use cases: "who does what, where" cells, the overlap queue (both activities
// of a pair: entity, dates, status; the title only for a reader who may read that activity), and the default period
// of the views. Shared by the coordination, overlap and gaps use cases.
import type { Actor } from '#domain/actor.ts';
import { isMultiStateVisible, type MultiStateRecord, type StateRef } from '#domain/assistance/access.ts';
import { shiftMonths } from '#domain/assistance/gaps.ts';
import { can } from '#domain/policy.ts';
import { todayIso } from '#domain/treaties/dates.ts';
import type { CoordinationCellRow, OverlapActivityRow, OverlapRow } from '#db/repos/assistance/coordination.repo.ts';
import type { Db } from '#db/client.ts';
import { currentDataset } from '../treaties/treaty-dataset.ts';
import { nameOf } from '../treaties/treaty-presenters.ts';

/** Without dates, the views show a year back and a year ahead: what is being done now and what is planned. */
export const DEFAULT_PERIOD_MONTHS = 12;

export function defaultPeriod(now: Date, from?: string, to?: string): { from: string; to: string } {
  const today = todayIso(now);
  return { from: from ?? shiftMonths(today, -DEFAULT_PERIOD_MONTHS), to: to ?? shiftMonths(today, DEFAULT_PERIOD_MONTHS) };
}

/** The organisation's name as lists show it: its acronym when it has one, else its English name. */
export function organisationLabel(names: Partial<Record<string, string>> | null, acronym: string | null): string {
  return acronym ?? nameOf(names ?? {});
}

export interface CoordinationCellView {
  stateCode: string;
  theme: string;
  organisationId: string;
  organisationName: string;
  organisationAcronym: string | null;
  activities: number;
  firstDate: string;
  lastDate: string;
}

export function toCellView(r: CoordinationCellRow): CoordinationCellView {
  return {
    stateCode: r.stateCode,
    theme: r.theme,
    organisationId: r.organisationId,
    organisationName: nameOf(r.organisationNames),
    organisationAcronym: r.organisationAcronym,
    activities: r.activities,
    firstDate: r.firstDate,
    lastDate: r.lastDate,
  };
}

/** Regional groups of States, from the treaty dataset (cached per data version). */
export type RegionLookup = (code: string) => string | null;

export async function regionLookup(db: Db): Promise<RegionLookup> {
  const ds = await currentDataset(db);
  return (code) => ds.participantsByCode.get(code)?.regionalGroup ?? null;
}

export function stateRefs(codes: readonly string[], region: RegionLookup): StateRef[] {
  return codes.map((code) => ({ code, region: region(code) }));
}

/** An activity as the policy sees it. */
export function activityRecord(
  a: Pick<OverlapActivityRow, 'confidentiality' | 'stateCodes' | 'organisationId' | 'sharedOrganisationIds' | 'namedUserIds' | 'createdBy'>,
  region: RegionLookup,
): MultiStateRecord {
  return {
    confidentiality: a.confidentiality,
    states: stateRefs(a.stateCodes, region),
    ownerOrganisationId: a.organisationId,
    sharedOrganisationIds: a.sharedOrganisationIds,
    namedUserIds: a.namedUserIds,
    createdBy: a.createdBy,
  };
}

export interface OverlapSideView {
  id: string;
  organisationId: string;
  organisationName: string;
  /** Only when the reader may read this activity. */
  title: string | null;
  status: string;
  startDate: string;
  endDate: string;
}

export interface OverlapView {
  id: string;
  status: 'open' | 'resolved';
  /** The activity saved later (whose saving found the pair), and the one it met. */
  activity: OverlapSideView;
  other: OverlapSideView;
  stateCodes: string[];
  themes: string[];
  /** The shared period, inclusive. */
  from: string;
  to: string;
  detectedAt: string;
  resolution: string | null;
  /** Only for a reader who may read both activities, or a coordinator or officer of either entity. */
  resolutionComment: string | null;
  resolvedByName: string | null;
  resolvedAt: string | null;
  abilities: { resolve: boolean };
}

function side(actor: Actor, a: OverlapActivityRow, region: RegionLookup): OverlapSideView {
  return {
    id: a.id,
    organisationId: a.organisationId,
    organisationName: organisationLabel(a.organisationNames, a.organisationAcronym),
    title: isMultiStateVisible(actor, activityRecord(a, region)) ? a.title : null,
    status: a.status,
    startDate: a.startDate,
    endDate: a.endDate,
  };
}

/** The activities of these pairs whose titles `actor` is shown (for the audit of named-people reads). */
export function overlapActivitiesShown(actor: Actor, rows: readonly OverlapRow[], region: RegionLookup): OverlapActivityRow[] {
  return rows.flatMap((o) => [o.activity, o.other]).filter((a) => isMultiStateVisible(actor, activityRecord(a, region)));
}

export function overlapOrganisations(o: OverlapRow): string[] {
  return [...new Set([o.activity.organisationId, o.other.organisationId])];
}

/**
 * Whether the reader may read the resolver's free-text comment, which can describe either activity: a reader who may
 * read both, or one who may resolve such a pair (coordinators, and officers of either entity: mayResolveOverlap).
 * Everyone else sees the resolution, never the comment.
 */
function mayReadResolutionComment(actor: Actor, o: OverlapRow, region: RegionLookup): boolean {
  if (actor.kind !== 'user') return false;
  const organisationIds = overlapOrganisations(o);
  if (actor.memberships.some((m) => m.role === 'coordinator' || (m.role === 'entity-officer' && organisationIds.includes(m.organisationId)))) {
    return true;
  }
  return isMultiStateVisible(actor, activityRecord(o.activity, region)) && isMultiStateVisible(actor, activityRecord(o.other, region));
}

export function toOverlapView(actor: Actor, o: OverlapRow, region: RegionLookup): OverlapView {
  return {
    id: o.id,
    status: o.status,
    activity: side(actor, o.activity, region),
    other: side(actor, o.other, region),
    stateCodes: o.stateCodes,
    themes: o.themes,
    from: o.fromDate,
    to: o.toDate,
    detectedAt: o.detectedAt.toISOString(),
    resolution: o.resolution,
    resolutionComment: o.resolutionComment !== null && mayReadResolutionComment(actor, o, region) ? o.resolutionComment : null,
    resolvedByName: o.resolvedByName,
    resolvedAt: o.resolvedAt?.toISOString() ?? null,
    abilities: {
      resolve: o.status === 'open' && can(actor, 'overlap:resolve', { kind: 'overlap', organisationIds: overlapOrganisations(o) }),
    },
  };
}
