// Schemas of the directory of competent authorities: an entry as a reader sees it (withheld fields are null and
// named in `withheld`), its abilities, the filters, a new entry and its changes, and its history.
import { z } from 'zod';
import { AUTHORITY_LIMITS, REQUIREMENT_KEYS } from '#domain/cooperation/authority-input.ts';
import { AUTHORITY_CHANNELS, AUTHORITY_KINDS, AUTHORITY_OPTIONAL_PUBLIC_FIELDS } from '#domain/cooperation/types.ts';
import { REQUEST_ITEM_KEYS } from '#domain/cooperation/request-completeness.ts';
import { listPage, paging, recordVersion, versionField } from '../common.ts';

const dateTime = z.string().meta({ format: 'date-time' });
const stateCode = z
  .string()
  .regex(/^[A-Za-z]{3}$/, 'must be a three-letter participant code')
  .transform((s) => s.toUpperCase())
  .describe('ISO 3166-1 alpha-3 of the State.');

const requirements = z
  .strictObject(Object.fromEntries(REQUIREMENT_KEYS.map((k) => [k, z.string().max(AUTHORITY_LIMITS.requirement).optional()])) as Record<
    (typeof REQUIREMENT_KEYS)[number],
    z.ZodOptional<z.ZodString>
  >)
  .meta({ id: 'AuthorityRequirements', description: 'What the authority requires of a request, in the State’s words; absent when not recorded.' });
const lawLink = z.strictObject({ title: z.string().max(AUTHORITY_LIMITS.lawLinkTitle), url: z.string().max(AUTHORITY_LIMITS.url).describe('http or https.') }).meta({ id: 'AuthorityLawLink' });
const contact = z
  .strictObject({
    name: z.string().max(AUTHORITY_LIMITS.contactName).default(''),
    role: z.string().max(AUTHORITY_LIMITS.contactRole).default(''),
    email: z.string().max(AUTHORITY_LIMITS.email).default(''),
    phone: z.string().max(AUTHORITY_LIMITS.phone).default(''),
  })
  .meta({ id: 'AuthorityContact' });
const publicField = z.enum(AUTHORITY_OPTIONAL_PUBLIC_FIELDS);
const requestItem = z.enum(REQUEST_ITEM_KEYS as [string, ...string[]]);

export const authorityView = z
  .object({
    id: z.string(),
    stateCode: z.string(),
    kind: z.enum(AUTHORITY_KINDS),
    instrumentId: z.string().nullable().describe('For a central authority: the treaty it is designated under.'),
    name: z.string(),
    channels: z.array(z.enum(AUTHORITY_CHANNELS)).describe('Empty when not known.'),
    languages: z.array(z.string()).describe('ISO 639-1 codes; empty when not known.'),
    address: z.string().nullable(),
    urgentProcedure: z.string().nullable(),
    requirements: requirements.nullable(),
    requestItems: z
      .array(requestItem)
      .nullable()
      .describe('Items a request to this authority must contain (issue 12); null when not known, or withheld with `requirements`.'),
    lawLinks: z.array(lawLink).nullable(),
    contacts: z.array(contact).nullable(),
    publicFields: z.array(publicField).describe('What the State made public beyond name, kind, treaty, channels and languages.'),
    withheld: z.array(publicField).describe('Fields held back from you (null above): only practitioners, UN officers and the State’s focal points see them.'),
    confirmedAt: dateTime.describe('When one of the State’s people last confirmed the entry (or changed it).'),
    stale: z.boolean().describe('Not confirmed for 12 months.'),
    version: versionField,
  })
  .meta({ id: 'Authority' });

const authorityAbilities = z
  .object({
    update: z.boolean().describe('May change, confirm or remove the entry.'),
    readContacts: z.boolean().describe('Sees contact details and every field (each such read is audited).'),
  })
  .meta({ id: 'AuthorityAbilities' });

export const authorityResponse = z.object({ data: authorityView, abilities: authorityAbilities });

export const authorityPage = listPage(authorityView.extend({ abilities: authorityAbilities }), {
  abilities: z.object({ create: z.boolean().describe('May add an entry (for the State asked for, or for some State).') }),
});

const booleanQuery = z
  .enum(['true', 'false'])
  .transform((v) => v === 'true');

export const authorityListQuery = z.strictObject({
  stateCode: stateCode.optional(),
  kind: z.enum(AUTHORITY_KINDS).optional(),
  stale: booleanQuery.optional().describe('true: only entries not confirmed for 12 months; false: only the others.'),
  ...paging({ pageSize: 100, max: 500 }),
});

const content = {
  instrumentId: z.string().max(100).nullable().describe('Required for a central authority (the treaty it is designated under); null for any other kind.'),
  name: z.string().max(AUTHORITY_LIMITS.name),
  address: z.string().max(AUTHORITY_LIMITS.address),
  channels: z.array(z.enum(AUTHORITY_CHANNELS)).max(AUTHORITY_CHANNELS.length * 2),
  languages: z.array(z.string().max(10)).max(50).describe('ISO 639-1 codes (en, fr, ar, …).'),
  urgentProcedure: z.string().max(AUTHORITY_LIMITS.urgentProcedure),
  requirements,
  requestItems: z
    .array(z.string().max(80))
    .max(REQUEST_ITEM_KEYS.length * 2)
    .nullable()
    .describe('Items a request to this authority must contain (keys of the request template); null: not known.'),
  lawLinks: z.array(lawLink).max(200),
  contacts: z.array(contact).max(200),
  publicFields: z.array(publicField).max(20),
};

export const newAuthority = z
  .strictObject({
    stateCode,
    kind: z.enum(AUTHORITY_KINDS),
    ...Object.fromEntries(Object.entries(content).map(([k, v]) => [k, k === 'name' ? v : v.optional()])),
  } as { stateCode: typeof stateCode; kind: z.ZodEnum<{ [K in (typeof AUTHORITY_KINDS)[number]]: K }>; name: typeof content.name } & {
    [K in Exclude<keyof typeof content, 'name'>]: z.ZodOptional<(typeof content)[K]>;
  })
  .meta({ id: 'NewAuthority' });

export const authorityPatch = z
  .strictObject({
    version: recordVersion,
    kind: z.enum(AUTHORITY_KINDS).optional(),
    ...(Object.fromEntries(Object.entries(content).map(([k, v]) => [k, v.optional()])) as {
      [K in keyof typeof content]: z.ZodOptional<(typeof content)[K]>;
    }),
  })
  .meta({ id: 'AuthorityChanges', description: 'Only the fields sent change; saving confirms the entry.' });

export const confirmBody = z.strictObject({ version: recordVersion }).nullable().optional();

export const authorityHistoryResponse = z.object({
  data: z.array(
    z.object({
      version: z.number().int(),
      change: z.enum(['created', 'updated', 'confirmed', 'deleted', 'imported']),
      changedAt: dateTime,
      entry: authorityView.omit({ stale: true }).describe('The entry as it was after the change, projected for you.'),
    }),
  ),
  stateCode: z.string(),
  deleted: z.boolean().describe('The entry was removed (its last version is `deleted`).'),
  abilities: authorityAbilities,
});
