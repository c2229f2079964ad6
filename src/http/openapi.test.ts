// The API contract that clients generate from: every operation says how to authenticate (derived from its
// config.access), has a stable, unique operationId, and the document holds no schema that nothing uses.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '#config';
import { TOKEN_SCOPES, type Action } from '#domain/policy.ts';
import { createTestDatabase } from '../../test/db.ts';
import { TEST_NOW, TEST_SECRET_KEY } from '../../test/http.ts';
import { operationIdFor, securityFor, SECURITY_SCHEMES } from './openapi.ts';
import { CSRF_HEADER, cookieNames } from './plugins/authentication.ts';
import { buildServer } from './server.ts';

interface Operation {
  operationId?: string;
  security?: Record<string, string[]>[];
}
interface Spec {
  servers?: { url: string }[];
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, unknown>; securitySchemes?: Record<string, { type: string; in?: string; name?: string; scheme?: string }> };
}

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let app: Awaited<ReturnType<typeof buildServer>>;
let spec: Spec;

beforeAll(async () => {
  database = await createTestDatabase();
  const config = loadConfig({ NODE_ENV: 'test', SECRET_KEY: TEST_SECRET_KEY, WEB_DIST: './does-not-exist' });
  app = await buildServer({ database, config, now: () => TEST_NOW, logger: false });
  spec = app.swagger() as unknown as Spec;
});

afterAll(async () => {
  await app.close();
  await database.dispose();
});

const operations = () =>
  Object.entries(spec.paths).flatMap(([path, item]) => Object.entries(item).map(([method, op]) => ({ method, path, op })));

/** The registered route behind a spec path (`/api/v1/participants/{code}` ← `/api/v1/participants/:code`). */
function accessOf(method: string, path: string) {
  const route = app.registeredRoutes.find(
    (r) => r.method === method.toUpperCase() && r.url.replace(/:(\w+)/g, '{$1}') === path,
  );
  if (!route?.access) throw new Error(`no route for ${method} ${path}`);
  return route.access;
}

describe('operationId', () => {
  it('every operation has one: unique, readable camelCase', () => {
    const ids = operations().map(({ op }) => op.operationId);
    expect(ids.length).toBeGreaterThan(100);
    expect(ids.filter((id) => !id || !/^[a-z][a-zA-Z0-9]+$/.test(id))).toEqual([]);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('is derived from the method and the path, so it stays put while they do', () => {
    // Names clients already call: changing one breaks them, so a change here must be deliberate.
    const expected: Record<string, string> = {
      'get /api/v1/participants/{code}': 'getParticipant',
      'get /api/v1/participants': 'listParticipants',
      'get /api/v1/activities': 'listActivities',
      'post /api/v1/activities': 'createActivity',
      'patch /api/v1/assistance-requests/{id}': 'updateAssistanceRequest',
      'post /api/v1/assistance-requests/{id}/transitions': 'transitionAssistanceRequest',
      'get /api/v1/activities/export': 'exportActivities',
      'get /api/v1/people': 'listPeople',
      'delete /api/v1/people/{id}/memberships/{membershipId}': 'deletePersonMembership',
      'get /api/v1/import-batches/{id}': 'getImportBatch',
      'get /api/v1/strategies/{id}': 'getStrategy',
      'delete /api/v1/me/sessions/{id}': 'deleteMySession',
      'get /api/v1/changes.atom': 'getChangesFeed',
      'post /api/v1/auth/sign-in': 'signIn',
    };
    const actual = Object.fromEntries(operations().map(({ method, path, op }) => [`${method} ${path}`, op.operationId]));
    for (const [key, id] of Object.entries(expected)) expect(actual[key], key).toBe(id);
    expect(operationIdFor('GET', '/api/v1/needs/:id')).toBe('getNeed');
    expect(operationIdFor('GET', '/api/v1/needs/:id')).toBe(operationIdFor('GET', '/api/v1/needs/:id'));
  });
});

describe('security', () => {
  it('describes the session cookie, its CSRF header and the bearer API token as the server names them', () => {
    const schemes = spec.components.securitySchemes ?? {};
    expect(schemes.sessionCookie).toMatchObject({ type: 'apiKey', in: 'cookie', name: cookieNames(false).session });
    expect(schemes.csrfToken).toMatchObject({ type: 'apiKey', in: 'header', name: CSRF_HEADER });
    expect(schemes.csrfCookie).toMatchObject({ type: 'apiKey', in: 'cookie', name: cookieNames(false).csrf });
    expect(schemes.apiToken).toMatchObject({ type: 'http', scheme: 'bearer' });
  });

  it("marks every operation with the schemes its config.access accepts", () => {
    for (const { method, path, op } of operations()) {
      expect(op.security, `${method} ${path}`).toEqual(securityFor(method, accessOf(method, path)));
      for (const requirement of op.security ?? []) {
        for (const name of Object.keys(requirement)) expect(Object.keys(SECURITY_SCHEMES)).toContain(name);
      }
    }
  });

  it('public reads need no credentials; tokens only where a token may be granted; writes with cookies carry CSRF', () => {
    const security = (method: string, path: string) => spec.paths[path]![method]!.security;
    // Anyone, optionally signed in or with a token (a token sees what its person may).
    expect(security('get', '/api/v1/participants/{code}')).toEqual([{}, { sessionCookie: [] }, { apiToken: [] }]);
    // Signed-in only, token allowed (assistance-request:read is a token scope).
    expect(security('get', '/api/v1/assistance-requests')).toEqual([{ sessionCookie: [] }, { apiToken: [] }]);
    // Account management is never done with a token.
    expect(security('post', '/api/v1/me/tokens')).toEqual([{ sessionCookie: [], csrfToken: [] }]);
    // Signing in is anonymous but still carries the double-submit CSRF token.
    expect(security('post', '/api/v1/auth/sign-in')).toEqual([
      { csrfCookie: [], csrfToken: [] },
      { sessionCookie: [], csrfToken: [] },
    ]);
    for (const { method, path, op } of operations()) {
      const access = accessOf(method, path);
      const tokenAllowed = access !== 'public' && (TOKEN_SCOPES as readonly Action[]).includes(access);
      expect(op.security!.some((r) => 'apiToken' in r), `${method} ${path}`).toBe(tokenAllowed);
      if (method !== 'get') expect(op.security!.every((r) => 'apiToken' in r || 'csrfToken' in r), `${method} ${path}`).toBe(true);
    }
  });
});

describe('document', () => {
  it('names its server and keeps only the component schemas that operations use', () => {
    expect(spec.servers).toEqual([expect.objectContaining({ url: '/' })]);
    const text = JSON.stringify(spec);
    const unused = Object.keys(spec.components.schemas).filter((name) => !text.includes(`"#/components/schemas/${name}"`));
    expect(unused).toEqual([]);
  });
});
