// What a person may write into an entry of the directory of competent authorities (issue 11 §3), checked before it
// is stored: known kinds and channels, ISO 639-1 languages, a treaty only for a central authority (and required for
// one), http(s) links only, well-formed e-mail addresses, bounded lengths, and public fields from the optional list.
// Pure: whether the State and the treaty exist is the use case's business.
import type { ErrorIssue } from '../errors.ts';
import { isRequestItem, REQUEST_ITEM_KEYS, type RequestItem } from './request-completeness.ts';
import {
  AUTHORITY_CHANNELS,
  AUTHORITY_KINDS,
  AUTHORITY_OPTIONAL_PUBLIC_FIELDS,
  type AuthorityRequirements,
  type AuthorityFields,
} from './types.ts';

/** ISO 639-1: the two-letter codes of languages (184, as the ISO 639 registration authority lists them). */
export const ISO_639_1 = new Set(
  (
    'aa ab ae af ak am an ar as av ay az ba be bg bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz ee el en eo ' +
    'es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka ' +
    'kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng ' +
    'nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su ' +
    'sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu'
  ).split(' '),
);

export const AUTHORITY_LIMITS = {
  name: 300,
  address: 1000,
  urgentProcedure: 4000,
  requirement: 4000,
  lawLinks: 50,
  lawLinkTitle: 300,
  url: 2000,
  contacts: 50,
  contactName: 200,
  contactRole: 200,
  email: 254,
  phone: 50,
  languages: 20,
} as const;

export const REQUIREMENT_KEYS = ['dualCriminality', 'assurances', 'formats', 'certification', 'other'] as const;

/** An entry's content as written (before identity, confirmation and version); request items still unchecked. */
export type AuthorityInput = Omit<AuthorityFields, 'requestItems'> & { requestItems: readonly string[] | null };

// One '@', something before, a dotted domain after, no spaces: what a mail server will accept, without the RFC's corners.
const EMAIL = /^[^\s@<>(),;:"[\]]+@[^\s@<>(),;:"[\]]+\.[^\s@<>(),;:"[\]]{2,}$/;
const PHONE = /^[0-9+()./\- ]*(?:(?:ext\.?|x) ?[0-9]+)?$/i;

export function isHttpUrl(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0;
}

export function isEmail(value: string): boolean {
  return value.length <= AUTHORITY_LIMITS.email && EMAIL.test(value);
}

/** Trims texts, lower-cases languages and drops repeated channels, languages and public fields. */
export function normaliseAuthorityInput(input: AuthorityInput): AuthorityInput {
  const requirements: AuthorityRequirements = {};
  for (const k of REQUIREMENT_KEYS) {
    const v = input.requirements[k]?.trim();
    if (v) requirements[k] = v;
  }
  return {
    stateCode: input.stateCode.trim().toUpperCase(),
    kind: input.kind,
    instrumentId: input.instrumentId?.trim() || null,
    name: input.name.trim(),
    address: input.address.trim(),
    channels: [...new Set(input.channels)],
    languages: [...new Set(input.languages.map((l) => l.trim().toLowerCase()))],
    urgentProcedure: input.urgentProcedure.trim(),
    requirements,
    requestItems: input.requestItems === null ? null : [...new Set(input.requestItems.map((i) => i.trim()))],
    lawLinks: input.lawLinks.map((l) => ({ title: l.title.trim(), url: l.url.trim() })),
    contacts: input.contacts.map((c) => ({ name: c.name.trim(), role: c.role.trim(), email: c.email.trim(), phone: c.phone.trim() })),
    publicFields: [...new Set(input.publicFields)],
  };
}

/** Every rule the entry breaks, each naming its field under `body` (empty when it may be stored). Pass it normalised. */
export function checkAuthorityInput(input: AuthorityInput): ErrorIssue[] {
  const issues: ErrorIssue[] = [];
  const issue = (path: (string | number)[], code: string, message: string, params?: Record<string, string | number>) =>
    issues.push({ path: ['body', ...path], code, message, ...(params ? { params } : {}) });
  const tooLong = (path: (string | number)[], value: string, maximum: number) => {
    if (value.length > maximum) issue(path, 'too_big', `at most ${maximum} characters`, { maximum, origin: 'string' });
  };

  if (!/^[A-Z]{3}$/.test(input.stateCode)) issue(['stateCode'], 'invalid_format', 'must be a three-letter participant code');
  if (!(AUTHORITY_KINDS as readonly string[]).includes(input.kind)) issue(['kind'], 'invalid_value', `one of ${AUTHORITY_KINDS.join(', ')}`);
  if (input.kind === 'central-authority' && !input.instrumentId) {
    issue(['instrumentId'], 'required', 'a central authority is designated under a treaty: name it');
  }
  if (input.kind !== 'central-authority' && input.instrumentId) {
    issue(['instrumentId'], 'not_allowed', 'only a central authority is designated under a treaty');
  }
  if (input.name.length === 0) issue(['name'], 'required', 'the authority’s name is required');
  tooLong(['name'], input.name, AUTHORITY_LIMITS.name);
  tooLong(['address'], input.address, AUTHORITY_LIMITS.address);
  tooLong(['urgentProcedure'], input.urgentProcedure, AUTHORITY_LIMITS.urgentProcedure);

  input.channels.forEach((c, i) => {
    if (!(AUTHORITY_CHANNELS as readonly string[]).includes(c)) issue(['channels', i], 'invalid_value', `one of ${AUTHORITY_CHANNELS.join(', ')}`);
  });
  if (input.languages.length > AUTHORITY_LIMITS.languages) {
    issue(['languages'], 'too_big', `at most ${AUTHORITY_LIMITS.languages} languages`, { maximum: AUTHORITY_LIMITS.languages, origin: 'array' });
  }
  input.languages.forEach((l, i) => {
    if (!ISO_639_1.has(l)) issue(['languages', i], 'invalid_language', 'an ISO 639-1 code of two letters (en, fr, ar, …)');
  });

  for (const [k, v] of Object.entries(input.requirements)) {
    if (!(REQUIREMENT_KEYS as readonly string[]).includes(k)) issue(['requirements', k], 'unrecognized_keys', `one of ${REQUIREMENT_KEYS.join(', ')}`);
    else if (typeof v === 'string') tooLong(['requirements', k], v, AUTHORITY_LIMITS.requirement);
  }

  input.requestItems?.forEach((item, i) => {
    if (!isRequestItem(item)) issue(['requestItems', i], 'invalid_value', `one of ${REQUEST_ITEM_KEYS.join(', ')}`);
  });

  if (input.lawLinks.length > AUTHORITY_LIMITS.lawLinks) {
    issue(['lawLinks'], 'too_big', `at most ${AUTHORITY_LIMITS.lawLinks} links`, { maximum: AUTHORITY_LIMITS.lawLinks, origin: 'array' });
  }
  input.lawLinks.forEach((l, i) => {
    if (l.title.length === 0) issue(['lawLinks', i, 'title'], 'required', 'the law’s title is required');
    tooLong(['lawLinks', i, 'title'], l.title, AUTHORITY_LIMITS.lawLinkTitle);
    if (l.url.length > AUTHORITY_LIMITS.url) tooLong(['lawLinks', i, 'url'], l.url, AUTHORITY_LIMITS.url);
    else if (!isHttpUrl(l.url)) issue(['lawLinks', i, 'url'], 'invalid_url', 'an http or https address');
  });

  if (input.contacts.length > AUTHORITY_LIMITS.contacts) {
    issue(['contacts'], 'too_big', `at most ${AUTHORITY_LIMITS.contacts} contacts`, { maximum: AUTHORITY_LIMITS.contacts, origin: 'array' });
  }
  input.contacts.forEach((c, i) => {
    if (!c.name && !c.email && !c.phone) issue(['contacts', i], 'required', 'a contact needs a name, an e-mail address or a telephone number');
    tooLong(['contacts', i, 'name'], c.name, AUTHORITY_LIMITS.contactName);
    tooLong(['contacts', i, 'role'], c.role, AUTHORITY_LIMITS.contactRole);
    if (c.email && !isEmail(c.email)) issue(['contacts', i, 'email'], 'invalid_email', 'an e-mail address (name@example.org)');
    if (c.phone.length > AUTHORITY_LIMITS.phone) tooLong(['contacts', i, 'phone'], c.phone, AUTHORITY_LIMITS.phone);
    else if (!PHONE.test(c.phone)) issue(['contacts', i, 'phone'], 'invalid_phone', 'digits, spaces and + ( ) - . / only');
  });

  input.publicFields.forEach((f, i) => {
    if (!(AUTHORITY_OPTIONAL_PUBLIC_FIELDS as readonly string[]).includes(f)) {
      issue(['publicFields', i], 'invalid_value', `one of ${AUTHORITY_OPTIONAL_PUBLIC_FIELDS.join(', ')}`);
    }
  });
  return issues;
}

/** The entry as stored, once checkAuthorityInput found nothing wrong with it. */
export function checkedFields(input: AuthorityInput): AuthorityFields {
  return { ...input, requestItems: input.requestItems === null ? null : input.requestItems.filter(isRequestItem) as RequestItem[] };
}
