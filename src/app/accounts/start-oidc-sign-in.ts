// Starts a sign-in at the OpenID provider: the authorisation URL to send the browser to, with a fresh state (against
// forged callbacks), nonce (against replayed ID tokens) and PKCE S256 verifier (against stolen codes), all three kept
// in the sealed flow that the browser brings back to the callback.
import * as client from 'openid-client';
import { OIDC_FLOW_MINUTES, safeReturnTo, sealFlow, type OidcClient } from './support/oidc.ts';

export interface StartedOidcSignIn {
  authorizationUrl: string;
  /** The sealed flow state, for a short-lived cookie. */
  flow: string;
  maxAgeSeconds: number;
}

export async function startOidcSignIn(
  oidc: OidcClient,
  input: { returnTo?: string | null },
  now: Date,
  secretKey: Buffer,
): Promise<StartedOidcSignIn> {
  const configuration = await oidc.configuration();
  const codeVerifier = client.randomPKCECodeVerifier();
  const state = client.randomState();
  const nonce = client.randomNonce();
  const url = client.buildAuthorizationUrl(configuration, {
    redirect_uri: oidc.settings.redirectUri,
    scope: 'openid email',
    response_type: 'code',
    state,
    nonce,
    code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
  });
  const flow = sealFlow(secretKey, {
    state,
    nonce,
    codeVerifier,
    returnTo: safeReturnTo(input.returnTo),
    createdAt: now.getTime(),
  });
  return { authorizationUrl: url.href, flow, maxAgeSeconds: OIDC_FLOW_MINUTES * 60 };
}
