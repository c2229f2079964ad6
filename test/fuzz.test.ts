// A schema-driven fuzzer: walks every operation of the committed openapi.json and sends, anonymously, as a platform
// administrator and as a State's focal point, a valid-looking request built from the schema and variations of it:
// wrong types, odd and huge strings (NUL, lone surrogates, RTL marks, 100 kB), out-of-range numbers and dates, extra
// and missing fields, wrong content types, malformed and deeply nested JSON, odd headers. No answer may be a 5xx.
//
// Deterministic (a fixed seed picks the variations) and bounded (a budget of requests per operation and caller), so
// the pass stays well under a minute on PGlite. Every failure is collected and reported at once.
import { readFileSync } from 'node:fs';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildOrganisation, buildUser, signedIn } from './accounts.ts';
import { buildActivity, buildProgramme, buildStrategy } from './activities.ts';
import { insertDocument, insertNeed, insertOverlap } from './coordination.ts';
import { buildTestServer, TEST_NOW } from './http.ts';
import { buildRequest } from './requests.ts';

const SEED = 20261207;
/** Variations per operation and caller, besides the valid-looking request. */
const BUDGET = 10;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
interface Schema {
  $ref?: string;
  type?: string | string[];
  enum?: Json[];
  const?: Json;
  format?: string;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  default?: Json;
}
interface Parameter {
  in: 'path' | 'query' | 'header' | 'cookie';
  name: string;
  required?: boolean;
  schema?: Schema;
}
interface Operation {
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema: Schema }> };
}
interface OpenApi {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
}

const spec = JSON.parse(readFileSync(new URL('../openapi.json', import.meta.url), 'utf8')) as OpenApi;

/** mulberry32: small, fast, and the same sequence everywhere. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n: number) => Math.floor(next() * n),
    pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!,
  };
}
type Rng = ReturnType<typeof prng>;

function resolve(schema: Schema | undefined): Schema {
  let s = schema ?? {};
  for (let i = 0; s.$ref && i < 20; i++) s = spec.components.schemas[s.$ref.split('/').pop()!] ?? {};
  if (s.allOf?.length) return Object.assign({}, ...s.allOf.map(resolve)) as Schema;
  return s;
}

function typeOf(s: Schema): string | undefined {
  if (Array.isArray(s.type)) return s.type.find((t) => t !== 'null');
  return s.type;
}

/** A valid-looking value for a schema: what a well-behaved client would send. */
function sample(schema: Schema | undefined, rng: Rng, depth = 0): Json {
  const s = resolve(schema);
  if (s.const !== undefined) return s.const;
  if (s.enum?.length) return rng.pick(s.enum);
  const alternatives = s.anyOf ?? s.oneOf;
  if (alternatives?.length) {
    const nonNull = alternatives.filter((a) => resolve(a).type !== 'null');
    return sample(rng.pick(nonNull.length ? nonNull : alternatives), rng, depth);
  }
  switch (typeOf(s)) {
    case 'string':
      if (s.format === 'uuid') return randomUuid(rng);
      if (s.format === 'date' || s.pattern === '^\\d{4}-\\d{2}-\\d{2}$') return `2025-${String(1 + rng.int(12)).padStart(2, '0')}-15`;
      if (s.format === 'date-time') return '2026-01-15T10:00:00Z';
      if (s.format === 'email') return `fuzz-${rng.int(1e6)}@example.org`;
      if (s.pattern === '^[A-Za-z]{3}$') return rng.pick(['AFG', 'FRA', 'NGA', 'KEN']);
      if (s.pattern?.includes('[0-9a-f]{16}')) return '0123456789abcdef';
      return 'fuzz text'.padEnd(Math.max(s.minLength ?? 0, 9), 'x').slice(0, s.maxLength ?? 1000);
    case 'integer':
    case 'number': {
      const min = s.minimum ?? 1;
      const max = Math.min(s.maximum ?? min + 10, min + 10);
      return min + rng.int(max - min + 1);
    }
    case 'boolean':
      return rng.next() < 0.5;
    case 'array': {
      if (depth > 4) return [];
      const n = Math.max(s.minItems ?? 0, 1);
      return Array.from({ length: n }, () => sample(s.items, rng, depth + 1));
    }
    case 'object': {
      if (depth > 4) return {};
      const out: Record<string, Json> = {};
      for (const [key, prop] of Object.entries(s.properties ?? {})) {
        if (s.required?.includes(key) || rng.next() < 0.5) out[key] = sample(prop, rng, depth + 1);
      }
      return out;
    }
    default:
      return 'fuzz';
  }
}

function randomUuid(rng: Rng): string {
  const hex = Array.from({ length: 32 }, () => rng.int(16).toString(16)).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20)}`;
}

/** What a careless or hostile client sends in place of a value. */
const ODD_STRINGS = [
  '\u0000',
  'a\u0000b',
  '\ud800',
  'x\udfff',
  '\u200f\u202eRTL override\u202c',
  '\u0001\u0007\u001b[31m',
  '😀 مرحبا 中文',
  '\ufeff\ufffe\uffff',
  'x'.repeat(100_000),
  '',
  ' ',
  "' OR 1=1 --",
  '../../etc/passwd',
  '%00',
  '<script>alert(1)</script>',
  '9999-12-31',
  '10000-01-01',
  '0000-00-00',
  '1899-12-31',
  '2026-02-30',
  '2026-13-01T25:61:00Z',
  '-1',
  '1e309',
  'NaN',
  '00000000-0000-0000-0000-000000000000',
] as const;
const ODD_VALUES: Json[] = [...ODD_STRINGS, -1, 0, 1.5, -(2 ** 63), 2 ** 53 + 1, 1e308, -1e308, true, null, [], {}, [null], { a: 1 }];

function deepArray(levels: number): string {
  return '['.repeat(levels) + ']'.repeat(levels);
}

/** A URL component; lone surrogates (which encodeURIComponent refuses) as the bytes of their code point (WTF-8). */
function encode(value: Json): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code >= 0xd800 && code <= 0xdfff) {
      out += `%${(0xe0 | (code >> 12)).toString(16)}%${(0x80 | ((code >> 6) & 0x3f)).toString(16)}%${(0x80 | (code & 0x3f)).toString(16)}`;
    } else {
      out += encodeURIComponent(ch);
    }
  }
  return out;
}

interface Case {
  what: string;
  path: Record<string, Json>;
  query: Record<string, Json>;
  headers?: Record<string, string>;
  /** A JSON value, or raw bytes with their content type. */
  body?: { json: Json } | { raw: string | Buffer; type: string } | undefined;
}

function multipartBody(fields: Record<string, Json>, cut = false): { raw: Buffer; type: string } {
  const boundary = 'fuzzboundary7d1f';
  const parts = Object.entries(fields).map(
    ([k, v]) => `--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${typeof v === 'string' ? v : JSON.stringify(v)}\r\n`,
  );
  parts.push(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="n\u0000.txt"\r\nContent-Type: text/plain\r\n\r\nhello\r\n`);
  const raw = Buffer.from(`${parts.join('')}--${boundary}--\r\n`);
  return { raw: cut ? raw.subarray(0, Math.floor(raw.length * 0.7)) : raw, type: `multipart/form-data; boundary=${boundary}` };
}

/** The valid-looking request and its variations, the structural ones first, then a seeded sample of the rest. */
function casesFor(op: Operation, known: Record<string, string>, rng: Rng): Case[] {
  const params = op.parameters ?? [];
  const path: Record<string, Json> = {};
  const query: Record<string, Json> = {};
  for (const p of params) {
    if (p.in === 'path') path[p.name] = known[p.name] ?? sample(p.schema, rng);
    if (p.in === 'query' && (p.required || rng.next() < 0.3)) query[p.name] = sample(p.schema, rng);
  }
  const [mediaType, media] = Object.entries(op.requestBody?.content ?? {})[0] ?? [];
  const bodySchema = media ? resolve(media.schema) : undefined;
  const validBody = bodySchema ? sample(bodySchema, rng) : undefined;
  const isMultipart = mediaType === 'multipart/form-data';
  const withBody = (body: Json): Case['body'] =>
    isMultipart ? multipartBody((body ?? {}) as Record<string, Json>) : { json: body };
  const base: Case = { what: 'valid-looking', path, query, body: validBody === undefined ? undefined : withBody(validBody) };

  const fixed: Case[] = [base];
  const rest: Case[] = [];
  for (const name of Object.keys(path)) {
    fixed.push({ ...base, what: `path ${name}=NUL`, path: { ...path, [name]: 'a\u0000b' } });
    for (const v of ODD_VALUES) rest.push({ ...base, what: `path ${name}=${label(v)}`, path: { ...path, [name]: v } });
  }
  for (const p of params.filter((q) => q.in === 'query')) {
    fixed.push({ ...base, what: `query ${p.name}=NUL`, query: { ...query, [p.name]: '\u0000' } });
    if (resolve(p.schema).format === 'date' || /^(from|to|since|until)$/.test(p.name)) {
      for (const d of ['9999-12-31', '0001-01-01']) fixed.push({ ...base, what: `query ${p.name}=${d}`, query: { ...query, [p.name]: d } });
    }
    for (const v of ODD_VALUES) rest.push({ ...base, what: `query ${p.name}=${label(v)}`, query: { ...query, [p.name]: v } });
  }
  rest.push({ ...base, what: 'extra query parameter', query: { ...query, fuzzExtra: '1' } });
  rest.push({ ...base, what: 'odd headers', headers: { 'user-agent': 'ua\u0000', 'if-none-match': '"\u0000"', 'accept-language': '\u0000;q=x' } });
  rest.push({ ...base, what: 'bad bearer', headers: { authorization: 'Bearer \u0000' } });
  rest.push({ ...base, what: 'bad cookie', headers: { cookie: 'accord_session=\u0000%00; accord_csrf=' } });

  if (mediaType) {
    fixed.push({ ...base, what: 'deep JSON (10,000 arrays)', body: { raw: deepArray(10_000), type: 'application/json' } });
    fixed.push({ ...base, what: 'malformed JSON', body: { raw: '{"a":', type: 'application/json' } });
    fixed.push({ ...base, what: 'text/plain body', body: { raw: 'hello', type: 'text/plain' } });
    fixed.push({ ...base, what: 'multipart without boundary', body: { raw: '--x\r\n', type: 'multipart/form-data' } });
    if (isMultipart) fixed.push({ ...base, what: 'truncated multipart', body: multipartBody((validBody ?? {}) as Record<string, Json>, true) });
    rest.push({ ...base, what: 'no body', body: undefined });
    rest.push({ ...base, what: 'body null', body: { json: null } });
    rest.push({ ...base, what: 'body array', body: withBody([validBody ?? null]) });
    rest.push({ ...base, what: 'body string', body: { json: 'x'.repeat(100_000) } });
    rest.push({ ...base, what: 'deep JSON object', body: { raw: '{"a":'.repeat(5000) + '1' + '}'.repeat(5000), type: 'application/json' } });
    if (validBody !== undefined) {
      fixed.push({ ...base, what: 'every body string with NUL', body: withBody(mapStrings(validBody, (v) => `${v}\u0000`)) });
      fixed.push({ ...base, what: 'every body string a lone surrogate', body: withBody(mapStrings(validBody, (v) => `${v}\ud800`)) });
    }
    if (validBody && typeof validBody === 'object' && !Array.isArray(validBody)) {
      const props = Object.keys(resolve(bodySchema).properties ?? {});
      rest.push({ ...base, what: 'extra field', body: withBody({ ...validBody, fuzzExtra: 'x' }) });
      for (const key of props) {
        const without = { ...validBody };
        delete without[key];
        rest.push({ ...base, what: `body without ${key}`, body: withBody(without) });
        for (const v of ODD_VALUES) rest.push({ ...base, what: `body ${key}=${label(v)}`, body: withBody({ ...validBody, [key]: v }) });
        rest.push({ ...base, what: `body ${key}=[NUL]`, body: withBody({ ...validBody, [key]: ['\u0000'] }) });
        rest.push({ ...base, what: `body ${key}={NUL key}`, body: withBody({ ...validBody, [key]: { 'k\u0000': 'v', en: '\ud800' } }) });
      }
    }
  }
  // A seeded shuffle, then the budget.
  for (let i = rest.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [rest[i], rest[j]] = [rest[j]!, rest[i]!];
  }
  return [...fixed, ...rest.slice(0, BUDGET)];
}

function mapStrings(value: Json, f: (v: string) => string): Json {
  if (typeof value === 'string') return f(value);
  if (Array.isArray(value)) return value.map((v) => mapStrings(v, f));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapStrings(v, f)]));
  return value;
}

function label(v: Json): string {
  const text = typeof v === 'string' ? JSON.stringify(v) : JSON.stringify(v) ?? String(v);
  return text.length > 24 ? `${text.slice(0, 12)}…(${text.length})` : text;
}

function toInject(method: string, template: string, c: Case, headers: Record<string, string>, ip: string): InjectOptions {
  const url = template.replace(/\{(\w+)\}/g, (_, name: string) => encode(c.path[name] ?? 'x'));
  const qs = Object.entries(c.query)
    .map(([k, v]) => `${encode(k)}=${encode(v)}`)
    .join('&');
  const options: InjectOptions = {
    method: method.toUpperCase() as InjectOptions['method'],
    url: qs ? `${url}?${qs}` : url,
    headers: { ...headers, ...c.headers },
    remoteAddress: ip,
  };
  if (c.body && 'json' in c.body) {
    options.payload = JSON.stringify(c.body.json);
    options.headers!['content-type'] = 'application/json';
  } else if (c.body) {
    options.payload = c.body.raw;
    options.headers!['content-type'] = c.body.type;
  }
  return options;
}

let t: Awaited<ReturnType<typeof buildTestServer>>;
let app: FastifyInstance;
const people: Record<'admin' | 'focal', string> = { admin: '', focal: '' };
/** Records that exist, by the first segment of a path: the valid-looking request and the body variations reach them. */
const records: Record<string, Record<string, string>> = {};

function knownPathValues(template: string): Record<string, string> {
  const segment = template.replace('/api/v1/', '').split('/');
  const key = segment[0] === 'coordination' ? `coordination/${segment[1]}` : segment[0]!;
  return records[key] ?? {};
}

beforeAll(async () => {
  t = await buildTestServer([]);
  app = t.app;
  const db = t.database.db;
  people.admin = (await buildUser(db, { platformAdmin: true, email: 'fuzz-admin@example.org' }, TEST_NOW)).user.id;
  const focal = await buildUser(db, { role: 'focal-point', stateCode: 'AFG', email: 'fuzz-focal@example.org' }, TEST_NOW);
  people.focal = focal.user.id;
  const unodc = await buildOrganisation(db, { kind: 'un-entity', name: 'UNODC' }, TEST_NOW);
  const other = await buildUser(db, { role: 'entity-officer', organisation: unodc, email: 'fuzz-other@example.org' }, TEST_NOW);
  const base = { organisationId: unodc.id, confidentiality: 'public' as const };
  const activity = await buildActivity(db, base, TEST_NOW);
  const second = await buildActivity(db, { ...base, startDate: '2026-04-02', endDate: '2026-04-05' }, TEST_NOW);
  const request = await buildRequest(db, { addressedToOrganisationId: unodc.id, requestingOrganisationId: focal.organisation!.id, at: TEST_NOW });
  const document = await insertDocument(db, { ownerOrganisationId: unodc.id, confidentiality: 'public', stateCode: 'AFG' });
  const need = await insertNeed(db, { stateCode: 'AFG', themes: ['cbrn'], assessedOn: '2025-06-01', ownerOrganisationId: unodc.id, confidentiality: 'public' });
  const overlap = await insertOverlap(db, {
    activityId: activity.id,
    otherActivityId: second.id,
    stateCodes: ['AFG'],
    themes: ['ratification-legislation'],
    fromDate: '2026-04-02',
    toDate: '2026-04-03',
  });
  records.activities = { id: activity.id };
  records['assistance-requests'] = { id: request.id };
  records.documents = { id: document };
  records.needs = { id: need };
  records.programmes = { id: (await buildProgramme(db, { organisationId: unodc.id }, TEST_NOW)).id };
  records.strategies = { id: (await buildStrategy(db, { ownerOrganisationId: focal.organisation!.id }, TEST_NOW)).id };
  records['coordination/overlaps'] = { id: overlap };
  records.organisations = { id: unodc.id };
  records.people = { id: other.user.id, membershipId: other.membership!.id };
  records.participants = { code: 'AFG' };
});
afterAll(() => t.close());

it('answers no request of any operation with a 5xx', { timeout: 600_000 }, async () => {
  const rng = prng(SEED);
  const failures: string[] = [];
  let sent = 0;
  const byClass: Record<string, number> = {};
  let address = 0;
  const started = performance.now();
  for (const [template, operations] of Object.entries(spec.paths)) {
    for (const [method, op] of Object.entries(operations)) {
      for (const caller of ['anonymous', 'admin', 'focal'] as const) {
        // A fresh session per operation: one operation may sign out, change the password or revoke sessions.
        const headers =
          caller === 'anonymous'
            ? { cookie: 'accord_csrf=fuzz-anonymous-csrf-0123456789abcdef', 'x-csrf-token': 'fuzz-anonymous-csrf-0123456789abcdef' }
            : (await signedIn(t.database.db, people[caller], TEST_NOW)).headers;
        for (const c of casesFor(op, knownPathValues(template), rng)) {
          address++;
          const ip = `10.${(address >> 16) & 255}.${(address >> 8) & 255}.${address & 255}`;
          const request = toInject(method, template, c, headers, ip);
          sent++;
          try {
            const res = await app.inject(request);
            const klass = `${Math.floor(res.statusCode / 100)}xx`;
            byClass[klass] = (byClass[klass] ?? 0) + 1;
            if (res.statusCode >= 500) {
              failures.push(`${caller} ${method.toUpperCase()} ${template} [${c.what}] → ${res.statusCode} ${res.body.slice(0, 160)}`);
            }
          } catch (err) {
            failures.push(`${caller} ${method.toUpperCase()} ${template} [${c.what}] → threw ${String(err).slice(0, 160)}`);
          }
        }
      }
    }
  }
  const seconds = (performance.now() - started) / 1000;
  console.log(`fuzz: ${sent} requests over ${Object.keys(spec.paths).length} paths in ${seconds.toFixed(1)} s (${JSON.stringify(byClass)}), ${failures.length} answers of 5xx`);
  expect(failures).toEqual([]);
});
