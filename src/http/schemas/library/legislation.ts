// Zod schemas of the checklists, incorporation assessments, a State's legislation view and the legislation matrix
// (issue 13 §1). They must describe exactly the app's types: the compile-time checks at the bottom fail on drift.
import { z } from 'zod';
import type { InstrumentChecklist } from '#app/library/get-checklist.ts';
import type { LegislationMatrixView } from '#app/library/get-legislation-matrix.ts';
import type { StateLegislationView } from '#app/library/get-state-legislation.ts';
import type { AssessmentView } from '#app/library/legislation-presenters.ts';
import { ASSESSMENT_SOURCES, CHECKLIST_CATEGORIES, INCORPORATION_STATUSES, type ChecklistItem } from '#domain/library/checklist.ts';
import { isoDate, localizedText } from '../common.ts';
import { instrumentSummary, participantSummary, participationStatus } from '../treaties/treaties.ts';
import { instrumentIdParam } from '../treaties/articles.ts';

export { instrumentIdParam };

export const stateCodeParam = z
  .string()
  .regex(/^[A-Za-z]{3}$/, 'must be a three-letter code (ISO 3166-1 alpha-3 or an X-code)')
  .describe('ISO 3166-1 alpha-3 (case-insensitive), or an X-code.');

export const checklistItem = z
  .object({
    instrumentId: z.string(),
    requirementId: z.string().describe('`<instrument>:<key>`, stable.'),
    category: z.enum(CHECKLIST_CATEGORIES),
    obligation: z.enum(['mandatory', 'optional']),
    article: z.string().describe('As the treaty numbers it ("7(2)-(3)").'),
    provisionKind: z.string().nullable().describe('The cooperation provisions file’s kind the item comes from; null for the checklist file’s.'),
    quote: z.string().nullable().describe('The treaty’s own words (checklist file items).'),
    paraphrase: z.string().nullable().describe('Accord’s own words, from the cooperation provisions file; not treaty text.'),
    articlePath: z.string().nullable().describe('The API path of the cited article’s text, null when Accord does not hold it.'),
  })
  .meta({ id: 'ChecklistItem' });

export const instrumentChecklist = z
  .object({ instrument: instrumentSummary, items: z.array(checklistItem) })
  .meta({ id: 'InstrumentChecklist' });

export const checklistsResponse = z.object({ data: z.array(instrumentChecklist) });

export const incorporationStatus = z.enum(INCORPORATION_STATUSES);
export const assessmentSource = z.enum(ASSESSMENT_SOURCES);

export const newAssessmentBody = z.strictObject({
  stateCode: stateCodeParam,
  instrumentId: instrumentIdParam,
  requirementId: z.string().min(3).max(120),
  status: incorporationStatus,
  source: assessmentSource.describe('state: the State’s own people; assistance: from an entity’s activity (activityId); review: a UN entity’s officer or a coordinator.'),
  provisionId: z.uuid().nullish().describe('The provision of a public national law about the State; required unless not-covered.'),
  activityId: z.uuid().nullish().describe('For source assistance: an activity of the State with the ratification-legislation theme.'),
  organisationId: z.uuid().nullish().describe('Which of your organisations assesses; required when you have several.'),
  assessedOn: isoDate.nullish().describe('Default: today.'),
  note: z.string().max(2000).optional(),
});

export const assessmentView = z
  .object({
    id: z.string(),
    stateCode: z.string(),
    instrumentId: z.string(),
    requirementId: z.string(),
    status: incorporationStatus,
    source: assessmentSource,
    organisation: z.object({ id: z.string(), names: localizedText, acronym: z.string().nullable() }),
    assessedBy: z.string().nullable(),
    assessedOn: z.string(),
    note: z.string(),
    evidence: z
      .object({ provisionId: z.string(), label: z.string(), documentId: z.string(), documentTitle: z.string() })
      .nullable(),
    activityId: z.string().nullable(),
    createdAt: z.string(),
    supersededAt: z.string().nullable(),
    abilities: z.object({ withdraw: z.boolean() }),
  })
  .meta({ id: 'IncorporationAssessment' });

const incorporation = z.enum(['incorporated', 'not-incorporated', 'not-known']);
const itemStatus = z.enum([...INCORPORATION_STATUSES, 'not-known']);

export const incorporationSummary = z
  .object({
    covered: z.number().int(),
    partlyCovered: z.number().int(),
    notCovered: z.number().int(),
    notKnown: z.number().int(),
    disagreements: z.number().int(),
    total: z.number().int(),
    incorporation: incorporation.describe('incorporated: every mandatory item covered; not-incorporated: a mandatory item partly or not covered.'),
  })
  .meta({ id: 'IncorporationSummary' });

const flags = z.object({
  ratifiedNotIncorporated: z.boolean(),
  incorporatedNotRatified: z.boolean(),
  ratifiedIncorporationNotKnown: z.boolean(),
});

export const stateLegislationView = z
  .object({
    asOf: z.string(),
    participant: participantSummary,
    instruments: z.array(
      z.object({
        instrument: instrumentSummary,
        participation: participationStatus,
        summary: incorporationSummary,
        flags,
        items: z.array(
          checklistItem.extend({ status: itemStatus, disagreement: z.boolean(), assessments: z.array(assessmentView) }),
        ),
      }),
    ),
    ratifiedNotIncorporated: z.array(z.string()),
    incorporatedNotRatified: z.array(z.string()),
    ratifiedIncorporationNotKnown: z.array(z.string()),
    assistedRequirements: z.number().int(),
    abilities: z.object({ assess: z.boolean() }),
  })
  .meta({ id: 'StateLegislation' });

export const legislationMatrixView = z
  .object({
    asOf: z.string(),
    instruments: z.array(instrumentSummary.extend({ requirements: z.number().int() })),
    participants: z.array(
      participantSummary.extend({
        cells: z.record(
          z.string(),
          z.object({
            covered: z.number().int(),
            partlyCovered: z.number().int(),
            notCovered: z.number().int(),
            notKnown: z.number().int(),
            disagreements: z.number().int(),
            incorporation,
            participation: participationStatus,
            ratifiedNotIncorporated: z.boolean(),
            incorporatedNotRatified: z.boolean(),
          }),
        ),
      }),
    ),
    assistedRequirements: z.number().int(),
  })
  .meta({ id: 'LegislationMatrix' });

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const agree = <T extends true>(_: T) => undefined;
agree<Same<z.output<typeof checklistItem>, ChecklistItem>>(true);
agree<Same<z.output<typeof instrumentChecklist>, InstrumentChecklist>>(true);
agree<Same<z.output<typeof assessmentView>, AssessmentView>>(true);
agree<Same<z.output<typeof stateLegislationView>, StateLegislationView>>(true);
agree<Same<z.output<typeof legislationMatrixView>, LegislationMatrixView>>(true);
