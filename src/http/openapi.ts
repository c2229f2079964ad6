// The API contract, as served at /api/docs/json and committed in openapi.json. Everything a client generator needs
// is derived here, centrally, from what each route already declares, so that no route file repeats it:
// - `security`: from the route's `config.access` (who may call it) and the method (state-changing requests made with
//   cookies carry the CSRF token, src/http/plugins/authentication.ts);
// - `operationId`: from the method and the path (`GET /participants/{code}` → `getParticipant`), with a few
//   readable overrides;
// - components: only the schemas some operation uses (zod registers an input and an output variant of each).
// Keys are sorted so that the file only changes when the API does (CI compares it with a fresh generation).
import type { SwaggerTransform, SwaggerTransformObject } from '@fastify/swagger';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { ANONYMOUS } from '#domain/actor.ts';
import { can, TOKEN_SCOPES, type Action } from '#domain/policy.ts';
import { CSRF_HEADER, SAFE_METHODS, cookieNames } from './plugins/authentication.ts';
import type { RouteAccess } from './types.ts';

// The names without the __Host- prefix that https deployments add: the committed contract does not depend on where
// it is served.
const COOKIES = cookieNames(false);

export const SECURITY_SCHEMES = {
  sessionCookie: {
    type: 'apiKey',
    in: 'cookie',
    name: COOKIES.session,
    description:
      'The session set by signing in (`POST /api/v1/auth/sign-in`); named `__Host-accord_session` when the server ' +
      'is served over https. POST, PUT, PATCH and DELETE made with it must also send `csrfToken`.',
  },
  csrfToken: {
    type: 'apiKey',
    in: 'header',
    name: CSRF_HEADER,
    description:
      "The CSRF token: the session's `csrfToken` from `GET /api/v1/auth/session`, or before sign-in the value of " +
      'the `accord_csrf` cookie that the same call sets (double submit). Required on every state-changing request ' +
      'made with cookies; never with an API token.',
  },
  csrfCookie: {
    type: 'apiKey',
    in: 'cookie',
    name: COOKIES.csrf,
    description:
      'Before sign-in: set by `GET /api/v1/auth/session` (named `__Host-accord_csrf` over https); its value is sent ' +
      'back in the `x-csrf-token` header.',
  },
  apiToken: {
    type: 'http',
    scheme: 'bearer',
    description:
      '`Authorization: Bearer <API token>`, created under `/api/v1/me/tokens`. A token acts within its scopes and ' +
      'never beyond what its person may do; it needs no CSRF token.',
  },
} as const;

type SchemeName = keyof typeof SECURITY_SCHEMES;
export type SecurityRequirement = Partial<Record<SchemeName, string[]>>;

/**
 * The ways a caller may authenticate for one operation, as alternatives. An operation anyone may call lists `{}`
 * (no credentials) first, then the optional ones (a signed-in caller may see more); an API token is accepted for the
 * actions a token may be granted (TOKEN_SCOPES); everything else takes the session cookie only.
 */
export function securityFor(method: string, access: RouteAccess): SecurityRequirement[] {
  const safe = SAFE_METHODS.has(method.toUpperCase());
  const anyone = access === 'public' || can(ANONYMOUS, access);
  const token = access !== 'public' && (TOKEN_SCOPES as readonly Action[]).includes(access);
  const requirements: SecurityRequirement[] = [];
  // Anonymous state-changing requests (signing in, accepting an invitation) still carry the double-submit token.
  if (anyone) requirements.push(safe ? {} : { csrfCookie: [], csrfToken: [] });
  requirements.push(safe ? { sessionCookie: [] } : { sessionCookie: [], csrfToken: [] });
  if (token) requirements.push({ apiToken: [] });
  return requirements;
}

/** Names that the rule below would make awkward; keyed by `METHOD /path` as registered (without /api/v1). */
const OPERATION_ID_OVERRIDES: Record<string, string> = {
  'GET /changes.atom': 'getChangesFeed',
  'GET /feeds/:token.atom': 'getSubscriptionFeed',
  'GET /me': 'getMyAccount',
  'PATCH /me': 'updateMyAccount',
  'PUT /me/password': 'changeMyPassword',
  'POST /me/notifications/read': 'markMyNotificationsRead',
  'GET /auth/session': 'getSession',
  'POST /auth/sign-in': 'signIn',
  'POST /auth/sign-out': 'signOut',
  'GET /auth/oidc/start': 'startOidcSignIn',
  'GET /auth/oidc/callback': 'finishOidcSignIn',
  'POST /auth/password-reset': 'requestPasswordReset',
  'POST /auth/password-reset/confirm': 'confirmPasswordReset',
  'POST /auth/second-factor': 'verifySecondFactor',
  'DELETE /auth/second-factor': 'removeSecondFactor',
  'POST /auth/second-factor/enrolment': 'startSecondFactorEnrolment',
  'POST /auth/second-factor/enrolment/confirm': 'confirmSecondFactorEnrolment',
  'GET /invitations/by-token/:token': 'previewInvitation',
  'POST /invitations/by-token/:token/accept': 'acceptInvitation',
  'POST /assistance-requests/:id/transitions': 'transitionAssistanceRequest',
  'POST /assistance-requests/:id/messages': 'postAssistanceRequestMessage',
  'POST /activities/overlap-check': 'checkActivityOverlaps',
  'POST /coordination/overlaps/:id/resolution': 'resolveOverlap',
  'GET /audit-log/verification': 'verifyAuditLog',
  'GET /audit-log': 'listAuditLog',
  'GET /audit-log/export': 'exportAuditLog',
  'GET /results/summary': 'getResultsSummary',
  'GET /needs/uncovered': 'listUncoveredNeeds',
  'GET /needs/uncovered/export': 'exportUncoveredNeeds',
  'GET /participants/:code/gaps': 'getParticipantGaps',
  'GET /instruments/:id/party-counts': 'getInstrumentPartyCounts',
  'GET /documents/:id/content': 'downloadDocument',
  'DELETE /invitations/:id': 'revokeInvitation',
  'DELETE /me/tokens/:id': 'revokeMyToken',
};

const IRREGULAR_SINGULARS: Record<string, string> = { people: 'person' };

function singular(word: string): string {
  if (IRREGULAR_SINGULARS[word]) return IRREGULAR_SINGULARS[word];
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (/(ch|sh|x|ss)es$/.test(word)) return word.slice(0, -2);
  return word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}

const isPlural = (word: string) => word in IRREGULAR_SINGULARS || (word.endsWith('s') && !word.endsWith('ss'));

const pascal = (word: string) =>
  word
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join('');

const VERBS: Record<string, string> = { POST: 'create', PUT: 'replace', PATCH: 'update', DELETE: 'delete', HEAD: 'head' };

/**
 * `GET /participants` → listParticipants, `GET /participants/:code` → getParticipant, `POST /activities` →
 * createActivity, `PATCH /needs/:id` → updateNeed, `GET /activities/export` → exportActivities,
 * `DELETE /me/sessions/:id` → deleteMySession. A resource named before a parameter is singular; `me` reads "my".
 * Deterministic, so a client's method names only change when the API's paths do.
 */
export function operationIdFor(method: string, url: string): string {
  const path = url.replace(/^\/api\/v1(?=\/)/, '');
  const upper = method.toUpperCase();
  const override = OPERATION_ID_OVERRIDES[`${upper} ${path}`];
  if (override) return override;
  const segments = path.split('/').filter(Boolean);
  const isParam = (s: string | undefined) => s?.startsWith(':') ?? false;
  let exporting = false;
  if (segments.at(-1) === 'export') {
    exporting = true;
    segments.pop();
  }
  const last = segments.at(-1);
  const endsWithParam = isParam(last);
  const statics = segments.filter((s) => !isParam(s));
  // A collection is singular in "get one", "create one" and before a parameter; plural when listed or exported.
  const names = statics.map((s, i) => {
    if (s === 'me') return i === statics.length - 1 ? 'Me' : 'My';
    const followedByParam = isParam(segments[segments.indexOf(s) + 1]);
    const finalOne = i === statics.length - 1;
    const one = followedByParam || (finalOne && (upper === 'POST' || upper === 'PUT'));
    return pascal(one ? singular(s) : s);
  });
  let verb: string;
  if (exporting) verb = 'export';
  else if (upper === 'GET') verb = endsWithParam || !(last && isPlural(last)) ? 'get' : 'list';
  else verb = VERBS[upper] ?? upper.toLowerCase();
  return verb + names.join('');
}

/** Adds each operation's operationId and security, then zod's JSON Schema conversion as before. */
export const contractTransform: SwaggerTransform = (input) => {
  const result = jsonSchemaTransform(input);
  const { route } = input;
  const method = (Array.isArray(route.method) ? route.method[0] : route.method) as string;
  const access = route.config?.access;
  if (!access) return result;
  return {
    ...result,
    schema: { ...result.schema, operationId: operationIdFor(method, route.url), security: securityFor(method, access) },
  };
};

/** Every `#/components/schemas/…` reference reachable from the paths, following references inside schemas. */
function usedSchemaNames(paths: unknown, schemas: Record<string, unknown>): Set<string> {
  const used = new Set<string>();
  const pending: unknown[] = [paths];
  while (pending.length > 0) {
    const value = pending.pop();
    if (Array.isArray(value)) pending.push(...value);
    else if (value && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        const name = key === '$ref' && typeof child === 'string' ? child.match(/^#\/components\/schemas\/(.+)$/)?.[1] : undefined;
        if (name !== undefined && !used.has(name)) {
          used.add(name);
          pending.push(schemas[name]);
        } else pending.push(child);
      }
    }
  }
  return used;
}

/** zod's components, less those no operation refers to (an output variant of a body, an input variant of a reply). */
export const contractTransformObject: SwaggerTransformObject = (input) => {
  const document = jsonSchemaTransformObject(input) as { paths?: unknown; components?: { schemas?: Record<string, unknown> } };
  const schemas = document.components?.schemas;
  if (!schemas) return document as ReturnType<SwaggerTransformObject>;
  const used = usedSchemaNames(document.paths, schemas);
  const kept = Object.fromEntries(Object.entries(schemas).filter(([name]) => used.has(name)));
  return { ...document, components: { ...document.components, schemas: kept } } as ReturnType<SwaggerTransformObject>;
};

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, sortKeys((value as Record<string, unknown>)[k])]),
    );
  }
  return value;
}

export function openApiText(app: FastifyInstance): string {
  return `${JSON.stringify(sortKeys(app.swagger()), null, 2)}\n`;
}
