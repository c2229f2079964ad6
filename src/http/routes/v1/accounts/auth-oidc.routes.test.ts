// Single sign-on against a real OpenID provider (oidc-provider) listening on 127.0.0.1 for the length of this file.
// The provider is driven over HTTP as a browser would (its login and consent forms, its cookies, its redirects); the
// code it hands back is delivered to Accord's callback with app.inject, so Accord's redirect URI need only match.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '#config';
import { authenticateRequest } from '#app/accounts/authenticate-request.ts';
import { DEFAULT_SESSION_SETTINGS } from '#app/accounts/support/session-settings.ts';
import { buildServer } from '#http/server.ts';
import { buildUser } from '../../../../../test/accounts.ts';
import { createTestDatabase } from '../../../../../test/db.ts';
import { TEST_SECRET_KEY } from '../../../../../test/http.ts';
import {
  disableUser,
  identitiesOf,
  lastAudit,
  ProviderBrowser,
  startTestProvider,
  usersWithEmail,
  type TestProvider,
} from '../../../../../test/oidc.ts';

const PUBLIC_URL = 'http://accord.test';
const REDIRECT_URI = `${PUBLIC_URL}/api/v1/auth/oidc/callback`;
const CLIENT = { id: 'accord', secret: 'accord-client-secret-for-tests' };

const ALICE = { email: 'alice@unodc.test', email_verified: true };

let provider: TestProvider;
let issuer: string;
let database: Awaited<ReturnType<typeof createTestDatabase>>;
let app: FastifyInstance;
let trustingApp: FastifyInstance;
let people: Record<'alice' | 'bob' | 'officer' | 'totp' | 'gone', string>;

async function accordServer(env: Record<string, string>) {
  const config = loadConfig({
    NODE_ENV: 'test',
    SECRET_KEY: TEST_SECRET_KEY,
    WEB_DIST: './does-not-exist',
    LOG_LEVEL: 'silent',
    PUBLIC_URL,
    ...env,
  });
  return buildServer({ database, config, logger: false });
}

beforeAll(async () => {
  provider = await startTestProvider({
    client: { id: CLIENT.id, secret: CLIENT.secret, redirectUri: REDIRECT_URI },
    accounts: {
      'alice-sub': ALICE,
      'stranger-sub': { email: 'nobody@elsewhere.test', email_verified: true },
      'bob-sub': { email: 'bob@unodc.test', email_verified: false },
      'officer-sub': { email: 'officer@unodc.test', email_verified: true },
      'totp-sub': { email: 'totp@unodc.test', email_verified: true },
      'gone-sub': { email: 'gone@unodc.test', email_verified: true },
    },
  });
  issuer = provider.issuer;
  database = await createTestDatabase();
  const oidcEnv = { OIDC_ISSUER: issuer, OIDC_CLIENT_ID: CLIENT.id, OIDC_CLIENT_SECRET: CLIENT.secret };
  app = await accordServer(oidcEnv);
  trustingApp = await accordServer({ ...oidcEnv, OIDC_TRUST_MFA: 'true' });
  const db = database.db;
  const { user: alice } = await buildUser(db, { email: 'alice@unodc.test', role: 'coordinator' });
  const { user: bob } = await buildUser(db, { email: 'bob@unodc.test', role: 'coordinator' });
  const { user: officer } = await buildUser(db, { email: 'officer@unodc.test', role: 'entity-officer' });
  const { user: totp } = await buildUser(db, {
    email: 'totp@unodc.test',
    role: 'coordinator',
    totpSecret: 'sealed-secret',
    totpEnabledAt: new Date(),
  });
  const { user: gone } = await buildUser(db, { email: 'gone@unodc.test', role: 'coordinator' });
  await disableUser(db, gone.id);
  people = { alice: alice.id, bob: bob.id, officer: officer.id, totp: totp.id, gone: gone.id };
});

afterAll(async () => {
  await app?.close();
  await trustingApp?.close();
  await database?.dispose();
  await provider?.close();
});

interface SignIn {
  start: Awaited<ReturnType<FastifyInstance['inject']>>;
  callbackUrl: URL;
  flowCookie: string;
}

/** Accord /start → the provider (login, consent) → the callback URL the provider redirects to (not yet followed). */
async function throughProvider(login: string, options: { server?: FastifyInstance; returnTo?: string } = {}): Promise<SignIn> {
  const server = options.server ?? app;
  const query = options.returnTo === undefined ? '' : `?returnTo=${encodeURIComponent(options.returnTo)}`;
  const start = await server.inject({ method: 'GET', url: `/api/v1/auth/oidc/start${query}` });
  expect(start.statusCode).toBe(302);
  const location = start.headers.location as string;
  expect(location.startsWith(`${issuer}/`)).toBe(true);
  const flow = start.cookies.find((c) => c.name === 'accord_oidc');
  expect(flow).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/api/v1/auth/oidc', maxAge: 600 });
  const callbackUrl = await new ProviderBrowser().signIn(location, login, REDIRECT_URI);
  return { start, callbackUrl, flowCookie: flow!.value };
}

function callback(signIn: SignIn, options: { server?: FastifyInstance; url?: URL; flowCookie?: string | null } = {}) {
  const url = options.url ?? signIn.callbackUrl;
  const flow = options.flowCookie === undefined ? signIn.flowCookie : options.flowCookie;
  return (options.server ?? app).inject({
    method: 'GET',
    url: `${url.pathname}${url.search}`,
    cookies: flow === null ? {} : { accord_oidc: flow },
  });
}

async function signInAs(login: string, options: { server?: FastifyInstance; returnTo?: string } = {}) {
  return callback(await throughProvider(login, options), { server: options.server });
}

/** Who the session cookie of a response signs in, and at which stage. */
async function sessionOf(response: Awaited<ReturnType<FastifyInstance['inject']>>, server = app) {
  const secret = response.cookies.find((c) => c.name === 'accord_session')?.value;
  if (!secret) return null;
  // Through the API when H1's session route is registered; the same use case the authentication plugin runs otherwise.
  if (server.hasRoute({ method: 'GET', url: '/api/v1/auth/session' })) {
    const res = await server.inject({ method: 'GET', url: '/api/v1/auth/session', cookies: { accord_session: secret } });
    expect(res.statusCode).toBe(200);
    const { data } = res.json() as { data: { stage: string; user: { id: string } | null } };
    return { userId: data.user?.id ?? null, stage: data.stage };
  }
  const auth = await authenticateRequest(database.db, { sessionSecret: secret }, new Date(), DEFAULT_SESSION_SETTINGS);
  return { userId: auth.session?.userId ?? null, stage: auth.session?.stage ?? 'anonymous' };
}

describe('single sign-on through OpenID Connect', () => {
  it('signs a known person in through the provider, links the identity by verified e-mail and returns them', async () => {
    const signIn = await throughProvider('alice-sub', { returnTo: '/documents?state=AFG' });
    const authorization = new URL(signIn.start.headers.location as string);
    expect(Object.fromEntries(authorization.searchParams)).toMatchObject({
      client_id: CLIENT.id,
      redirect_uri: REDIRECT_URI,
      response_type: 'code',
      scope: 'openid email',
      code_challenge_method: 'S256',
    });
    for (const p of ['state', 'nonce', 'code_challenge']) expect(authorization.searchParams.get(p)).toBeTruthy();
    // The flow cookie is sealed: nothing of it is readable.
    expect(signIn.flowCookie).not.toContain(authorization.searchParams.get('state')!);

    const res = await callback(signIn);
    expect(res.statusCode).toBe(302);
    expect(res.headers.location).toBe('/documents?state=AFG');
    // The flow cookie is spent.
    expect(res.cookies.find((c) => c.name === 'accord_oidc')?.value).toBe('');
    expect(await sessionOf(res)).toEqual({ userId: people.alice, stage: 'complete' });

    expect(await identitiesOf(database.db, people.alice)).toMatchObject([{ issuer, subject: 'alice-sub' }]);
    expect(await lastAudit(database.db, 'identity:link')).toMatchObject({ actor: `user:${people.alice}`, targetId: people.alice });
    expect(await lastAudit(database.db, 'session:sign-in')).toMatchObject({
      actor: `user:${people.alice}`,
      after: { method: 'oidc', stage: 'complete' },
    });
  });

  it('knows the person by their identity on the next sign-in, even after their e-mail changed at the provider', async () => {
    provider.accounts.set('alice-sub', { email: 'alice.renamed@unodc.test', email_verified: true });
    try {
      const res = await signInAs('alice-sub');
      expect(res.statusCode).toBe(302);
      expect(res.headers.location).toBe('/');
      expect(await sessionOf(res)).toEqual({ userId: people.alice, stage: 'complete' });
      expect(await identitiesOf(database.db, people.alice)).toHaveLength(1);
    } finally {
      provider.accounts.set('alice-sub', ALICE);
    }
  });

  it('creates no account for someone Accord does not know: accounts come by invitation', async () => {
    const res = await signInAs('stranger-sub');
    expect(res.statusCode).toBe(302);
    expect(res.headers.location).toBe('/sign-in?error=sso_unknown_account');
    expect(res.cookies.find((c) => c.name === 'accord_session')).toBeUndefined();
    expect(await usersWithEmail(database.db, 'nobody@elsewhere.test')).toEqual([]);
    expect(await lastAudit(database.db, 'session:sign-in-failed')).toMatchObject({
      actor: 'anonymous',
      after: { method: 'oidc', reason: 'unknown_account', subject: 'stranger-sub' },
    });
  });

  it('does not link an account by an e-mail the provider has not verified', async () => {
    const res = await signInAs('bob-sub');
    expect(res.headers.location).toBe('/sign-in?error=sso_unknown_account');
    expect(res.cookies.find((c) => c.name === 'accord_session')).toBeUndefined();
    expect(await identitiesOf(database.db, people.bob)).toEqual([]);
  });

  it('refuses a callback whose state was tampered with, and a callback without the flow cookie', async () => {
    const signIn = await throughProvider('alice-sub');
    const tampered = new URL(signIn.callbackUrl);
    tampered.searchParams.set('state', 'forged-state');
    const res = await callback(signIn, { url: tampered });
    expect(res.statusCode).toBe(302);
    expect(res.headers.location).toBe('/sign-in?error=sso_failed');
    expect(res.cookies.find((c) => c.name === 'accord_session')).toBeUndefined();
    expect(await lastAudit(database.db, 'session:sign-in-failed')).toMatchObject({
      after: { method: 'oidc', reason: expect.stringMatching(/^invalid_response:/) },
    });

    const noFlow = await callback(await throughProvider('alice-sub'), { flowCookie: null });
    expect(noFlow.headers.location).toBe('/sign-in?error=sso_failed');
    expect(await lastAudit(database.db, 'session:sign-in-failed')).toMatchObject({ after: { reason: 'flow_missing' } });

    const forgedFlow = await callback(signIn, { flowCookie: 'v1.AAAA.BBBB.CCCC' });
    expect(forgedFlow.headers.location).toBe('/sign-in?error=sso_failed');
    expect(await lastAudit(database.db, 'session:sign-in-failed')).toMatchObject({
      after: { reason: 'flow_expired_or_invalid' },
    });
  });

  it('refuses a code that was already used', async () => {
    const signIn = await throughProvider('alice-sub');
    expect((await callback(signIn)).headers.location).toBe('/');
    const replay = await callback(signIn);
    expect(replay.headers.location).toBe('/sign-in?error=sso_failed');
    expect(await lastAudit(database.db, 'session:sign-in-failed')).toMatchObject({
      after: { reason: 'provider_error:invalid_grant' },
    });
    expect(replay.cookies.find((c) => c.name === 'accord_session')).toBeUndefined();
  });

  it('answers sso_failed when the person refuses at the provider', async () => {
    const signIn = await throughProvider('alice-sub');
    const denied = new URL(REDIRECT_URI);
    denied.searchParams.set('error', 'access_denied');
    denied.searchParams.set('state', signIn.callbackUrl.searchParams.get('state')!);
    denied.searchParams.set('iss', issuer);
    const res = await callback(signIn, { url: denied });
    expect(res.headers.location).toBe('/sign-in?error=sso_failed');
    expect(await lastAudit(database.db, 'session:sign-in-failed')).toMatchObject({ after: { reason: 'provider_error:access_denied' } });
  });

  it('refuses a disabled account', async () => {
    const res = await signInAs('gone-sub');
    expect(res.headers.location).toBe('/sign-in?error=sso_failed');
    expect(res.cookies.find((c) => c.name === 'accord_session')).toBeUndefined();
  });

  it('asks for the second factor unless the provider is trusted to have asked for one', async () => {
    const officer = await signInAs('officer-sub', { returnTo: '/admin' });
    expect(officer.headers.location).toBe('/sign-in/enrol?returnTo=%2Fadmin');
    expect(await sessionOf(officer)).toEqual({ userId: people.officer, stage: 'enrol-second-factor' });

    const totp = await signInAs('totp-sub');
    expect(totp.headers.location).toBe('/sign-in/second-factor?returnTo=%2F');
    expect(await sessionOf(totp)).toEqual({ userId: people.totp, stage: 'second-factor' });

    const trusted = await signInAs('officer-sub', { server: trustingApp, returnTo: '/admin' });
    expect(trusted.headers.location).toBe('/admin');
    expect(await sessionOf(trusted, trustingApp)).toEqual({ userId: people.officer, stage: 'complete' });
  });

  it('ignores a returnTo that leaves the site', async () => {
    for (const returnTo of ['//evil.example/x', 'https://evil.example', '/\\evil.example', 'documents']) {
      const start = await app.inject({ method: 'GET', url: `/api/v1/auth/oidc/start?returnTo=${encodeURIComponent(returnTo)}` });
      expect(start.statusCode).toBe(302);
      const res = await callback({
        start,
        callbackUrl: await new ProviderBrowser().signIn(start.headers.location as string, 'alice-sub', REDIRECT_URI),
        flowCookie: start.cookies.find((c) => c.name === 'accord_oidc')!.value,
      });
      expect(res.headers.location, returnTo).toBe('/');
    }
  });

  it('answers 404 on both routes when single sign-on is not configured', async () => {
    const plain = await accordServer({});
    try {
      for (const url of ['/api/v1/auth/oidc/start', '/api/v1/auth/oidc/callback?code=x&state=y']) {
        const res = await plain.inject({ method: 'GET', url });
        expect(res.statusCode, url).toBe(404);
        expect(res.json()).toMatchObject({ error: { code: 'NOT_FOUND' } });
      }
    } finally {
      await plain.close();
    }
  });

  it('starts while the provider is down, and discovers it once it is back', async () => {
    provider.down = true;
    const server = await accordServer({ OIDC_ISSUER: issuer, OIDC_CLIENT_ID: CLIENT.id, OIDC_CLIENT_SECRET: CLIENT.secret });
    try {
      const down = await server.inject({ method: 'GET', url: '/api/v1/auth/oidc/start' });
      expect(down.statusCode).toBe(302);
      expect(down.headers.location).toBe('/sign-in?error=sso_failed');
      provider.down = false;
      const back = await server.inject({ method: 'GET', url: '/api/v1/auth/oidc/start' });
      expect(back.headers.location).toMatch(new RegExp(`^${issuer}/`));
    } finally {
      provider.down = false;
      await server.close();
    }
  });

  it('refuses to start with a provider that is not https (except on this machine)', async () => {
    await expect(
      accordServer({ OIDC_ISSUER: 'http://idp.example.org', OIDC_CLIENT_ID: CLIENT.id, OIDC_CLIENT_SECRET: CLIENT.secret }),
    ).rejects.toThrow(/https/);
  });
});
