// Zod schemas of the mandate registry (issue 14 §2). They must describe exactly the app's types: the compile-time
// checks at the bottom fail on drift.
import { z } from 'zod';
import type { MandateVocabulary } from '#app/reporting/list-mandate-vocabularies.ts';
import type { ParagraphView, ResolutionDetail, ResolutionListItem } from '#app/reporting/resolution-presenters.ts';
import { ADDRESSEES } from '#domain/reporting/resolution-lexicon.ts';
import { LANGUAGES } from '#domain/treaties/types.ts';
import { localizedText, recordVersion, versionField } from '../common.ts';

export const resolutionIdParams = z.strictObject({ id: z.string().max(100).meta({ format: 'uuid' }) });
export const paragraphParams = z.strictObject({
  id: z.string().max(100).meta({ format: 'uuid' }),
  paragraphId: z.string().max(100).meta({ format: 'uuid' }),
});

const reporting = z
  .object({
    to: z.string().describe('general-assembly | security-council | ecosoc | commission'),
    session: z.number().int().nullable().describe('The session the report is due at, when the text names one.'),
  })
  .meta({ id: 'ReportingRequest' });

export const paragraphView = z
  .object({
    id: z.string(),
    kind: z.enum(['preambular', 'operative']),
    number: z.number().int().describe('Operative: as printed; preambular: its position.'),
    mandateId: z.string().nullable().describe('`<key>/OPn` for an operative paragraph.'),
    texts: localizedText,
    verb: z.string().nullable().describe('Canonical, in English (requests, calls upon, invites, recalls, …); the UI translates it.'),
    addressees: z.array(z.string()),
    asks: z.string().describe('What the paragraph asks, in the words of the language first imported.'),
    reporting: reporting.nullable(),
    cites: z.array(z.string()),
    version: z.number().int(),
  })
  .meta({ id: 'ResolutionParagraph' });

const listItemShape = {
  id: z.string(),
  symbol: z.string(),
  key: z.string().describe('`70/177` for A/RES/70/177; mandate ids are `<key>/OPn`.'),
  body: z.string(),
  adoptedOn: z.string().nullable(),
  titles: localizedText,
  languages: z.array(z.string()),
  preambular: z.number().int(),
  operative: z.number().int(),
  version: versionField,
};
export const resolutionListItem = z.object(listItemShape).meta({ id: 'ResolutionSummary' });

export const resolutionDetail = z
  .object({
    ...listItemShape,
    texts: z.array(z.object({ language: z.string(), format: z.string(), source: z.string(), sha256: z.string(), importedAt: z.string() })),
    paragraphs: z.array(paragraphView),
    links: z.array(z.object({ relation: z.string(), toSymbol: z.string(), toId: z.string().nullable(), toKey: z.string().nullable(), paragraphId: z.string().nullable() })),
    recalledBy: z.array(z.object({ relation: z.string(), fromId: z.string(), fromSymbol: z.string(), fromKey: z.string(), fromTitles: localizedText })),
    corrections: z.array(
      z.object({
        id: z.string(),
        paragraphId: z.string(),
        field: z.string(),
        before: z.unknown(),
        after: z.unknown(),
        note: z.string(),
        correctedBy: z.string().nullable(),
        correctedAt: z.string(),
      }),
    ),
  })
  .meta({ id: 'Resolution' });

export const resolutionAbilities = z
  .object({ import: z.boolean().describe('May import resolutions.'), correct: z.boolean().describe('May correct paragraphs.') })
  .meta({ id: 'ResolutionAbilities' });

export const resolutionListResponse = z.object({ data: z.array(resolutionListItem), total: z.number().int(), abilities: resolutionAbilities });
export const resolutionResponse = z.object({ data: resolutionDetail, abilities: resolutionAbilities });
export const importResponse = resolutionResponse.extend({
  outcome: z.enum(['created', 'language-added', 'text-replaced', 'unchanged']),
});

export const importBody = z.strictObject({
  content: z.string().min(1).max(1_000_000).describe('The resolution as text or HTML.'),
  format: z.enum(['text', 'html']).default('text'),
  language: z.enum(LANGUAGES),
  source: z.string().max(1000).optional().describe('Where the text comes from (URL, symbol and date, file).'),
});

export const correctionBody = z.strictObject({
  number: z.number().int().min(1).max(999).optional(),
  verb: z.string().trim().min(1).max(100).nullable().optional(),
  addressees: z.array(z.enum(ADDRESSEES)).max(ADDRESSEES.length).optional(),
  asks: z.string().max(10_000).optional(),
  reporting: reporting.nullable().optional(),
  cites: z.array(z.string().trim().min(1).max(100)).max(100).optional(),
  note: z.string().max(2000).optional(),
  version: recordVersion,
});

export const vocabulariesResponse = z.object({
  data: z.array(
    z
      .object({
        resolution: z.string(),
        symbol: z.string(),
        source: z.enum(['builtin', 'registry']),
        resolutionId: z.string().nullable(),
        titles: localizedText,
        links: z.array(z.object({ relation: z.string(), toSymbol: z.string() })),
        paragraphs: z.array(
          z.object({
            id: z.string(),
            number: z.number().int(),
            texts: localizedText,
            description: z.string().nullable(),
            verb: z.string().nullable(),
            addressees: z.array(z.string()),
          }),
        ),
      })
      .meta({ id: 'MandateVocabulary' }),
  ),
});

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const agree = <T extends true>(_: T) => undefined;
agree<Same<z.output<typeof paragraphView>, ParagraphView>>(true);
agree<Same<z.output<typeof resolutionListItem>, ResolutionListItem>>(true);
agree<Same<z.output<typeof resolutionDetail>, ResolutionDetail>>(true);
agree<Same<z.output<typeof vocabulariesResponse>['data'][number], MandateVocabulary>>(true);
