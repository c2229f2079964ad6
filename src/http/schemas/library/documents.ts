// Schemas of the document routes: the view, the filters, the upload form (documentation only: the handler reads
// the multipart stream itself, after authentication, and validates the fields with `uploadFields`) and the patch.
import { z } from 'zod';
import { CONFIDENTIALITY_LEVELS } from '#domain/accounts/types.ts';
import { ALLOWED_EXTENSIONS } from '#domain/library/file-types.ts';
import { LANGUAGES } from '#domain/treaties/types.ts';
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

export const documentPage = listPage(documentView, {
  abilities: documentListAbilities,
});

export const documentFilters = {
  stateCode: stateCode.optional(),
  confidentiality: confidentiality.optional(),
  organisationId: uuid.optional().describe('Held by or shared with this organisation.'),
  q: z.string().max(200).optional().describe('Part of the title or description.'),
};

export const documentListQuery = z.strictObject({ ...documentFilters, ...paging({ pageSize: 50, max: 200 }) });

/** Unknown ids answer 404 like hidden ones (checked by the use case), so the parameter takes any short string. */
export const documentIdParams = z.strictObject({
  id: z.string().max(100).meta({ format: 'uuid' }).describe('The document id (a UUID).'),
});

const idList = (what: string) => z.array(uuid).max(100).describe(what);

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
});
export const UPLOAD_ARRAY_FIELDS = ['sharedOrganisationIds', 'namedUserIds'] as const;

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
  })
  .meta({ id: 'DocumentChanges' });

