// What each instrument requires a State to enact (issue 13 §1), and the incorporation statuses an assessment gives.
// The checklist has two sources, both committed data: the rows of data/reference/cooperation/provisions.csv whose kind
// asks a State to enact something (ENACTED_KINDS), and data/reference/legislation/checklist.csv, the items that file
// lacks (preventive measures, liability of legal persons, confiscation), each with the treaty's own words. Every item
// cites its article. Pure.
import type { CooperationProvision, ProvisionKind } from '../cooperation/types.ts';
import { articlePath } from '../treaties/articles.ts';

/** A requirement's id: `<instrument>:<key>` ("financing1999:offences", "financing1999:preventive_measures"). */
export type RequirementId = string;

export const INCORPORATION_STATUSES = ['covered', 'partly-covered', 'not-covered'] as const;
export type IncorporationStatus = (typeof INCORPORATION_STATUSES)[number];

/** Who assessed: the State itself, an entity's legislative-assistance activity, or a review. */
export const ASSESSMENT_SOURCES = ['state', 'assistance', 'review'] as const;
export type AssessmentSource = (typeof ASSESSMENT_SOURCES)[number];

/** The checklist's categories, in the order a checklist lists them (i18n `legislation.category.<id>`). */
export const CHECKLIST_CATEGORIES = [
  'offences',
  'legal-persons',
  'jurisdiction-mandatory',
  'jurisdiction-optional',
  'aut-dedere',
  'extradition',
  'mla',
  'confiscation',
  'preventive-measures',
] as const;
export type ChecklistCategory = (typeof CHECKLIST_CATEGORIES)[number];

export type Obligation = 'mandatory' | 'optional';

export interface ChecklistItem {
  instrumentId: string;
  requirementId: RequirementId;
  category: ChecklistCategory;
  /** mandatory: "shall"; optional: "may". */
  obligation: Obligation;
  /** As the treaty numbers it ("2(1)", "7(2)-(3)"). */
  article: string;
  /** The provisions.csv kind the item comes from, or null when it comes from checklist.csv. */
  provisionKind: string | null;
  /** The treaty's own words (checklist.csv items); provisions.csv items carry that file's paraphrase instead. */
  quote: string | null;
  paraphrase: string | null;
  /** `/api/v1/instruments/{id}/articles/{n}`, or null where Accord holds no text or the citation names no article. */
  articlePath: string | null;
}

/** The provisions.csv kinds that ask a State to enact something, with the checklist category and obligation. */
export const ENACTED_KINDS: Partial<Record<ProvisionKind, { category: ChecklistCategory; obligation: Obligation }>> = {
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
  // A State may transfer a detainee (with consent and agreement): enabling it is for the State to choose.
  transfer_detained_persons: { category: 'mla', obligation: 'optional' },
};

/**
 * Rows of an enacted kind whose article is cited but which, as their paraphrase says, ask nothing of the State: the
 * Tokyo Convention defines no offence (Art. 1(1) is its scope). Read from provisions.csv, reviewed by hand.
 */
export const NOT_REQUIRED: ReadonlySet<RequirementId> = new Set(['tokyo1963:offences']);

/**
 * Rows whose obligation differs from their kind's: the Montreal Protocol 2014 (new Tokyo 15bis) encourages States to
 * prosecute on-board assault and threats, and requires no offence.
 */
export const OBLIGATION_OVERRIDES: Readonly<Record<RequirementId, Obligation>> = {
  'montreal2014protocol:offences': 'optional',
};

/** "none", "none; 2", "none; II-IV": the treaty has no such provision (the rest only says where it is discussed). */
export const citesNoArticle = (article: string): boolean => /^\s*none\b/i.test(article);

/** The checklist items that rest on rows of provisions.csv: every enacted kind the treaty has. */
export function checklistFromProvisions(provisions: readonly CooperationProvision[]): ChecklistItem[] {
  return provisions.flatMap((p): ChecklistItem[] => {
    const rule = ENACTED_KINDS[p.kind];
    const requirementId = `${p.instrumentId}:${p.kind}`;
    if (!rule || citesNoArticle(p.article) || NOT_REQUIRED.has(requirementId)) return [];
    return [
      {
        instrumentId: p.instrumentId,
        requirementId,
        category: rule.category,
        obligation: OBLIGATION_OVERRIDES[requirementId] ?? rule.obligation,
        article: p.article,
        provisionKind: p.kind,
        quote: null,
        paraphrase: p.paraphrase,
        articlePath: articlePath(p.instrumentId, p.article),
      },
    ];
  });
}

/** One row of data/reference/legislation/checklist.csv. */
export interface ChecklistRow {
  instrument_id: string;
  key: string;
  category: string;
  obligation: string;
  article: string;
  quote: string;
}

export const isChecklistCategory = (v: string): v is ChecklistCategory =>
  (CHECKLIST_CATEGORIES as readonly string[]).includes(v);

/** checklist.csv rows as items; a row with an unknown category or obligation is an error in the data. */
export function checklistFromRows(rows: readonly ChecklistRow[]): ChecklistItem[] {
  return rows.map((r) => {
    if (!isChecklistCategory(r.category)) throw new Error(`checklist.csv: unknown category ${r.category} (${r.instrument_id}:${r.key})`);
    if (r.obligation !== 'mandatory' && r.obligation !== 'optional') {
      throw new Error(`checklist.csv: unknown obligation ${r.obligation} (${r.instrument_id}:${r.key})`);
    }
    return {
      instrumentId: r.instrument_id,
      requirementId: `${r.instrument_id}:${r.key}`,
      category: r.category,
      obligation: r.obligation,
      article: r.article,
      provisionKind: null,
      quote: r.quote,
      paraphrase: null,
      articlePath: articlePath(r.instrument_id, r.article),
    };
  });
}

/** The whole checklist: both sources, each instrument's items in category order (file order within a category). */
export function buildChecklist(provisions: readonly CooperationProvision[], rows: readonly ChecklistRow[]): ChecklistItem[] {
  const items = [...checklistFromProvisions(provisions), ...checklistFromRows(rows)];
  const rank = (c: ChecklistCategory) => CHECKLIST_CATEGORIES.indexOf(c);
  const firstSeen = new Map<string, number>();
  items.forEach((i) => firstSeen.has(i.instrumentId) || firstSeen.set(i.instrumentId, firstSeen.size));
  return items
    .map((item, at) => ({ item, at }))
    .sort(
      (a, b) =>
        firstSeen.get(a.item.instrumentId)! - firstSeen.get(b.item.instrumentId)! ||
        rank(a.item.category) - rank(b.item.category) ||
        a.at - b.at,
    )
    .map((x) => x.item);
}
