// The directory of competent authorities as files (issue 11 §3): download it as CSV or as a printable page (which the
// browser saves as PDF), and import a directory file with a dry run and a diff. Each reader's file holds what they
// may read (the use case projects every entry and audits reads of contact details); answers are never cached by
// anyone but the caller. Paths are static segments (`authorities.csv`, `authorities/import`, …), which Fastify
// matches before the `authorities/:id` of the directory's own routes.
import multipart from '@fastify/multipart';
import type { FastifyError, FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { exportAuthorityDirectory } from '#app/cooperation/export-authority-directory.ts';
import { importAuthorityDirectory } from '#app/cooperation/import-authority-directory.ts';
import { DIRECTORY_PAGE_CSP } from '#app/cooperation/authority-directory-html.ts';
import { DIRECTORY_COLUMNS, DIRECTORY_LIMITS } from '#domain/cooperation/directory-file.ts';
import { AppError, type ErrorIssue } from '#domain/errors.ts';
import { abilitiesFor } from '#domain/policy.ts';
import { inputTextIssues } from '#http/plugins/input-guard.ts';
import { errorBody, signedInErrors } from '#http/schemas/common.ts';
import {
  directoryExportQuery,
  directoryImportForm,
  directoryImportQuery,
  directoryImportResponse,
  directoryLayoutQuery,
  directoryLayoutResponse,
  directoryPrintQuery,
} from '#http/schemas/cooperation/directory-files.ts';
import { EXPORT_RATE_LIMIT } from '../treaties/matrix.routes.ts';
import { perPersonRateLimit, PRIVATE_NO_STORE, privateNoStore, sendFile, typed, type RouteDeps } from '../route-deps.ts';

const IMPORT_RATE_LIMIT = perPersonRateLimit(30);

const filtersOf = (q: { state?: string; kind?: (typeof directoryExportQuery)['shape']['kind']['_output'] }) => ({
  stateCodes: q.state ? [q.state] : undefined,
  kinds: q.kind ? [q.kind] : undefined,
});

export async function directoryFileRoutes(app: FastifyInstance, deps: RouteDeps) {
  privateNoStore(app);
  const r = typed(app);

  r.get(
    '/cooperation/authorities.csv',
    {
      config: { access: 'authority:read', rateLimit: EXPORT_RATE_LIMIT },
      schema: {
        summary: 'Download the directory of competent authorities as CSV (the import’s layout)',
        description:
          'One row per authority, with what the caller may read: the public sees that an authority exists, its ' +
          'channels and languages and what its State made public; practitioners, UN officers and the State’s own ' +
          'people see everything, and such a download is audited. Withheld cells are empty and named in `withheld`; ' +
          'importing the file again changes nothing.',
        tags: ['cooperation'],
        querystring: directoryExportQuery,
        response: {
          200: { description: 'The file (Content-Disposition: attachment)', content: { 'text/csv': { schema: z.string() } } },
          ...signedInErrors,
        },
      },
    },
    async (request, reply) => {
      const file = await exportAuthorityDirectory(
        deps.db,
        { actor: request.actor },
        { ...filtersOf(request.query), format: 'csv', lang: 'en' },
        deps.now(),
      );
      return sendFile(reply, file);
    },
  );

  r.get(
    '/cooperation/authorities.html',
    {
      config: { access: 'authority:read', rateLimit: EXPORT_RATE_LIMIT },
      schema: {
        summary: 'The directory of competent authorities as a printable page (print it to PDF)',
        description:
          'Grouped by State, one block per authority, in the language asked for; the same rules as the CSV (what ' +
          'the caller may read; withheld fields are named; a page showing contact details is audited). The page ' +
          'runs and loads nothing.',
        tags: ['cooperation'],
        querystring: directoryPrintQuery,
        response: {
          200: { description: 'The page (Content-Disposition: inline)', content: { 'text/html': { schema: z.string() } } },
          ...signedInErrors,
        },
      },
    },
    async (request, reply) => {
      const { lang, ...filters } = request.query;
      const file = await exportAuthorityDirectory(deps.db, { actor: request.actor }, { ...filtersOf(filters), format: 'html', lang }, deps.now());
      reply.header('content-type', file.contentType);
      reply.header('content-disposition', `inline; filename="${file.fileName}"`);
      reply.header('content-security-policy', DIRECTORY_PAGE_CSP);
      reply.header('x-content-type-options', 'nosniff');
      reply.header('cache-control', PRIVATE_NO_STORE);
      return reply.send(file.body as never);
    },
  );

  r.get(
    '/cooperation/authorities/file-layout',
    {
      config: { access: 'authority:read' },
      schema: {
        summary: 'The columns and limits of a directory file, and whether the caller may import one',
        tags: ['cooperation'],
        querystring: directoryLayoutQuery,
        response: { 200: directoryLayoutResponse, ...signedInErrors },
      },
    },
    async (request) => {
      const target = request.query.state ? ({ kind: 'state-entry', stateCode: request.query.state } as const) : undefined;
      return {
        data: { columns: [...DIRECTORY_COLUMNS], maxBytes: DIRECTORY_LIMITS.maxBytes, maxRows: DIRECTORY_LIMITS.maxRows },
        abilities: abilitiesFor(request.actor, { import: 'authority:import', readContacts: 'authority:read-contacts' }, target),
      };
    },
  );

  await app.register(importRoute, deps);
}

/** The import, in a scope of its own: only multipart bodies are parsed there, with the import's limits. */
async function importRoute(app: FastifyInstance, deps: RouteDeps) {
  app.removeAllContentTypeParsers();
  await app.register(multipart, {
    limits: { fileSize: DIRECTORY_LIMITS.maxBytes, files: 1, fields: 0, parts: 1, fieldNameSize: 100 },
    throwFileSizeLimit: true,
  });

  typed(app).post(
    '/cooperation/authorities/import',
    {
      bodyLimit: DIRECTORY_LIMITS.maxBytes + 64 * 1024,
      config: { access: 'authority:import', rateLimit: IMPORT_RATE_LIMIT },
      // The schema below documents the form; the handler reads the stream (the multipart parser leaves the body empty).
      validatorCompiler: ({ httpPart }) =>
        httpPart === 'body' ? (body) => ({ value: body }) : (value) => parseQuery(value),
      schema: {
        summary: 'Import a directory file (multipart/form-data, field `file`): dry run by default',
        description:
          'dryRun=true (the default) answers the difference with what is held for the States the file covers (new, ' +
          'changed field by field, unchanged, held but absent) and every problem by line and column, and writes ' +
          'nothing. dryRun=false writes the new and changed entries in one transaction, or nothing: a file with any ' +
          'problem is refused (400, one issue per problem). Entries absent from the file are kept. The caller must ' +
          'be allowed to import for every State in the file; otherwise 403, naming the States (params.stateCodes).',
        tags: ['cooperation'],
        consumes: ['multipart/form-data'],
        querystring: directoryImportQuery,
        body: directoryImportForm,
        response: { 200: directoryImportResponse, ...signedInErrors, 409: errorBody, 413: errorBody },
      },
    },
    async (request) => {
      const { dryRun } = request.query as unknown as { dryRun: boolean };
      const content = await readFile(request);
      return { data: await importAuthorityDirectory(deps.db, { actor: request.actor }, { content, dryRun }, deps.now()) };
    },
  );
}

/** The query, validated as the other routes' are (this scope's validator compiler is its own). */
function parseQuery(value: unknown): { value: unknown } | { error: Error } {
  const parsed = directoryImportQuery.safeParse(value);
  if (parsed.success) return { value: parsed.data };
  const issues: ErrorIssue[] = parsed.error.issues.map((i) => ({
    path: ['querystring', ...i.path.map((p) => (typeof p === 'symbol' ? String(p) : p))],
    code: i.code,
    message: i.message,
  }));
  return { error: new AppError('VALIDATION_FAILED', 'The request is not valid.', { issues }) };
}

/** Reads the one file under `file`; anything else in the form is an issue. */
async function readFile(request: FastifyRequest): Promise<Buffer> {
  const issues: ErrorIssue[] = [];
  let content: Buffer | null = null;
  try {
    for await (const part of request.parts()) {
      if (part.type !== 'file') {
        issues.push({ path: ['body', part.fieldname], code: 'unrecognized_key', message: 'unknown parameter' });
        continue;
      }
      // Read it whatever it is: the stream does not move on otherwise.
      const bytes = await part.toBuffer();
      if (part.fieldname !== 'file') issues.push({ path: ['body', part.fieldname], code: 'unrecognized_key', message: 'unknown parameter' });
      else {
        content = bytes;
        issues.push(...inputTextIssues(part.filename, ['body', 'file', 'fileName']));
      }
    }
  } catch (err) {
    throw formError(err);
  }
  if (!content) issues.push({ path: ['body', 'file'], code: 'required', message: 'send the directory file' });
  if (issues.length) throw new AppError('VALIDATION_FAILED', 'The request is not valid.', { issues });
  return content!;
}

/** A limit becomes its issue; a form the parser cannot read is the client's doing (400, not 500). */
function formError(err: unknown): unknown {
  const code = (err as FastifyError | undefined)?.code ?? '';
  if (code === 'FST_REQ_FILE_TOO_LARGE') {
    return new AppError('VALIDATION_FAILED', 'The file is too large.', {
      params: { maxBytes: DIRECTORY_LIMITS.maxBytes },
      issues: [{ path: ['body', 'file'], code: 'too_large', message: `must be at most ${DIRECTORY_LIMITS.maxBytes} bytes` }],
    });
  }
  if (code === 'FST_FILES_LIMIT' || code === 'FST_FIELDS_LIMIT' || code === 'FST_PARTS_LIMIT') {
    return new AppError('VALIDATION_FAILED', 'The request is not valid.', {
      issues: [{ path: ['body'], code: 'too_many_fields', message: 'send one file, under `file`, and nothing else' }],
    });
  }
  const status = (err as FastifyError | undefined)?.statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) return err;
  return new AppError('VALIDATION_FAILED', 'The form could not be read (multipart/form-data).', {
    issues: [{ path: ['body'], code: 'malformed_form', message: 'is not a complete multipart/form-data body' }],
  });
}
