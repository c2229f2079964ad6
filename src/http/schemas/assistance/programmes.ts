// Schemas of programmes (regional and thematic, with objectives and indicators) and strategies (national and
// regional, with their stage and the support given).
import { z } from 'zod';
import { CONFIDENTIALITY_LEVELS } from '#domain/accounts/types.ts';
import { PROGRAMME_KINDS, STRATEGY_SCOPES } from '#domain/assistance/delivery.ts';
import { MANDATE_IDS, STRATEGY_STAGES, THEMES, type MandateId } from '#domain/assistance/themes.ts';
import { activityView } from './activities.ts';
import { isoDate, listPage, localizedText, paging, recordVersion, versionField } from '../common.ts';

const uuid = z.uuid();
const mandateId = z.enum(MANDATE_IDS as [MandateId, ...MandateId[]]);
const dateTime = z.string().meta({ format: 'date-time' });
const stateCode = z
  .string()
  .regex(/^[A-Za-z]{3}$/, 'must be a three-letter participant code')
  .transform((s) => s.toUpperCase());
const measure = z.number().nullable();

const objective = z
  .object({
    id: z.string().min(1).max(50),
    text: z.string().min(1).max(2000),
    indicators: z
      .array(
        z.object({
          id: z.string().min(1).max(50),
          name: z.string().min(1).max(500),
          unit: z.string().max(50).nullable(),
          baseline: measure,
          target: measure,
          actual: measure,
        }),
      )
      .max(50),
  })
  .meta({ id: 'ProgrammeObjective' });

const programmeShape = {
  code: z.string().trim().min(1).max(40),
  kind: z.enum(PROGRAMME_KINDS),
  names: localizedText,
  description: z.string().max(20_000).optional(),
  organisationId: uuid.nullable().optional().describe('The leading entity. Default: your one entity.'),
  partnerOrganisationIds: z.array(uuid).max(100).optional(),
  regions: z.array(z.string().max(100)).max(20).optional(),
  stateCodes: z.array(stateCode).max(200).optional(),
  themes: z.array(z.enum(THEMES)).optional(),
  mandates: z.array(mandateId).optional(),
  objectives: z.array(objective).max(50).optional(),
  startDate: isoDate.nullable().optional(),
  endDate: isoDate.nullable().optional(),
  confidentiality: z.enum(CONFIDENTIALITY_LEVELS).optional().describe('Default: public.'),
};
export const programmeBody = z.strictObject(programmeShape).meta({ id: 'NewProgramme' });
export const programmePatch = z
  .strictObject(Object.fromEntries(Object.entries(programmeShape).map(([k, v]) => [k, v.optional()])) as {
    [K in keyof typeof programmeShape]: z.ZodOptional<(typeof programmeShape)[K]>;
  })
  .extend({ version: recordVersion })
  .meta({ id: 'ProgrammeChanges' });

export const programmeView = z
  .object({
    id: z.string(),
    code: z.string(),
    kind: z.string(),
    names: localizedText,
    name: z.string(),
    description: z.string(),
    organisationId: z.string(),
    organisationName: z.string(),
    partnerOrganisationIds: z.array(z.string()),
    regions: z.array(z.string()),
    stateCodes: z.array(z.string()),
    themes: z.array(z.string()),
    mandates: z.array(z.string()),
    objectives: z.array(objective),
    startDate: z.string().nullable(),
    endDate: z.string().nullable(),
    confidentiality: z.enum(CONFIDENTIALITY_LEVELS),
    createdAt: dateTime,
    updatedAt: dateTime,
    version: versionField,
  })
  .meta({ id: 'Programme' });
const updateAbility = z.object({ update: z.boolean() });
export const programmeResponse = z.object({ data: programmeView, abilities: updateAbility });
export const programmeDetailResponse = z.object({
  data: programmeView.extend({
    activities: z.array(activityView).describe('The activities under it that you may see (first 200).'),
    activityCount: z.number().int(),
  }),
  abilities: updateAbility,
});
const listAbilities = z.object({ create: z.boolean() });
export const programmePage = listPage(programmeView, {
  abilities: listAbilities,
});
const programmeFilters = {
  kind: z.enum(PROGRAMME_KINDS).optional(),
  stateCode: stateCode.optional(),
  theme: z.enum(THEMES).optional(),
  mandate: mandateId.optional(),
  organisationId: uuid.optional(),
  year: z.coerce.number().int().min(1900).max(2200).optional(),
  q: z.string().max(200).optional(),
};
export const programmeListQuery = z.strictObject({ ...programmeFilters, ...paging({ pageSize: 50, max: 200 }) });
export const programmeExportQuery = z.strictObject({ ...programmeFilters, format: z.enum(['csv', 'xlsx']).default('csv') });

const strategyShape = {
  scope: z.enum(STRATEGY_SCOPES),
  stateCodes: z.array(stateCode).min(1).max(60),
  region: z.string().max(200).nullable().optional(),
  title: z.string().trim().min(1).max(300),
  stage: z.enum(STRATEGY_STAGES),
  stageChangedOn: isoDate.nullable().optional(),
  adoptedOn: isoDate.nullable().optional(),
  documentId: uuid.nullable().optional(),
  notes: z.string().max(20_000).optional(),
  confidentiality: z.enum(CONFIDENTIALITY_LEVELS).optional().describe('Default: public.'),
  ownerOrganisationId: uuid.nullable().optional().describe('Who keeps the record. Default: your one organisation.'),
};
export const strategyBody = z.strictObject(strategyShape).meta({ id: 'NewStrategy' });
export const strategyPatch = z
  .strictObject(Object.fromEntries(Object.entries(strategyShape).map(([k, v]) => [k, v.optional()])) as {
    [K in keyof typeof strategyShape]: z.ZodOptional<(typeof strategyShape)[K]>;
  })
  .extend({ version: recordVersion })
  .meta({ id: 'StrategyChanges' });
export const strategyView = z
  .object({
    id: z.string(),
    scope: z.string(),
    stateCodes: z.array(z.string()),
    region: z.string().nullable(),
    title: z.string(),
    stage: z.string(),
    stageChangedOn: z.string().nullable(),
    adoptedOn: z.string().nullable(),
    documentId: z.string().nullable(),
    notes: z.string(),
    confidentiality: z.enum(CONFIDENTIALITY_LEVELS),
    ownerOrganisationId: z.string(),
    ownerOrganisationName: z.string(),
    createdAt: dateTime,
    updatedAt: dateTime,
    version: versionField,
  })
  .meta({ id: 'Strategy' });
export const strategyResponse = z.object({ data: strategyView, abilities: updateAbility });
export const strategyDetailResponse = z.object({
  data: strategyView.extend({
    support: z.array(activityView).describe('Activities supporting it that you may see (first 200).'),
    supportCount: z.number().int(),
  }),
  abilities: updateAbility,
});
export const strategyPage = listPage(strategyView, {
  abilities: listAbilities,
});
const strategyFilters = {
  scope: z.enum(STRATEGY_SCOPES).optional(),
  stage: z.enum(STRATEGY_STAGES).optional(),
  stateCode: stateCode.optional(),
  q: z.string().max(200).optional(),
};
export const strategyListQuery = z.strictObject({ ...strategyFilters, ...paging({ pageSize: 50, max: 200 }) });
export const strategyExportQuery = z.strictObject({ ...strategyFilters, format: z.enum(['csv', 'xlsx']).default('csv') });
