// Schemas of a national law's provisions (/documents/{id}/provisions) and of a record's offline bundle.
import { z } from 'zod';
import { LANGUAGES } from '#domain/treaties/types.ts';
import { recordVersion, versionField } from '../common.ts';
import { checklistItem } from './legislation.ts';

const dateTime = z.string().meta({ format: 'date-time' });
const requirementIds = z
  .array(z.string().max(120))
  .max(100)
  .describe('Checklist requirement ids (`<instrument>:<kind>`, e.g. "financing1999:offences"); unknown ids are refused.');

export const provisionView = z
  .object({
    id: z.string(),
    documentId: z.string(),
    label: z.string().describe('As the law numbers it ("Article 421-2-2").'),
    text: z.string(),
    requirementIds: z.array(z.string()),
    position: z.number().int(),
    createdAt: dateTime,
    updatedAt: dateTime,
    version: versionField,
  })
  .meta({ id: 'ProvisionView' });


export const provisionListResponse = z.object({
  data: z.array(provisionView),
  requirements: z.array(checklistItem).describe('The checklist the requirement ids come from (empty unless the record is national legislation).'),
  abilities: z.object({ create: z.boolean().describe('May add, change and delete provisions.') }),
});

export const provisionResponse = z.object({ data: provisionView });

export const provisionParams = z.strictObject({
  id: z.string().max(100).meta({ format: 'uuid' }).describe('The document id (a UUID).'),
  provisionId: z.string().max(100).meta({ format: 'uuid' }).describe('The provision id (a UUID).'),
});

const label = z.string().trim().min(1).max(200);
const text = z.string().max(50_000);
const position = z.number().int().min(0).max(100_000);

export const provisionCreate = z
  .strictObject({ label, text: text.optional(), requirementIds: requirementIds.optional(), position: position.optional() })
  .meta({ id: 'NewProvision' });

export const provisionPatch = z
  .strictObject({
    version: recordVersion,
    label: label.optional(),
    text: text.optional(),
    requirementIds: requirementIds.optional(),
    position: position.optional(),
  })
  .meta({ id: 'ProvisionChanges' });

export const offlineQuery = z.strictObject({
  lang: z.enum(LANGUAGES).default('en').describe('The language of the page around the record.'),
});
