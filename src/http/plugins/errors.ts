// One error handler, one table from error code to HTTP status. Every error leaves as
// `{ error: { code, message, params, issues } }`; validation errors list every failing input with its path;
// 5xx bodies say nothing about internals (the log, keyed by request id, has the details).
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, isAppError, type ErrorCode, type ErrorIssue } from '#domain/errors.ts';
import { isSpaPath } from './web.ts';

export const STATUS_BY_CODE: Record<ErrorCode, number> = {
  VALIDATION_FAILED: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  INVALID_TRANSITION: 409,
  RATE_LIMITED: 429,
  PRECONDITION_FAILED: 412,
  PRECONDITION_REQUIRED: 428,
};

export interface ErrorBody {
  error: { code: ErrorCode | 'INTERNAL'; message: string; params: Record<string, unknown>; issues: ErrorIssue[] };
}

/** Where the failing input was: the first element of every issue path. */
const LOCATION: Record<string, string> = { querystring: 'query', params: 'params', body: 'body', headers: 'headers' };

interface ZodLikeIssue {
  instancePath: string;
  keyword: string;
  message?: string;
  params?: { keys?: string[]; minimum?: unknown; maximum?: unknown; origin?: unknown; format?: unknown };
}

/** What the request sent, by location: to tell a missing or empty value from a wrong one. */
export type RequestInput = Partial<Record<'body' | 'query' | 'params' | 'headers', unknown>>;

function valueAt(input: unknown, path: readonly string[]): unknown {
  let node = input;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

const isBlank = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

/** The bounds of a zod issue the client needs to say which rule was broken (numbers as numbers, no inputs). */
function ruleParams(params: ZodLikeIssue['params']): Record<string, string | number> | undefined {
  if (!params) return undefined;
  const out: Record<string, string | number> = {};
  for (const key of ['minimum', 'maximum'] as const) {
    const v = params[key];
    if (typeof v === 'number' || typeof v === 'bigint') out[key] = Number(v);
  }
  for (const key of ['origin', 'format'] as const) if (typeof params[key] === 'string') out[key] = params[key];
  return Object.keys(out).length ? out : undefined;
}

function validationIssues(
  err: FastifyError & { validation: unknown[]; validationContext?: string },
  input: RequestInput = {},
): ErrorIssue[] {
  const location = LOCATION[err.validationContext ?? ''] ?? err.validationContext ?? 'request';
  const issues: ErrorIssue[] = [];
  for (const raw of err.validation as ZodLikeIssue[]) {
    const path = raw.instancePath.split('/').filter(Boolean);
    // A strict object reports all unknown keys in one issue at its root: name each key, so the client sees which.
    if (raw.keyword === 'unrecognized_keys' && raw.params?.keys?.length) {
      for (const key of raw.params.keys) {
        issues.push({ path: [location, ...path, key], code: 'unrecognized_key', message: 'unknown parameter' });
      }
      continue;
    }
    // A missing or empty value breaks one rule, whatever the schema's first check was (a minimum length, a type):
    // the client says "required" rather than "too short".
    const blank = path.length > 0 && isBlank(valueAt(input[location as keyof RequestInput], path));
    const params = ruleParams(raw.params);
    issues.push({
      path: [location, ...path],
      code: blank && raw.keyword !== 'unrecognized_keys' ? 'required' : raw.keyword,
      message: raw.message ?? 'invalid',
      ...(params && !blank ? { params } : {}),
    });
  }
  return issues;
}

/** Framework errors (body too large, bad content type, …) keep their HTTP status and get our closest code. */
function frameworkCode(status: number): ErrorCode {
  if (status === 401) return 'UNAUTHENTICATED';
  if (status === 403) return 'FORBIDDEN';
  if (status === 404) return 'NOT_FOUND';
  if (status === 409) return 'CONFLICT';
  if (status === 429) return 'RATE_LIMITED';
  return 'VALIDATION_FAILED';
}

export function toErrorResponse(err: unknown, input?: RequestInput): { status: number; body: ErrorBody; internal: boolean } {
  if (isAppError(err)) {
    return {
      status: STATUS_BY_CODE[err.code],
      body: { error: { code: err.code, message: err.message, params: err.params, issues: err.issues } },
      internal: false,
    };
  }
  if (hasZodFastifySchemaValidationErrors(err)) {
    const issues = validationIssues(err as never, input);
    return {
      status: 400,
      body: { error: { code: 'VALIDATION_FAILED', message: 'The request is not valid.', params: {}, issues } },
      internal: false,
    };
  }
  const status = (err as FastifyError | undefined)?.statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    const e = err as FastifyError;
    return {
      status,
      body: { error: { code: frameworkCode(status), message: e.message, params: { reason: e.code }, issues: [] } },
      internal: false,
    };
  }
  return {
    status: 500,
    body: { error: { code: 'INTERNAL', message: 'Something went wrong on our side.', params: {}, issues: [] } },
    internal: true,
  };
}

interface DatabaseErrorLike {
  code?: unknown;
  severity?: unknown;
  constraint?: unknown;
  table?: unknown;
  column?: unknown;
  routine?: unknown;
}

/** What kind of statement failed, on what: "insert into documents", never more of the text and never its values. */
export function statementName(query: string): string {
  const kind = /^\s*(\w+)/.exec(query)?.[1]?.toLowerCase() ?? 'statement';
  const tables = new Set<string>();
  for (const m of query.matchAll(/\b(from|into|update|join|table)\s+("?[\w.]+"?)/gi)) {
    tables.add(m[2]!.replaceAll('"', ''));
    if (tables.size === 3) break;
  }
  return [kind, ...tables].join(' ');
}

function isDatabaseError(e: unknown): e is DatabaseErrorLike {
  const x = e as DatabaseErrorLike | null;
  return typeof x?.severity === 'string' && typeof x.code === 'string' && /^[0-9A-Z]{5}$/.test(x.code);
}

/**
 * An error as it may be logged. A failed statement's error carries its parameters (drizzle's DrizzleQueryError puts
 * them in `params` and in its message; the driver's error may quote a value in its message or `detail`): such an
 * error is logged as the statement's name, the SQLSTATE and the names of the constraint, table and column involved,
 * with the stack's frames only. The request id comes with the request's logger. Other errors are logged as they are.
 */
export function loggableError(err: unknown): unknown {
  let statement: string | null = null;
  let database: DatabaseErrorLike | null = null;
  let top: unknown = err;
  for (let e: unknown = err, depth = 0; e && depth < 8; e = (e as { cause?: unknown }).cause, depth++) {
    const q = e as { query?: unknown; params?: unknown };
    if (statement === null && typeof q.query === 'string' && Array.isArray(q.params)) statement = statementName(q.query);
    if (database === null && isDatabaseError(e)) database = e;
    if (depth === 0) top = e;
  }
  if (statement === null && database === null) return err;
  const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
  const stack = str((top as Error).stack)
    ?.split('\n')
    .filter((line) => /^\s+at /.test(line))
    .join('\n');
  return {
    type: 'DatabaseError',
    message: `Statement failed: ${statement ?? 'unknown statement'}${database ? ` (SQLSTATE ${String(database.code)})` : ''}`,
    statement: statement ?? undefined,
    sqlState: str(database?.code),
    constraint: str(database?.constraint),
    table: str(database?.table),
    column: str(database?.column),
    routine: str(database?.routine),
    stack,
  };
}

/** `sendSpaPage`: sends the built web app's page, answered for unknown non-API GETs so that its router decides. */
export function installErrorHandling(
  app: FastifyInstance,
  options: { sendSpaPage: ((request: FastifyRequest, reply: FastifyReply) => FastifyReply) | null },
): void {
  app.setErrorHandler((err: unknown, request: FastifyRequest, reply: FastifyReply) => {
    const { status, body, internal } = toErrorResponse(err, { body: request.body, query: request.query, params: request.params });
    if (internal) {
      request.log.error({ err: loggableError(err) }, 'request failed');
      body.error.params = { requestId: request.id };
    } else if (status >= 400) {
      request.log.info({ code: body.error.code, status }, body.error.message);
    }
    // An error must not be cached as if it were the resource.
    reply.removeHeader('etag');
    reply.header('cache-control', 'no-store');
    return reply.code(status).type('application/json; charset=utf-8').send(body);
  });

  app.setNotFoundHandler((request: FastifyRequest, reply: FastifyReply) => {
    if (options.sendSpaPage && isSpaPath(request.method, request.url)) return options.sendSpaPage(request, reply);
    const err = new AppError('NOT_FOUND', `No route ${request.method} ${request.url.split('?')[0]}.`, {
      params: { resource: 'route' },
    });
    const { status, body } = toErrorResponse(err);
    return reply.code(status).header('cache-control', 'no-store').send(body);
  });
}
