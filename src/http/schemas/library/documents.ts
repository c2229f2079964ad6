// Schemas of the document routes: the view, the filters, the upload form (documentation only: the handler reads
// the multipart stream itself, after authentication, and validates the fields with `uploadFields`) and the patch.
import { z } from 'zod';
import { CONFIDENTIALITY_LEVELS } from '#domain/accounts/types.ts';
import { ALLOWED_EXTENSIONS } from '#domain/library/file-types.ts';
import { LANGUAGES } from '#domain/treaties/types.ts';
import { MANDATE_IDS, THEMES, type MandateId } from '#domain/assistance/themes.ts';
import { LANGUAGE_CODE } from '#domain/library/languages.ts';
import { RECORD_KINDS, type RecordMetadata } from '#domain/library/records.ts';
import { listPage, localizedText, paging, recordVersion, versionField } from '../common.ts';

const dateTime = z.string().meta({ format: 'date-time' });
const uuid = z.uuid();
const stateCode = z
  .string()
  .regex(/^[A-Za-z]{3}$/, 'must be a three-letter participant code')
  .transform((s) => s.toUpperCase())
  .describe('ISO 3166-1 alpha-3 (or an X-code) of the State the document concerns.');
const confidentiality = z
  .enum(CONFIDENTIALITY_LEVELS)
  .describe(
    "public | state-restricted (the State's focal points, the organisations holding or sharing it, coordinators) | " +
      'un-internal (people of UN entities) | named-people (only the people named; every read is audited)',
  );
const title = z.string().trim().min(1).max(300);
const description = z.string().max(10_000);
const language = z.enum(LANGUAGES);
const languageCode = z.string().regex(LANGUAGE_CODE, 'must be a two- or three-letter language code (ISO 639-1 where one exists)');

export const documentView = z
  .object({
    id: z.string(),
    title: z.string(),
    description: z.string(),
    confidentiality: z.enum(CONFIDENTIALITY_LEVELS),
    stateCode: z.string().nullable(),
    ownerOrganisationId: z.string(),
    ownerOrganisationName: z.string(),
    ownerOrganisationNames: localizedText,
    ownerOrganisationAcronym: z.string().nullable(),
    sharedOrganisationIds: z.array(z.string()),
    namedUserIds: z.array(z.string()),
    language: z.string().nullable(),
    fileName: z.string(),
    mediaType: z.string().describe('Decided from the bytes at upload.'),
    sizeBytes: z.number().int(),
    sha256: z.string(),
    createdBy: z.string().nullable(),
    createdAt: dateTime,
    updatedAt: dateTime,
    version: versionField,
    kind: z.enum(RECORD_KINDS),
    stateCodes: z.array(z.string()),
    languages: z.array(z.string()),
    detectedLanguage: z.string().nullable().describe('Detected in the extracted text (franc); null when too little text.'),
    documentDate: z.string().nullable(),
    versionLabel: z.string().nullable(),
    source: z.string().nullable(),
    instrumentIds: z.array(z.string()),
    themes: z.array(z.string()),
    mandates: z.array(z.string()),
    translationOf: z.string().nullable(),
  })
  .meta({ id: 'DocumentView' });

export const documentAbilities = z
  .object({
    update: z.boolean().describe('May change this document’s metadata.'),
    delete: z.boolean().describe('May delete this document.'),
  })
  .meta({ id: 'DocumentAbilities' });

export const documentListAbilities = z
  .object({
    create: z.boolean().describe('May upload a document.'),
    export: z.boolean().describe('May download this list as CSV.'),
  })
  .meta({ id: 'DocumentListAbilities' });

export const documentResponse = z.object({ data: documentView, abilities: documentAbilities });

const recordRef = z.object({ id: z.string(), title: z.string(), language: z.string().nullable() });

/** One record, with what the library knows around it: its original and its translations (those the caller may see). */
export const documentDetailResponse = documentResponse.extend({
  original: recordRef.nullable().describe('The record this one translates, when the caller may see it.'),
  translations: z.array(recordRef).describe('The records that translate this one, that the caller may see.'),
  extractedText: z.string().nullable().describe("The file's text, as extracted for search; null when none could be."),
});

export const documentCreatedResponse = documentResponse.extend({
  duplicates: z
    .array(z.object({ id: z.string(), title: z.string() }))
    .describe('Records you may see that already hold the same file (same SHA-256); the upload is kept all the same.'),
});

export const documentPage = listPage(documentView, {
  abilities: documentListAbilities,
});

export const documentFilters = {
  stateCode: stateCode.optional(),
  confidentiality: confidentiality.optional(),
  organisationId: uuid.optional().describe('Held by or shared with this organisation.'),
  q: z.string().max(200).optional().describe('Part of the title or description.'),
  kind: z.enum(RECORD_KINDS).optional(),
  instrumentId: z.string().max(100).optional().describe('Tagged with this instrument.'),
  language: languageCode.optional().describe('Written (main or other language) or detected in this language.'),
  theme: z.enum(THEMES).optional(),
};

export const documentListQuery = z.strictObject({ ...documentFilters, ...paging({ pageSize: 50, max: 200 }) });

/** Unknown ids answer 404 like hidden ones (checked by the use case), so the parameter takes any short string. */
export const documentIdParams = z.strictObject({
  id: z.string().max(100).meta({ format: 'uuid' }).describe('The document id (a UUID).'),
});

const idList = (what: string) => z.array(uuid).max(100).describe(what);

/** The library metadata (issue 13), the same in the upload and the patch; the use case checks what exists. */
const metadataFields = {
  kind: z.enum(RECORD_KINDS).describe('What the record is.'),
  stateCodes: z.array(stateCode).max(250).describe('Every State the record concerns.'),
  languages: z.array(languageCode).max(20).describe('Every language it is written in.'),
  documentDate: z.iso.date().nullable().describe("The record's own date (a law's adoption, a judgment's)."),
  versionLabel: z.string().trim().max(100).nullable(),
  source: z.string().trim().max(1000).nullable().describe('A citation or an address.'),
  instrumentIds: z.array(z.string().max(100)).max(50).describe('Known instrument ids.'),
  themes: z.array(z.enum(THEMES)).max(THEMES.length),
  mandates: z.array(z.enum(MANDATE_IDS as [MandateId, ...MandateId[]])).max(MANDATE_IDS.length).describe('Mandates of resolution 68/187.'),
  translationOf: uuid.nullable().describe('The record this one translates (one you may see).'),
};
const METADATA_KEYS = new Set(Object.keys(metadataFields));

/** A body's library metadata apart from its other fields (the use cases take them as `metadata`). */
export function splitMetadata<T extends Record<string, unknown>>(body: T) {
  const metadata: Record<string, unknown> = {};
  const rest: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(body)) (METADATA_KEYS.has(k) ? metadata : rest)[k] = v;
  return { metadata: metadata as Partial<RecordMetadata>, rest: rest as Omit<T, keyof typeof metadataFields> };
}

/** The upload's fields, as collected from the multipart stream (arrays from repeated fields). */
export const uploadFields = z.strictObject({
  title,
  description: description.optional(),
  confidentiality,
  stateCode: stateCode.optional(),
  ownerOrganisationId: uuid.optional().describe('Default: your one organisation that may hold documents.'),
  sharedOrganisationIds: idList('Organisations it is shared with (repeat the field).').optional(),
  namedUserIds: idList('People named (repeat the field); you are always added.').optional(),
  language: language.optional(),
  ...Object.fromEntries(Object.entries(metadataFields).map(([k, v]) => [k, v.optional()])) as {
    [K in keyof typeof metadataFields]: z.ZodOptional<(typeof metadataFields)[K]>;
  },
});
export const UPLOAD_ARRAY_FIELDS = ['sharedOrganisationIds', 'namedUserIds', 'stateCodes', 'languages', 'instrumentIds', 'themes', 'mandates'] as const;

/** For the OpenAPI document only (see above). */
export const uploadForm = uploadFields
  .extend({
    file: z
      .string()
      .meta({ format: 'binary' })
      .describe(`The file: ${ALLOWED_EXTENSIONS.map((e) => `.${e}`).join(', ')}; at most 10 MiB; type checked from its bytes.`),
  })
  .meta({ id: 'DocumentUpload' });

export const documentPatch = z
  .strictObject({
    version: recordVersion,
    title: title.optional(),
    description: description.optional(),
    confidentiality: confidentiality.optional(),
    stateCode: stateCode.nullable().optional(),
    ownerOrganisationId: uuid.optional(),
    sharedOrganisationIds: idList('Organisations it is shared with.').optional(),
    namedUserIds: idList('People named; the author always stays named.').optional(),
    language: language.nullable().optional(),
    ...Object.fromEntries(Object.entries(metadataFields).map(([k, v]) => [k, v.optional()])) as {
      [K in keyof typeof metadataFields]: z.ZodOptional<(typeof metadataFields)[K]>;
    },
  })
  .meta({ id: 'DocumentChanges' });

