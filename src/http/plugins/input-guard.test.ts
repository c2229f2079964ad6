// Input PostgreSQL cannot store as sent (NUL, lone surrogates), dates out of range and unreadable uploads answer 400
// naming the field, never 500; a failed statement's values never reach the log.
import { sql } from 'drizzle-orm';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '#config';
import { buildServer } from '#http/server.ts';
import { buildUser, signedIn } from '../../../test/accounts.ts';
import { createTestDatabase } from '../../../test/db.ts';
import { multipart, SAMPLES } from '../../../test/documents.ts';
import { TEST_NOW, TEST_SECRET_KEY } from '../../../test/http.ts';
import { inputTextIssues } from './input-guard.ts';

/** Fastify's own logger (pino, with its serializers), writing every line here instead of to stdout. */
function capturingLogger(lines: string[]): FastifyBaseLogger {
  const stream = { write: (line: string) => void lines.push(line) };
  return Fastify({ logger: { level: 'info', stream } }).log;
}

const logLines: string[] = [];
let app: FastifyInstance;
let database: Awaited<ReturnType<typeof createTestDatabase>>;
let admin: Record<string, string>;
let focal: Record<string, string>;
let officer: Record<string, string>;

beforeAll(async () => {
  database = await createTestDatabase();
  const config = loadConfig({ NODE_ENV: 'test', SECRET_KEY: TEST_SECRET_KEY, WEB_DIST: './does-not-exist', LOG_LEVEL: 'info' });
  app = await buildServer({ database, config, now: () => TEST_NOW, logger: capturingLogger(logLines) });
  const db = database.db;
  admin = (await signedIn(db, (await buildUser(db, { platformAdmin: true }, TEST_NOW)).user.id, TEST_NOW)).headers;
  const afg = await buildUser(db, { role: 'focal-point', stateCode: 'AFG' }, TEST_NOW);
  focal = (await signedIn(db, afg.user.id, TEST_NOW)).headers;
  officer = (await signedIn(db, (await buildUser(db, { role: 'entity-officer' }, TEST_NOW)).user.id, TEST_NOW)).headers;
});
afterAll(async () => {
  await app.close();
  await database.dispose();
});

function issuesOf(res: { json: () => unknown }) {
  return (res.json() as { error: { code: string; issues: { path: unknown[]; code?: string }[] } }).error;
}

describe('text PostgreSQL cannot store as sent', () => {
  it('finds NUL and lone surrogates in values and keys, at any depth, and lets pairs, RTL marks and controls pass', () => {
    expect(inputTextIssues({ a: ['ok', 'x\u0000y'], b: { 'k\u0000': 1 } }, ['body'])).toEqual([
      { path: ['body', 'a', 1], code: 'nul_character', message: expect.any(String) },
      { path: ['body', 'b', 'k\u0000'], code: 'nul_character', message: expect.any(String) },
    ]);
    expect(inputTextIssues({ lone: '\ud800', low: 'a\udc00' }, ['query']).map((i) => i.path)).toEqual([
      ['query', 'lone'],
      ['query', 'low'],
    ]);
    expect(inputTextIssues({ ok: '😀 \u200f\u202e\t\u0001 مرحبا 中文 \ufffe' }, [])).toEqual([]);
    let deep: unknown = 'leaf';
    for (let i = 0; i < 10_000; i++) deep = [deep];
    expect(inputTextIssues(deep, ['body'])).toEqual([{ path: ['body', ...Array(32).fill(0)], code: 'too_deep', message: expect.any(String) }]);
  });

  it('answers 400 naming the query parameter: GET /documents?q=%00 (was 500 on both databases)', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/v1/documents?q=%00' });
    expect(res.statusCode).toBe(400);
    expect(issuesOf(res)).toMatchObject({ code: 'VALIDATION_FAILED', issues: [{ path: ['query', 'q'], code: 'nul_character' }] });
    const signedInRes = await app.inject({ method: 'GET', url: '/api/v1/documents?q=a%00b', headers: focal });
    expect(signedInRes.statusCode).toBe(400);
  });

  it('answers 400 naming the body field, for NUL and for a lone surrogate in JSON', async () => {
    const nul = await app.inject({
      method: 'POST',
      url: '/api/v1/me/tokens',
      headers: admin,
      payload: { name: 'import\u0000', scopes: ['treaty-status:read'], expiresInDays: 30 },
    });
    expect(nul.statusCode).toBe(400);
    expect(issuesOf(nul).issues).toEqual([expect.objectContaining({ path: ['body', 'name'], code: 'nul_character' })]);
    const surrogate = await app.inject({
      method: 'POST',
      url: '/api/v1/me/tokens',
      headers: { ...admin, 'content-type': 'application/json' },
      payload: '{"name":"import \\ud800","scopes":["treaty-status:read"],"expiresInDays":30}',
    });
    expect(surrogate.statusCode).toBe(400);
    expect(issuesOf(surrogate).issues).toEqual([expect.objectContaining({ path: ['body', 'name'], code: 'lone_surrogate' })]);
    // A well-formed pair is text like any other.
    const pair = await app.inject({
      method: 'POST',
      url: '/api/v1/me/tokens',
      headers: { ...admin, 'content-type': 'application/json' },
      payload: '{"name":"import \\ud83d\\ude00","scopes":["treaty-status:read"],"expiresInDays":30}',
    });
    expect(pair.statusCode).toBe(201);
    expect(pair.json().data.name).toBe('import 😀');
  });

  it('answers 400 naming the path parameter', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/v1/documents/a%00b', headers: admin });
    expect(res.statusCode).toBe(400);
    expect(issuesOf(res).issues).toEqual([expect.objectContaining({ path: ['params', 'id'], code: 'nul_character' })]);
  });

  it('answers 400 for a header that would be stored (the user agent of a new session)', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      headers: { 'user-agent': 'agent\u0000', cookie: 'accord_csrf=anonymous-csrf-token-0123456789abcdef', 'x-csrf-token': 'anonymous-csrf-token-0123456789abcdef' },
      payload: { email: 'nobody@example.org', password: 'a password of some length' },
    });
    expect(res.statusCode).toBe(400);
    expect(issuesOf(res).issues).toEqual([expect.objectContaining({ path: ['headers', 'user-agent'], code: 'nul_character' })]);
  });

  it('answers 400 naming the multipart field or the file name', async () => {
    const form = multipart(
      { title: 'Note\u0000', confidentiality: 'public', stateCode: 'AFG', language: 'en' },
      { name: 'note\u0000.txt', content: SAMPLES.txt(), type: 'text/plain' },
    );
    const res = await app.inject({ method: 'POST', url: '/api/v1/documents', headers: { ...officer, ...form.headers }, payload: form.payload });
    expect(res.statusCode).toBe(400);
    expect(issuesOf(res).issues.map((i) => i.path)).toEqual(
      expect.arrayContaining([
        ['body', 'title'],
        ['body', 'file', 'fileName'],
      ]),
    );
    expect(await database.db.execute(sql`select 1 from documents`)).toMatchObject({ rows: [] });
  });
});

describe('dates', () => {
  it.each([
    ['/audit-log?to=9999-12-31', ['query', 'to']],
    ['/audit-log?from=0001-01-01', ['query', 'from']],
    ['/audit-log?to=9999-12-31T23:59:59Z', ['query', 'to']],
    ['/audit-log/export?to=9999-12-31', ['query', 'to']],
    ['/activities?to=9999-12-31', ['query', 'to']],
    ['/coordination/who-does-what-where?from=1000-01-01', ['query', 'from']],
  ])('refuses %s out of range with 400 naming it', async (url, path) => {
    const res = await app.inject({ method: 'GET', url: `/api/v1${url}`, headers: url.startsWith('/audit') ? admin : officer });
    expect(res.statusCode).toBe(400);
    expect(issuesOf(res).issues).toEqual([expect.objectContaining({ path })]);
  });

  it('keeps dates and instants in range working', async () => {
    for (const url of ['/audit-log?to=2999-12-31', '/audit-log?from=2026-01-01T10:00:00.123%2B02:00', '/audit-log?from=1900-01-01']) {
      expect((await app.inject({ method: 'GET', url: `/api/v1${url}`, headers: admin })).statusCode, url).toBe(200);
    }
    const bad = await app.inject({ method: 'GET', url: '/api/v1/audit-log?from=2026-02-30T10:00Z', headers: admin });
    expect(bad.statusCode).toBe(400);
  });
});

describe('unreadable uploads', () => {
  const url = '/api/v1/documents';
  it('answers 400 for a multipart body without a boundary', async () => {
    const form = multipart({ title: 'Note', confidentiality: 'public', stateCode: 'AFG' }, { name: 'n.txt', content: SAMPLES.txt() });
    const res = await app.inject({ method: 'POST', url, headers: { ...officer, 'content-type': 'multipart/form-data' }, payload: form.payload });
    expect(res.statusCode).toBe(400);
    expect(issuesOf(res)).toMatchObject({ code: 'VALIDATION_FAILED', issues: [{ path: ['body'], code: 'malformed_form' }] });
  });

  it.each([0.3, 0.6, 0.95])('answers 400 for a multipart body cut at %s of its length', async (fraction) => {
    const form = multipart({ title: 'Note', confidentiality: 'public', stateCode: 'AFG' }, { name: 'n.txt', content: SAMPLES.txt() });
    const cut = form.payload.subarray(0, Math.floor(form.payload.length * fraction));
    const res = await app.inject({ method: 'POST', url, headers: { ...officer, ...form.headers }, payload: cut });
    expect(res.statusCode).toBe(400);
    expect(issuesOf(res).code).toBe('VALIDATION_FAILED');
  });
});

describe('the error log', () => {
  it("names a failed statement and the request, never the statement's values", async () => {
    const secret = 'secret-value-never-logged-7f3a';
    // A failure only this value meets, as a real statement's would.
    await database.db.execute(sql.raw(`alter table api_tokens add constraint input_guard_test check (name <> '${secret}')`));
    try {
      logLines.length = 0;
      const res = await app.inject({
        method: 'POST',
        url: '/api/v1/me/tokens',
        headers: admin,
        payload: { name: secret, scopes: ['treaty-status:read'], expiresInDays: 30 },
      });
      expect(res.statusCode).toBe(500);
      const errorLines = logLines.filter((l) => JSON.parse(l).level >= 50);
      expect(errorLines).toHaveLength(1);
      const line = errorLines[0]!;
      expect(line).toContain(res.headers['x-request-id']);
      expect(line).toContain('insert api_tokens');
      expect(line).toContain('23514');
      expect(logLines.join('\n')).not.toContain(secret);
      expect(logLines.join('\n')).not.toContain('treaty-status:read');
    } finally {
      await database.db.execute(sql`alter table api_tokens drop constraint input_guard_test`);
    }
  });
});
