// Schemas of the cooperation register's routes: bilateral extradition and MLA treaties (with their CSV import) and
// what States declared that changes a cooperation answer. Both are public facts: anyone reads them; the States
// concerned, administrators and UN officers keep them (cooperation/policy.ts).
import { z } from 'zod';
import { BILATERAL_CSV_COLUMNS, MAX_IMPORT_ROWS } from '#domain/cooperation/bilateral-csv.ts';
import { BILATERAL_TITLE_MAX, NOTES_MAX, SOURCE_MAX, URL_MAX } from '#domain/cooperation/bilateral-treaties.ts';
import { ARTICLE_MAX } from '#domain/cooperation/declarations.ts';
import { BILATERAL_TREATY_KINDS, DECLARATION_KINDS } from '#domain/cooperation/types.ts';
import { isoDate, listPage, paging, recordVersion, versionField } from '../common.ts';

const dateTime = z.string().meta({ format: 'date-time' });
const day = z.string().meta({ format: 'date' });
const stateCode = z
  .string()
  .trim()
  .regex(/^[A-Za-z]{3}$/, 'must be a three-letter participant code')
  .transform((s) => s.toUpperCase())
  .describe('ISO 3166-1 alpha-3 (or an X-code) of a participant.');
const instrumentId = z.string().trim().min(1).max(100).describe('An instrument id (GET /instruments), e.g. untoc.');
const source = z.string().trim().min(1).max(SOURCE_MAX).describe('Where the facts come from (a treaty series reference, a gazette, a ministry page). Required.');
const sourceUrl = z.string().trim().max(URL_MAX).nullable().describe('An http(s) address of the source.');
const optionalDay = isoDate.nullable();

// Bilateral treaties.

const bilateralKind = z.enum(BILATERAL_TREATY_KINDS).describe('extradition | mla | extradition-and-mla');

export const bilateralTreatyView = z
  .object({
    id: z.string(),
    kind: z.enum(BILATERAL_TREATY_KINDS),
    title: z.string(),
    stateA: z.string().describe('The pair is given with stateA < stateB, whatever order it was entered in.'),
    stateB: z.string(),
    signedOn: day.nullable(),
    inForceFrom: day.nullable().describe('Null: not (known to be) in force.'),
    terminatedOn: day.nullable(),
    source: z.string(),
    sourceUrl: z.string().nullable(),
    notes: z.string(),
    createdAt: dateTime,
    updatedAt: dateTime,
    version: versionField,
  })
  .meta({ id: 'BilateralTreatyView' });

export const recordAbilities = z
  .object({
    update: z.boolean().describe('May correct this entry.'),
    delete: z.boolean().describe('May remove this entry.'),
  })
  .meta({ id: 'RegisterEntryAbilities' });

export const bilateralTreatyResponse = z.object({ data: bilateralTreatyView, abilities: recordAbilities });

export const bilateralTreatyPage = listPage(bilateralTreatyView.extend({ abilities: recordAbilities }), {
  abilities: z
    .object({
      create: z.boolean().describe('May enter a bilateral treaty (of a pair including their State, or any pair).'),
      import: z.boolean().describe('May import a CSV file of bilateral treaties.'),
    })
    .meta({ id: 'BilateralTreatyListAbilities' }),
});

export const bilateralTreatyListQuery = z.strictObject({
  stateCode: stateCode.optional().describe('Treaties of this State (either party).'),
  otherStateCode: stateCode.optional().describe('With stateCode: treaties between the two.'),
  kind: bilateralKind.optional(),
  q: z.string().max(200).optional().describe('Part of the title.'),
  inForceOn: isoDate.optional().describe('Only treaties in force on this date.'),
  ...paging({ pageSize: 50, max: 200 }),
});

export const registerIdParams = z.strictObject({
  id: z.string().max(100).meta({ format: 'uuid' }).describe('The entry id (a UUID).'),
});

const bilateralFields = {
  kind: bilateralKind,
  title: z.string().trim().min(1).max(BILATERAL_TITLE_MAX),
  stateA: stateCode,
  stateB: stateCode.describe('The other State; the two are stored in code order.'),
  signedOn: optionalDay.optional(),
  inForceFrom: optionalDay.optional().describe('Entry into force between the two (null: not known to be in force).'),
  terminatedOn: optionalDay.optional(),
  source,
  sourceUrl: sourceUrl.optional(),
  notes: z.string().max(NOTES_MAX).optional(),
};

export const bilateralTreatyInput = z.strictObject(bilateralFields).meta({ id: 'NewBilateralTreaty' });

export const bilateralTreatyPatch = z
  .strictObject(bilateralFields)
  .partial()
  .extend({ version: recordVersion })
  .meta({ id: 'BilateralTreatyChanges' });

export const bilateralImportQuery = z.strictObject({
  dryRun: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true')
    .describe('true: only say what would be created, what is already recorded, and every row’s problems.'),
});

const importRow = z.object({
  line: z.number().int(),
  kind: z.enum(BILATERAL_TREATY_KINDS),
  stateA: z.string(),
  stateB: z.string(),
  title: z.string(),
  id: z.string().nullable().describe('Created: the new id (null in a dry run). Already recorded: the entry that is there.'),
});

export const bilateralImportReport = z
  .object({
    data: z.object({
      dryRun: z.boolean(),
      written: z.boolean().describe('Whether the new rows were written (all of them, in one transaction).'),
      fileSha256: z.string(),
      rows: z.number().int().describe('Data rows in the file.'),
      created: z.array(importRow).describe('Created, or that an import would create.'),
      existing: z.array(importRow).describe('Already recorded (same pair, kind and title): left as they are.'),
      issues: z
        .array(
          z.object({
            line: z.number().int(),
            column: z.enum(BILATERAL_CSV_COLUMNS).nullable(),
            code: z.string(),
            message: z.string(),
          }),
        )
        .describe('Every problem by line and column (null: the row or the file). A file with any is not imported.'),
    }),
  })
  .meta({ id: 'BilateralImportReport' });

export const bilateralImportForm = z
  .object({
    file: z
      .string()
      .meta({ format: 'binary' })
      .describe(
        `A .csv file of UTF-8 text, at most 10 MiB and ${MAX_IMPORT_ROWS} rows, with the header ${BILATERAL_CSV_COLUMNS.join(',')} ` +
          '(kind, state_a, state_b, title and source required). States: ISO3 codes or names Accord knows.',
      ),
  })
  .meta({ id: 'BilateralImportUpload' });

// Declarations.

export const declarationView = z
  .object({
    id: z.string(),
    stateCode: z.string(),
    instrumentId: z.string(),
    kind: z.enum(DECLARATION_KINDS),
    article: z.string(),
    languages: z.array(z.string()).describe('ISO 639-1 codes (accepted-languages declarations).'),
    text: z.string().describe('The declaration’s words, as the source gives them.'),
    declaredOn: day.nullable().describe('Null: the source gives no date.'),
    source: z.string(),
    sourceUrl: z.string().nullable(),
    createdAt: dateTime,
    updatedAt: dateTime,
    version: versionField,
  })
  .meta({ id: 'DeclarationView' });

export const declarationResponse = z.object({ data: declarationView, abilities: recordAbilities });

export const declarationPage = listPage(declarationView.extend({ abilities: recordAbilities }), {
  abilities: z
    .object({ create: z.boolean().describe('May record a declaration (for their State, or any).') })
    .meta({ id: 'DeclarationListAbilities' }),
});

const declarationKind = z.enum(DECLARATION_KINDS);

export const declarationListQuery = z.strictObject({
  stateCode: stateCode.optional(),
  instrumentId: z.string().max(100).optional(),
  kind: declarationKind.optional(),
  ...paging({ pageSize: 50, max: 200 }),
});

const declarationFields = {
  stateCode,
  instrumentId,
  kind: declarationKind,
  article: z.string().trim().max(ARTICLE_MAX).optional().describe('The article it is made under, e.g. 16(5).'),
  languages: z.array(z.string().trim().max(10)).max(20).optional().describe('ISO 639-1 codes.'),
  text: z.string().max(NOTES_MAX).optional(),
  declaredOn: optionalDay.optional(),
  source,
  sourceUrl: sourceUrl.optional(),
};

export const declarationInput = z.strictObject(declarationFields).meta({ id: 'NewDeclaration' });

export const declarationPatch = z
  .strictObject(declarationFields)
  .partial()
  .extend({ version: recordVersion })
  .meta({ id: 'DeclarationChanges' });
