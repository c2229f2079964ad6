// What each instrument requires a State to enact (issue 13 §1), and the incorporation statuses an assessment gives.
// The checklist itself is data: data/reference/legislation/checklist.csv, each item citing its article and either
// the row of data/reference/cooperation/provisions.csv it comes from or the treaty's own words. Pure.
// SKELETON: the legislation work fills this in (parser, categories, incorporation rules and tests).

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
