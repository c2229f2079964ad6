// Server-wide rules: every route declares its access, errors have one shape, 5xx hide internals, security headers,
// docs, the built web app with its SPA fallback, and the committed OpenAPI document matches the code.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '#config';
import { isAction } from '#domain/policy.ts';
import { createTestDatabase } from '../../test/db.ts';
import { TEST_NOW, TEST_SECRET_KEY } from '../../test/http.ts';
import { installAccessControl, MissingRouteAccessError } from './plugins/access.ts';
import { openApiText } from './openapi.ts';
import { buildServer } from './server.ts';

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let app: Awaited<ReturnType<typeof buildServer>>;
let webDir: string;

beforeAll(async () => {
  database = await createTestDatabase();
  webDir = fs.mkdtempSync(path.join(os.tmpdir(), 'accord-web-'));
  fs.mkdirSync(path.join(webDir, 'assets'));
  fs.writeFileSync(path.join(webDir, 'index.html'), '<!doctype html><title>Accord</title><script type="module" src="/assets/app-1a2b.js"></script>');
  fs.writeFileSync(path.join(webDir, 'assets', 'app-1a2b.js'), 'console.log("accord")');
  const config = loadConfig({ NODE_ENV: 'test', SECRET_KEY: TEST_SECRET_KEY, WEB_DIST: webDir });
  app = await buildServer({ database, config, now: () => TEST_NOW, logger: false });
});

afterAll(async () => {
  await app.close();
  await database.dispose();
  fs.rmSync(webDir, { recursive: true, force: true });
});

describe('route access', () => {
  it('every registered route declares config.access (public or a policy action)', () => {
    expect(app.registeredRoutes.length).toBeGreaterThan(15);
    const undeclared = app.registeredRoutes.filter((r) => !(r.access === 'public' || isAction(r.access)));
    expect(undeclared).toEqual([]);
    // API routes name an action, so that the policy, not the route, decides who may. Only the doors in are public:
    // health, signing in (with its second factor, reset and single sign-on), opening an invitation, the first
    // administrator's setup link, and a subscription's Atom feed (a feed reader cannot sign in: the secret in its URL
    // is the credential).
    const publicApi = /^\/api\/v1\/(health$|auth\/|invitations\/by-token\/|setup$|feeds\/:token\.atom$)/;
    const api = app.registeredRoutes.filter((r) => r.url.startsWith('/api/v1/'));
    expect(api.length).toBeGreaterThanOrEqual(11);
    expect(api.filter((r) => !isAction(r.access) && !publicApi.test(r.url))).toEqual([]);
  });

  it('a route without config.access stops the server at start-up', async () => {
    const bare = Fastify({ logger: false });
    installAccessControl(bare);
    bare.get('/declared', { config: { access: 'public' } }, async () => 'ok');
    expect(() => bare.get('/forgotten', async () => 'oops')).toThrow(MissingRouteAccessError);
    // Inside a plugin, the error surfaces when the server starts.
    bare.register(async (scope) => {
      scope.get('/in-plugin', async () => 'oops');
    });
    await expect(bare.ready()).rejects.toThrow(MissingRouteAccessError);
  });
});

describe('errors', () => {
  it('answers unknown API paths with the error shape, not the web app', async () => {
    const res = await app.inject('/api/v1/nothing-here');
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({
      error: { code: 'NOT_FOUND', message: 'No route GET /api/v1/nothing-here.', params: { resource: 'route' }, issues: [] },
    });
  });

  it('hides internals on 5xx and gives the request id instead', async () => {
    const broken = await createTestDatabase();
    const config = loadConfig({ NODE_ENV: 'test', SECRET_KEY: TEST_SECRET_KEY, WEB_DIST: './does-not-exist' });
    const server = await buildServer({ database: broken, config, now: () => TEST_NOW, logger: false });
    await broken.close(); // every query now fails inside the driver
    const res = await server.inject('/api/v1/matrix');
    expect(res.statusCode).toBe(500);
    const { error } = res.json();
    expect(error.code).toBe('INTERNAL');
    expect(error.message).toBe('Something went wrong on our side.');
    expect(error.params).toEqual({ requestId: res.headers['x-request-id'] });
    expect(res.body).not.toMatch(/pglite|closed|stack|at /i);
    expect((await server.inject('/api/v1/health')).statusCode).toBe(503);
    await server.close();
    await broken.dispose().catch(() => undefined);
  });
});

describe('security headers and compression', () => {
  it('sends a strict CSP (scripts from self only, nothing inline) and the usual headers', async () => {
    const res = await app.inject('/api/v1/health');
    const csp = res.headers['content-security-policy'] as string;
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("script-src-attr 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-request-id']).toBeDefined();
  });

  it('compresses large responses', async () => {
    const res = await app.inject({ url: '/api/v1/instruments', headers: { 'accept-encoding': 'gzip' } });
    expect(res.headers['content-encoding']).toBe('gzip');
  });

  it('keeps public views compressed once per encoding and serves the same bytes again', async () => {
    const plain = await app.inject({ url: '/api/v1/matrix' });
    const br1 = await app.inject({ url: '/api/v1/matrix', headers: { 'accept-encoding': 'gzip, br' } });
    const br2 = await app.inject({ url: '/api/v1/matrix', headers: { 'accept-encoding': 'gzip, br' } });
    const gz = await app.inject({ url: '/api/v1/matrix', headers: { 'accept-encoding': 'gzip, br;q=0' } });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect([br1.headers['content-encoding'], br2.headers['content-encoding'], gz.headers['content-encoding']]).toEqual(['br', 'br', 'gzip']);
    expect(br2.rawPayload.equals(br1.rawPayload)).toBe(true);
    expect(brotliDecompressSync(br1.rawPayload).toString()).toBe(plain.body);
    expect(gunzipSync(gz.rawPayload).toString()).toBe(plain.body);
    expect(br1.rawPayload.length).toBeLessThan(plain.rawPayload.length / 5);
    // Each encoding is its own representation, with its own strong ETag.
    expect(new Set([plain.headers.etag, br1.headers.etag, gz.headers.etag]).size).toBe(3);
  });
});

describe('docs and the web app', () => {
  it('serves interactive docs at /api/docs and the spec as JSON', async () => {
    const ui = await app.inject('/api/docs/');
    expect(ui.statusCode).toBe(200);
    expect(ui.headers['content-type']).toMatch(/text\/html/);
    const spec = await app.inject('/api/docs/json');
    expect(spec.json().openapi).toBe('3.1.0');
  });

  it('serves built files, and index.html for any other non-API path (SPA deep links)', async () => {
    const asset = await app.inject('/assets/app-1a2b.js');
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toContain('immutable');
    for (const url of ['/', '/participants/AFG', '/matrix?asOf=2010-01-01']) {
      const page = await app.inject(url);
      expect(page.statusCode, url).toBe(200);
      expect(page.body).toContain('<title>Accord</title>');
      expect(page.headers['cache-control']).toBe('no-cache');
    }
  });

  it('answers 404 for a missing file, never index.html in its place', async () => {
    for (const url of ['/assets/nope.js', '/favicon.png', '/en/robots.txt']) {
      const res = await app.inject(url);
      expect(res.statusCode, url).toBe(404);
      expect(res.body, url).not.toContain('<title>Accord</title>');
    }
  });
});

describe('OpenAPI contract', () => {
  it('the committed openapi.json equals a fresh generation (run `npm run openapi` after changing a route)', async () => {
    const committed = fs.readFileSync(path.resolve('openapi.json'), 'utf8');
    expect(openApiText(app)).toBe(committed);
  });
});
