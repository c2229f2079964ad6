// What each instrument requires a State to enact (issue 13 §1), and the incorporation statuses an assessment gives.
// The checklist itself is data: data/reference/legislation/checklist.csv, each item citing its article and either
// the row of data/reference/cooperation/provisions.csv it comes from or the treaty's own words. Pure.
// SKELETON: the legislation work completes this (items from the treaty texts, incorporation rules and tests).
import type { CooperationProvision, ProvisionKind } from '../cooperation/types.ts';

/** A requirement's id: `<instrument>:<key>` ("financing1999:offences", "financing1999:preventive_measures"). */
export type RequirementId = string;

export const INCORPORATION_STATUSES = ['covered', 'partly-covered', 'not-covered'] as const;
export type IncorporationStatus = (typeof INCORPORATION_STATUSES)[number];

/** Who assessed: the State itself, an entity's legislative-assistance activity, or a review. */
export const ASSESSMENT_SOURCES = ['state', 'assistance', 'review'] as const;
export type AssessmentSource = (typeof ASSESSMENT_SOURCES)[number];

export interface ChecklistItem {
  instrumentId: string;
  requirementId: RequirementId;
  /** offences, jurisdiction-mandatory, jurisdiction-optional, aut-dedere, legal-persons, extradition, mla, preventive-measures, … */
  category: string;
  /** mandatory: "shall"; optional: "may". */
  obligation: 'mandatory' | 'optional';
  /** As the treaty numbers it ("2(1)", "7(2)-(3)"). */
  article: string;
  /** The provisions.csv kind the item comes from, or null when it comes from the treaty text itself. */
  provisionKind: string | null;
}

/** The provisions.csv kinds that ask a State to enact something, with the checklist category and obligation. */
export const ENACTED_KINDS: Partial<Record<ProvisionKind, { category: string; obligation: 'mandatory' | 'optional' }>> = {
  offences: { category: 'offences', obligation: 'mandatory' },
  offences_conspiracy: { category: 'offences', obligation: 'mandatory' },
  no_justification: { category: 'offences', obligation: 'mandatory' },
  legal_persons: { category: 'legal-persons', obligation: 'mandatory' },
  jurisdiction: { category: 'jurisdiction-mandatory', obligation: 'mandatory' },
  jurisdiction_mandatory: { category: 'jurisdiction-mandatory', obligation: 'mandatory' },
  jurisdiction_aut_dedere: { category: 'jurisdiction-mandatory', obligation: 'mandatory' },
  jurisdiction_optional: { category: 'jurisdiction-optional', obligation: 'optional' },
  aut_dedere: { category: 'aut-dedere', obligation: 'mandatory' },
  extraditable_deemed_included: { category: 'extradition', obligation: 'mandatory' },
  extradition_without_treaty: { category: 'extradition', obligation: 'mandatory' },
  political_offence_exclusion: { category: 'extradition', obligation: 'mandatory' },
  mla_obligation: { category: 'mla', obligation: 'mandatory' },
  transfer_detained_persons: { category: 'mla', obligation: 'optional' },
};

/** The checklist items that rest on rows of provisions.csv: every enacted kind the treaty has (article not "none"). */
export function checklistFromProvisions(provisions: readonly CooperationProvision[]): ChecklistItem[] {
  return provisions.flatMap((p) => {
    const rule = ENACTED_KINDS[p.kind];
    if (!rule || p.article.trim().toLowerCase() === 'none') return [];
    return [{ instrumentId: p.instrumentId, requirementId: `${p.instrumentId}:${p.kind}`, ...rule, article: p.article, provisionKind: p.kind }];
  });
}
