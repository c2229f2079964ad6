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
  params?: { keys?: string[] };
}

function validationIssues(err: FastifyError & { validation: unknown[]; validationContext?: string }): ErrorIssue[] {
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
    issues.push({ path: [location, ...path], code: raw.keyword, message: raw.message ?? 'invalid' });
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

export function toErrorResponse(err: unknown): { status: number; body: ErrorBody; internal: boolean } {
  if (isAppError(err)) {
    return {
      status: STATUS_BY_CODE[err.code],
      body: { error: { code: err.code, message: err.message, params: err.params, issues: err.issues } },
      internal: false,
    };
  }
  if (hasZodFastifySchemaValidationErrors(err)) {
    const issues = validationIssues(err as never);
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

/** `spaIndexHtml`: the built web app's page, answered for unknown non-API GETs so that its router decides. */
export function installErrorHandling(app: FastifyInstance, options: { spaIndexHtml: string | null }): void {
  app.setErrorHandler((err: unknown, request: FastifyRequest, reply: FastifyReply) => {
    const { status, body, internal } = toErrorResponse(err);
    if (internal) {
      request.log.error({ err }, 'request failed');
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
    if (options.spaIndexHtml !== null && isSpaPath(request.method, request.url)) {
      return reply
        .code(200)
        .type('text/html; charset=utf-8')
        .header('cache-control', 'no-cache')
        .send(options.spaIndexHtml);
    }
    const err = new AppError('NOT_FOUND', `No route ${request.method} ${request.url.split('?')[0]}.`, {
      params: { resource: 'route' },
    });
    const { status, body } = toErrorResponse(err);
    return reply.code(status).header('cache-control', 'no-store').send(body);
  });
}
