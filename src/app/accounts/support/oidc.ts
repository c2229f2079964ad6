// The OpenID Connect relying party: its settings from the config, the provider's metadata (discovered on first use,
// kept, and fetched again after a failure, so Accord starts while the provider is down), and the state of a
// sign-in in progress, which travels in an encrypted cookie rather than a table (docs/decisions/0012-single-sign-on.md).
import * as client from 'openid-client';
import type { Config } from '#config';
import { decrypt, encrypt } from '#app/shared/secrets.ts';

export interface OidcSettings {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Where the provider sends people back: registered with the provider, and compared exactly by it. */
  redirectUri: string;
  /** The provider enforces its own second factor: its sign-ins count as two-factor. */
  trustMfa: boolean;
}

export const OIDC_CALLBACK_PATH = '/api/v1/auth/oidc/callback';

/** The single sign-on settings, or null when OIDC is not configured. */
export function oidcSettings(config: Config): OidcSettings | null {
  if (!config.OIDC_ISSUER || !config.OIDC_CLIENT_ID || !config.OIDC_CLIENT_SECRET) return null;
  const base = (config.PUBLIC_URL ?? `http://127.0.0.1:${config.PORT}`).replace(/\/+$/, '');
  return {
    issuer: config.OIDC_ISSUER,
    clientId: config.OIDC_CLIENT_ID,
    clientSecret: config.OIDC_CLIENT_SECRET,
    redirectUri: `${base}${OIDC_CALLBACK_PATH}`,
    trustMfa: config.OIDC_TRUST_MFA,
  };
}

export interface OidcClient {
  settings: OidcSettings;
  /** The provider's metadata and our client's: discovered once, retried on the next call after a failure. */
  configuration(): Promise<client.Configuration>;
}

/** Plain http is refused except for a provider on this machine (development and tests). */
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Seconds to wait for the provider (discovery, token and userinfo requests). */
const PROVIDER_TIMEOUT_SECONDS = 10;

export function createOidcClient(settings: OidcSettings): OidcClient {
  const issuer = new URL(settings.issuer);
  const insecure = issuer.protocol === 'http:';
  if (insecure && !LOOPBACK_HOSTS.has(issuer.hostname)) {
    // Codes, tokens and the client secret would cross the network in clear.
    throw new Error(`OIDC_ISSUER must be an https URL (http only for a provider on 127.0.0.1 or localhost): ${settings.issuer}`);
  }
  let pending: Promise<client.Configuration> | null = null;
  return {
    settings,
    configuration() {
      pending ??= client
        .discovery(
          issuer,
          settings.clientId,
          { client_secret: settings.clientSecret, redirect_uris: [settings.redirectUri], response_types: ['code'] },
          // The OpenID Connect default for registered clients; every mainstream provider supports it.
          client.ClientSecretBasic(settings.clientSecret),
          { execute: insecure ? [client.allowInsecureRequests] : [], timeout: PROVIDER_TIMEOUT_SECONDS },
        )
        .catch((err: unknown) => {
          pending = null;
          throw err;
        });
      return pending;
    },
  };
}

/** A sign-in in progress: what the callback must find again to accept the provider's answer. */
export interface OidcFlow {
  state: string;
  nonce: string;
  codeVerifier: string;
  returnTo: string;
  /** Milliseconds since the epoch. */
  createdAt: number;
}

/** How long a person may spend at the provider before the sign-in must start again. */
export const OIDC_FLOW_MINUTES = 10;

const FLOW_PURPOSE = 'oidc-flow';

/** The flow, encrypted and authenticated (AES-256-GCM): the browser carries it but can neither read nor forge it. */
export function sealFlow(key: Buffer, flow: OidcFlow): string {
  return encrypt(key, JSON.stringify({ purpose: FLOW_PURPOSE, ...flow }));
}

/** The flow from its sealed form; null when it is missing, forged, from another purpose or too old. */
export function openFlow(key: Buffer, sealed: string | null | undefined, now: Date): OidcFlow | null {
  if (!sealed) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(decrypt(key, sealed));
  } catch {
    return null;
  }
  const f = parsed as Partial<OidcFlow> & { purpose?: unknown };
  const strings = [f.state, f.nonce, f.codeVerifier, f.returnTo].every((v) => typeof v === 'string' && v.length > 0);
  if (f.purpose !== FLOW_PURPOSE || !strings || typeof f.createdAt !== 'number') return null;
  const age = now.getTime() - f.createdAt;
  if (age < 0 || age > OIDC_FLOW_MINUTES * 60_000) return null;
  return { state: f.state!, nonce: f.nonce!, codeVerifier: f.codeVerifier!, returnTo: f.returnTo!, createdAt: f.createdAt };
}

/**
 * Where to go after signing in: a path on this site, or '/'. A value such as `//evil.example`, `/\evil.example` or
 * `https://evil.example` would send a freshly signed-in person to another site (an open redirect).
 */
export function safeReturnTo(value: string | null | undefined): string {
  if (!value || value.length > 2000) return '/';
  if (!/^\/(?![/\\])/.test(value)) return '/';
  // Browsers read a backslash as a slash and drop tabs and newlines, so `/\t/evil.example` is `//evil.example`.
  if (/[\\\s\p{Cc}]/u.test(value)) return '/';
  return value;
}
