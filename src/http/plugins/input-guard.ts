// One check of every request's input before its route's schema: text PostgreSQL cannot store as sent is refused with
// 400 VALIDATION_FAILED naming the field, whatever the route (so no schema can forget it).
//
// - U+0000 (NUL): PostgreSQL's text and jsonb refuse it, so the statement failed and the request answered 500.
// - Lone UTF-16 surrogates (U+D800–U+DFFF not in a pair, e.g. JSON "\ud800"): they have no UTF-8 form; the drivers
//   (pg and PGlite) silently store U+FFFD instead, so what was saved is not what was sent. Refused too.
// Every other character PostgreSQL stores as sent (other controls, RTL marks, non-characters), so they pass.
// JSON nested deeper than MAX_DEPTH is refused: no route takes more than a few levels, and walking deep input
// (ours here, zod's next) should cost nothing.
import type { FastifyInstance, FastifySchemaCompiler } from 'fastify';
import { validatorCompiler } from 'fastify-type-provider-zod';
import { AppError, type ErrorIssue } from '#domain/errors.ts';

/** NUL, or a surrogate that is not half of a pair (in a `u` regex a pair is one code point, so \p{Cs} is lone). */
// eslint-disable-next-line no-control-regex -- NUL is exactly what this looks for
const FORBIDDEN = /[\u0000\p{Cs}]/u;

export const MAX_DEPTH = 32;

type Path = (string | number)[];

function textIssue(path: Path, text: string): ErrorIssue {
  const nul = text.includes('\u0000');
  return {
    path,
    code: nul ? 'nul_character' : 'lone_surrogate',
    message: nul ? 'must not contain the NUL character (U+0000)' : 'must not contain an unpaired UTF-16 surrogate',
  };
}

/**
 * Every string (and object key) in `value` that PostgreSQL cannot store as sent, and nesting beyond MAX_DEPTH, as
 * issues under `root` (e.g. ['body']). Iterative, so deep input cannot overflow the stack.
 */
export function inputTextIssues(value: unknown, root: Path): ErrorIssue[] {
  const issues: ErrorIssue[] = [];
  const stack: { value: unknown; path: Path }[] = [{ value, path: root }];
  while (stack.length > 0) {
    const { value: v, path } = stack.pop()!;
    if (typeof v === 'string') {
      if (FORBIDDEN.test(v)) issues.push(textIssue(path, v));
      continue;
    }
    if (typeof v !== 'object' || v === null) continue;
    if (path.length - root.length >= MAX_DEPTH) {
      issues.push({ path, code: 'too_deep', message: `must not nest deeper than ${MAX_DEPTH} levels` });
      continue;
    }
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push({ value: v[i], path: [...path, i] });
      continue;
    }
    if (Buffer.isBuffer(v)) continue;
    for (const key of Object.keys(v).reverse()) {
      if (FORBIDDEN.test(key)) {
        issues.push(textIssue([...path, key], key));
        continue;
      }
      stack.push({ value: (v as Record<string, unknown>)[key], path: [...path, key] });
    }
  }
  return issues;
}

/** The shape fastify-type-provider-zod gives its issues, so the error handler reports ours the same way. */
function asValidationErrors(issues: ErrorIssue[]) {
  return issues.map((issue) => ({
    [Symbol.for('ZodFastifySchemaValidationError')]: true,
    keyword: issue.code,
    instancePath: `/${issue.path.join('/')}`,
    schemaPath: `#/${issue.path.join('/')}/${issue.code}`,
    message: issue.message,
    params: {},
  }));
}

/** The zod validator compiler, with the input's text checked first (for body, query, params and headers alike). */
export const guardedValidatorCompiler: FastifySchemaCompiler<never> = (routeSchema) => {
  const validate = validatorCompiler(routeSchema as never) as (data: unknown) => unknown;
  return (data: unknown) => {
    const issues = inputTextIssues(data, []);
    if (issues.length > 0) return { error: asValidationErrors(issues) as never };
    return validate(data) as never;
  };
};

/**
 * Headers are validated by a schema only where a route declares one, yet some reach the database (the user agent of a
 * session). Node's HTTP parser refuses NUL in a header, other transports may not: check them all, before any route.
 */
export function installInputGuard(app: FastifyInstance): void {
  app.setValidatorCompiler(guardedValidatorCompiler);
  app.addHook('onRequest', async (request) => {
    const issues = inputTextIssues(request.headers, ['headers']);
    if (issues.length > 0) throw new AppError('VALIDATION_FAILED', 'The request is not valid.', { issues });
  });
}
