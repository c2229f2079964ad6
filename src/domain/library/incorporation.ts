// How far a State's law incorporates an instrument (issue 13 §1), derived from assessments, never stored. Pure.
//
// - An item's status is its current assessments' (those not superseded): "not known" when there is none. When
//   different organisations' current assessments differ, the item shows a disagreement and counts as the least
//   favourable of them (not covered < partly covered < covered), so a disagreement never makes a State look further
//   along than one assessor says it is.
// - An instrument is "incorporated" when every mandatory item of its checklist is covered; "not incorporated" when
//   at least one mandatory item is partly covered or not covered; otherwise (no negative finding, some mandatory item
//   not known) "not known". Optional items ("may") never decide it.
// - "Ratified but not incorporated": the State is a party and the instrument is not incorporated. "Incorporated but
//   not ratified": it is incorporated and the State is not a party (signatory, withdrawn, no act, or unknown).
import type { ParticipationStatus } from '../treaties/types.ts';
import type { ChecklistItem, IncorporationStatus, RequirementId } from './checklist.ts';

export type ItemStatus = IncorporationStatus | 'not-known';
export type Incorporation = 'incorporated' | 'not-incorporated' | 'not-known';

/** What the derivation needs of an assessment. */
export interface CurrentAssessment {
  requirementId: RequirementId;
  status: IncorporationStatus;
  organisationId: string;
}

const RANK: Record<IncorporationStatus, number> = { 'not-covered': 0, 'partly-covered': 1, covered: 2 };

export interface ItemIncorporation {
  status: ItemStatus;
  /** Current assessments by different organisations say different things. */
  disagreement: boolean;
}

/** One item's status from its current assessments (any order). */
export function itemIncorporation(current: readonly Pick<CurrentAssessment, 'status'>[]): ItemIncorporation {
  if (current.length === 0) return { status: 'not-known', disagreement: false };
  const statuses = new Set(current.map((a) => a.status));
  const lowest = [...statuses].sort((a, b) => RANK[a] - RANK[b])[0]!;
  return { status: lowest, disagreement: statuses.size > 1 };
}

export interface IncorporationSummary {
  covered: number;
  partlyCovered: number;
  notCovered: number;
  notKnown: number;
  /** Items with a disagreement between assessors. */
  disagreements: number;
  total: number;
  incorporation: Incorporation;
}

/** An instrument's summary from its checklist and the statuses of its items (by requirement id). */
export function summarise(
  items: readonly Pick<ChecklistItem, 'requirementId' | 'obligation'>[],
  statusOf: ReadonlyMap<RequirementId, ItemIncorporation>,
): IncorporationSummary {
  const s: IncorporationSummary = { covered: 0, partlyCovered: 0, notCovered: 0, notKnown: 0, disagreements: 0, total: items.length, incorporation: 'not-known' };
  let mandatory = 0;
  let mandatoryCovered = 0;
  let negative = false;
  for (const item of items) {
    const st = statusOf.get(item.requirementId) ?? { status: 'not-known', disagreement: false };
    if (st.disagreement) s.disagreements++;
    if (st.status === 'covered') s.covered++;
    else if (st.status === 'partly-covered') s.partlyCovered++;
    else if (st.status === 'not-covered') s.notCovered++;
    else s.notKnown++;
    if (item.obligation !== 'mandatory') continue;
    mandatory++;
    if (st.status === 'covered') mandatoryCovered++;
    if (st.status === 'partly-covered' || st.status === 'not-covered') negative = true;
  }
  s.incorporation = negative ? 'not-incorporated' : mandatory > 0 && mandatoryCovered === mandatory ? 'incorporated' : 'not-known';
  return s;
}

/** The statuses of every assessed item, from the current assessments of one State × instrument (or more). */
export function itemStatuses(current: readonly CurrentAssessment[]): Map<RequirementId, ItemIncorporation> {
  const by = new Map<RequirementId, CurrentAssessment[]>();
  for (const a of current) by.set(a.requirementId, [...(by.get(a.requirementId) ?? []), a]);
  return new Map([...by].map(([id, list]) => [id, itemIncorporation(list)]));
}

export interface IncorporationFlags {
  ratifiedNotIncorporated: boolean;
  incorporatedNotRatified: boolean;
  /** A party whose incorporation nobody has assessed far enough to say. */
  ratifiedIncorporationNotKnown: boolean;
}

export function incorporationFlags(participation: ParticipationStatus, incorporation: Incorporation): IncorporationFlags {
  const party = participation === 'party';
  return {
    ratifiedNotIncorporated: party && incorporation === 'not-incorporated',
    incorporatedNotRatified: !party && incorporation === 'incorporated',
    ratifiedIncorporationNotKnown: party && incorporation === 'not-known',
  };
}
