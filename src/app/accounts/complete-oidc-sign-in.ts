// Completes a sign-in at the OpenID provider: checks the provider's answer against the flow this browser started
// (state, nonce and PKCE, by openid-client), then finds the person. Accounts come by invitation only: a provider
// identity is linked to an existing, active account whose e-mail the provider says it has verified, and never
// creates one (docs/decisions/0012-single-sign-on.md).
import * as client from 'openid-client';
import { requiresSecondFactor } from '#domain/accounts/types.ts';
import type { Db } from '#db/client.ts';
import { createAccountsRepo, normaliseEmail, type UserRow } from '#db/repos/accounts/accounts.repo.ts';
import { createAuditRepo } from '#db/repos/accounts/audit.repo.ts';
import { createUserIdentitiesRepo } from '#db/repos/accounts/user-identities.repo.ts';
import { startSession, type SessionStage, type StartedSession } from './start-session.ts';
import { openFlow, type OidcClient } from './support/oidc.ts';
import type { SessionSettings } from './support/session-settings.ts';

export type OidcSignInResult =
  | { outcome: 'signed-in'; session: StartedSession; userId: string; returnTo: string; linked: boolean }
  /** The provider knows the person, Accord does not (or not by a verified e-mail): they need an invitation. */
  | { outcome: 'unknown-account'; reason: string }
  | { outcome: 'failed'; reason: string };

export interface CompleteOidcSignInInput {
  /** The callback's query string as the provider sent it (without '?'). */
  query: string;
  /** The sealed flow from the cookie set when the sign-in started. */
  flow: string | null | undefined;
  ip?: string | null;
  userAgent?: string | null;
  /** The session the browser had before (revoked: a sign-in always starts a new one). */
  replaces?: string | null;
}

interface Claims {
  issuer: string;
  subject: string;
  email: string | null;
  emailVerified: boolean;
}

export async function completeOidcSignIn(
  db: Db,
  oidc: OidcClient,
  input: CompleteOidcSignInInput,
  now: Date,
  options: { secretKey: Buffer; sessions: SessionSettings },
): Promise<OidcSignInResult> {
  const flow = openFlow(options.secretKey, input.flow, now);
  if (!flow) return fail(db, now, input.flow ? 'flow_expired_or_invalid' : 'flow_missing');

  let claims: Claims;
  try {
    claims = await providerClaims(oidc, input.query, flow);
  } catch (err) {
    return fail(db, now, failureReason(err));
  }

  return db.transaction(async (tx): Promise<OidcSignInResult> => {
    const accounts = createAccountsRepo(tx);
    const identities = createUserIdentitiesRepo(tx);
    const audit = createAuditRepo(tx);
    const identity = await identities.find(claims.issuer, claims.subject);
    let user: UserRow | undefined;
    let linked = false;
    if (identity) {
      // A known identity wins over the e-mail, which the person may since have changed at the provider.
      user = await accounts.findUserById(identity.userId);
    } else if (claims.email && claims.emailVerified) {
      user = await accounts.findUserByEmail(claims.email);
      if (user && !user.disabledAt) {
        // One identity per provider and person: a second subject claiming the same e-mail is more likely an
        // address handed on to someone else at the provider than the same person.
        if ((await identities.ofUser(user.id, claims.issuer)).length > 0) {
          return failIn(tx, now, 'identity_conflict', claims, user.id);
        }
        await identities.insert({ issuer: claims.issuer, subject: claims.subject, userId: user.id, createdAt: now });
        await audit.append({
          at: now.toISOString(),
          actor: `user:${user.id}`,
          action: 'identity:link',
          targetType: 'user',
          targetId: user.id,
          before: null,
          after: { issuer: claims.issuer, subject: claims.subject, email: claims.email },
        });
        linked = true;
      }
    }
    if (!user) {
      const reason = claims.email && !claims.emailVerified ? 'email_not_verified' : 'unknown_account';
      await failIn(tx, now, reason, claims, null);
      return { outcome: 'unknown-account', reason };
    }
    if (user.disabledAt) return failIn(tx, now, 'account_disabled', claims, user.id);

    const stage = await stageFor(accounts, user, oidc.settings.trustMfa);
    const session = await startSession(
      tx,
      { userId: user.id, stage, method: 'oidc', ip: input.ip, userAgent: input.userAgent, replaces: input.replaces },
      now,
      options.sessions,
    );
    await audit.append({
      at: now.toISOString(),
      actor: `user:${user.id}`,
      action: 'session:sign-in',
      targetType: 'user',
      targetId: user.id,
      before: null,
      after: { method: 'oidc', stage, issuer: claims.issuer, ip: input.ip ?? null },
    });
    return { outcome: 'signed-in', session, userId: user.id, returnTo: flow.returnTo, linked };
  });
}

/**
 * The second factor: the provider's own counts when OIDC_TRUST_MFA says it enforces one. Otherwise a person who has
 * set up TOTP is asked for it (as after a password), and one whose roles require it and who has none must enrol.
 */
async function stageFor(
  accounts: ReturnType<typeof createAccountsRepo>,
  user: UserRow,
  trustMfa: boolean,
): Promise<SessionStage> {
  if (trustMfa) return 'complete';
  if (user.totpEnabledAt) return 'second-factor';
  const memberships = await accounts.membershipsOf(user.id);
  return requiresSecondFactor({ platformAdmin: user.platformAdmin, memberships }) ? 'enrol-second-factor' : 'complete';
}

/** The provider's answer, checked (state, PKCE, ID token signature, issuer, audience, expiry, nonce), as claims. */
async function providerClaims(
  oidc: OidcClient,
  query: string,
  flow: { state: string; nonce: string; codeVerifier: string },
): Promise<Claims> {
  const configuration = await oidc.configuration();
  // The redirect URI as registered, not as this request's Host header says: openid-client sends it to the token
  // endpoint, which compares it exactly.
  const callbackUrl = new URL(oidc.settings.redirectUri);
  callbackUrl.search = query;
  const tokens = await client.authorizationCodeGrant(configuration, callbackUrl, {
    pkceCodeVerifier: flow.codeVerifier,
    expectedState: flow.state,
    expectedNonce: flow.nonce,
    idTokenExpected: true,
  });
  const idToken = tokens.claims()!;
  let email: unknown = idToken.email;
  let verified: unknown = idToken.email_verified;
  // Most providers put profile claims in the ID token only when no access token is issued; they are at userinfo.
  if (typeof email !== 'string' && configuration.serverMetadata().userinfo_endpoint) {
    const info = await client.fetchUserInfo(configuration, tokens.access_token, idToken.sub);
    email = info.email;
    verified = info.email_verified;
  }
  return {
    issuer: idToken.iss,
    subject: idToken.sub,
    email: typeof email === 'string' && email.includes('@') ? normaliseEmail(email) : null,
    // Some providers send the boolean as a string.
    emailVerified: verified === true || verified === 'true',
  };
}

function failureReason(err: unknown): string {
  if (err instanceof client.AuthorizationResponseError || err instanceof client.ResponseBodyError) {
    return `provider_error:${err.error}`.slice(0, 100);
  }
  if (err instanceof client.ClientError) return `invalid_response:${err.code ?? 'unknown'}`;
  return 'provider_unreachable';
}

async function fail(db: Db, now: Date, reason: string): Promise<OidcSignInResult> {
  return db.transaction((tx) => failIn(tx, now, reason, null, null));
}

async function failIn(
  tx: Db,
  now: Date,
  reason: string,
  claims: Claims | null,
  userId: string | null,
): Promise<OidcSignInResult> {
  await createAuditRepo(tx).append({
    at: now.toISOString(),
    actor: 'anonymous',
    action: 'session:sign-in-failed',
    targetType: userId ? 'user' : 'oidc-identity',
    targetId: userId ?? (claims ? `${claims.issuer}#${claims.subject}` : 'unknown'),
    before: null,
    after: {
      method: 'oidc',
      reason,
      ...(claims ? { issuer: claims.issuer, subject: claims.subject, email: claims.email } : {}),
    },
  });
  return { outcome: 'failed', reason };
}
