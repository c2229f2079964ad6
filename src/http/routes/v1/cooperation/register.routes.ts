// The cooperation register (issue 11 §1): bilateral extradition and MLA treaties, their CSV import, and what States
// declared that changes a cooperation answer. Public facts: anyone reads them. A State's own people record those of
// their State (a pair including it), administrators and UN officers any; the use cases check the record's State(s)
// against the one policy. Writes name the version they change (ADR 19).
import multipart from '@fastify/multipart';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { createBilateralTreaty } from '#app/cooperation/create-bilateral-treaty.ts';
import { createDeclaration } from '#app/cooperation/create-declaration.ts';
import { deleteBilateralTreaty } from '#app/cooperation/delete-bilateral-treaty.ts';
import { deleteDeclaration } from '#app/cooperation/delete-declaration.ts';
import { getBilateralTreaty } from '#app/cooperation/get-bilateral-treaty.ts';
import { getDeclaration } from '#app/cooperation/get-declaration.ts';
import { importBilateralTreaties } from '#app/cooperation/import-bilateral-treaties.ts';
import { listBilateralTreaties } from '#app/cooperation/list-bilateral-treaties.ts';
import { listDeclarations } from '#app/cooperation/list-declarations.ts';
import { updateBilateralTreaty } from '#app/cooperation/update-bilateral-treaty.ts';
import { updateDeclaration } from '#app/cooperation/update-declaration.ts';
import { AppError, type ErrorIssue } from '#domain/errors.ts';
import { MAX_DOCUMENT_BYTES } from '#domain/library/file-types.ts';
import { guardedValidatorCompiler, inputTextIssues } from '#http/plugins/input-guard.ts';
import { conditionalWriteErrors, errorBody, readErrors, signedInErrors } from '#http/schemas/common.ts';
import {
  bilateralImportForm,
  bilateralImportQuery,
  bilateralImportReport,
  bilateralTreatyInput,
  bilateralTreatyListQuery,
  bilateralTreatyPage,
  bilateralTreatyPatch,
  bilateralTreatyResponse,
  declarationInput,
  declarationListQuery,
  declarationPage,
  declarationPatch,
  declarationResponse,
  registerIdParams,
} from '#http/schemas/cooperation/register.ts';
import { perPersonRateLimit, typed, type RouteDeps } from '../route-deps.ts';
import { conditionalWrite, withETag } from '../shared/versions.ts';

const TAGS = ['cooperation'];
const VERSIONED =
  'Send If-Match with the GET’s ETag (or version in the body): 428 without it, 412 with the record as it is now (the GET’s shape) when it changed since; nothing is written.';

export async function registerRoutes(app: FastifyInstance, deps: RouteDeps) {
  const r = typed(app);

  // Bilateral treaties.
  r.get(
    '/cooperation/bilateral-treaties',
    {
      config: { access: 'legal-basis:read' },
      schema: {
        summary: 'Bilateral extradition and mutual legal assistance treaties, by State, pair, kind and date in force',
        tags: TAGS,
        querystring: bilateralTreatyListQuery,
        response: { 200: bilateralTreatyPage, ...readErrors },
      },
    },
    async (request) => listBilateralTreaties(deps.db, request.actor, request.query),
  );

  r.get(
    '/cooperation/bilateral-treaties/:id',
    {
      config: { access: 'legal-basis:read' },
      schema: {
        summary: 'One bilateral treaty',
        tags: TAGS,
        params: registerIdParams,
        response: { 200: bilateralTreatyResponse, ...readErrors },
      },
    },
    async (request, reply) => withETag(reply, await getBilateralTreaty(deps.db, request.actor, request.params.id)),
  );

  r.post(
    '/cooperation/bilateral-treaties',
    {
      config: { access: 'bilateral-treaty:manage' },
      schema: {
        summary: 'Record a bilateral treaty',
        description:
          'A State’s focal points and central-authority practitioners record treaties of their State; administrators and ' +
          'UN officers any pair. 400 names each field at fault (an unknown State, dates out of order: signed ≤ in force ≤ ' +
          'terminated); 409 when the same pair, kind and title is recorded already.',
        tags: TAGS,
        body: bilateralTreatyInput,
        response: { 201: bilateralTreatyResponse, ...signedInErrors, 409: errorBody },
      },
    },
    async (request, reply) => {
      const created = await createBilateralTreaty(deps.db, request.actor, request.body, deps.now());
      return reply.code(201).send(withETag(reply, created));
    },
  );

  r.patch(
    '/cooperation/bilateral-treaties/:id',
    {
      config: { access: 'bilateral-treaty:manage' },
      schema: {
        summary: 'Correct a bilateral treaty',
        description: VERSIONED,
        tags: TAGS,
        params: registerIdParams,
        body: bilateralTreatyPatch,
        response: { 200: bilateralTreatyResponse, ...signedInErrors, 409: errorBody, ...conditionalWriteErrors(bilateralTreatyResponse) },
      },
    },
    async (request, reply) =>
      conditionalWrite(
        request,
        reply,
        (expected) => updateBilateralTreaty(deps.db, request.actor, request.params.id, request.body, deps.now(), expected),
        () => getBilateralTreaty(deps.db, request.actor, request.params.id),
      ),
  );

  r.delete(
    '/cooperation/bilateral-treaties/:id',
    {
      config: { access: 'bilateral-treaty:manage' },
      schema: {
        summary: 'Remove a bilateral treaty entered in error',
        tags: TAGS,
        params: registerIdParams,
        response: { 204: z.null().describe('Removed.'), ...signedInErrors },
      },
    },
    async (request, reply) => {
      await deleteBilateralTreaty(deps.db, request.actor, request.params.id, deps.now());
      return (reply as FastifyReply).code(204).send();
    },
  );

  // Declarations.
  r.get(
    '/cooperation/declarations',
    {
      config: { access: 'legal-basis:read' },
      schema: {
        summary: 'What States declared that changes a cooperation answer, by State, treaty and kind',
        description: 'A State and treaty with no entry here: not known (no source recorded it), not "no declaration".',
        tags: TAGS,
        querystring: declarationListQuery,
        response: { 200: declarationPage, ...readErrors },
      },
    },
    async (request) => listDeclarations(deps.db, request.actor, request.query),
  );

  r.get(
    '/cooperation/declarations/:id',
    {
      config: { access: 'legal-basis:read' },
      schema: {
        summary: 'One State’s declaration',
        tags: TAGS,
        params: registerIdParams,
        response: { 200: declarationResponse, ...readErrors },
      },
    },
    async (request, reply) => withETag(reply, await getDeclaration(deps.db, request.actor, request.params.id)),
  );

  r.post(
    '/cooperation/declarations',
    {
      config: { access: 'declaration:manage' },
      schema: {
        summary: 'Record what a State declared',
        description:
          'A State’s focal points and practitioners for their State; administrators and UN officers for any. 400 names ' +
          'an unknown State (stateCode) or treaty (instrumentId); 409 when the same State, treaty, kind and article is recorded.',
        tags: TAGS,
        body: declarationInput,
        response: { 201: declarationResponse, ...signedInErrors, 409: errorBody },
      },
    },
    async (request, reply) => {
      const created = await createDeclaration(deps.db, request.actor, request.body, deps.now());
      return reply.code(201).send(withETag(reply, created));
    },
  );

  r.patch(
    '/cooperation/declarations/:id',
    {
      config: { access: 'declaration:manage' },
      schema: {
        summary: 'Correct a State’s declaration',
        description: VERSIONED,
        tags: TAGS,
        params: registerIdParams,
        body: declarationPatch,
        response: { 200: declarationResponse, ...signedInErrors, 409: errorBody, ...conditionalWriteErrors(declarationResponse) },
      },
    },
    async (request, reply) =>
      conditionalWrite(
        request,
        reply,
        (expected) => updateDeclaration(deps.db, request.actor, request.params.id, request.body, deps.now(), expected),
        () => getDeclaration(deps.db, request.actor, request.params.id),
      ),
  );

  r.delete(
    '/cooperation/declarations/:id',
    {
      config: { access: 'declaration:manage' },
      schema: {
        summary: 'Remove a declaration entered in error',
        tags: TAGS,
        params: registerIdParams,
        response: { 204: z.null().describe('Removed.'), ...signedInErrors },
      },
    },
    async (request, reply) => {
      await deleteDeclaration(deps.db, request.actor, request.params.id, deps.now());
      return (reply as FastifyReply).code(204).send();
    },
  );

  await app.register(importRoute, deps);
}

/** The import, in a scope of its own: only multipart bodies, with the document upload's limits. */
async function importRoute(app: FastifyInstance, deps: RouteDeps) {
  app.removeAllContentTypeParsers();
  await app.register(multipart, {
    limits: { fileSize: MAX_DOCUMENT_BYTES, files: 1, fields: 5, parts: 6, fieldSize: 1024, fieldNameSize: 100 },
    throwFileSizeLimit: true,
  });

  typed(app).post(
    '/cooperation/bilateral-treaties/import',
    {
      bodyLimit: MAX_DOCUMENT_BYTES + 1024 * 1024,
      config: { access: 'bilateral-treaty:manage', rateLimit: perPersonRateLimit(30) },
      // The schema below documents the form; the handler reads the stream (after authentication and the CSRF check).
      validatorCompiler: (routeSchema) =>
        routeSchema.httpPart === 'body' ? (body) => ({ value: body }) : guardedValidatorCompiler(routeSchema as never),
      schema: {
        summary: 'Import bilateral treaties from a CSV file (multipart/form-data, field "file")',
        description:
          'With dryRun=true nothing is written: the answer lists what would be created, what is already recorded (same ' +
          'pair, kind and title) and every row’s problems by line and column. Without, every new row is written in one ' +
          'transaction, or, when any row has a problem, none (400 listing them). A person imports only pairs they may ' +
          'record one by one.',
        tags: TAGS,
        consumes: ['multipart/form-data'],
        querystring: bilateralImportQuery,
        body: bilateralImportForm,
        response: { 200: bilateralImportReport, ...signedInErrors, 413: errorBody, 415: errorBody },
      },
    },
    async (request) => {
      const file = await readCsvUpload(request);
      const dryRun = (request.query as { dryRun: boolean }).dryRun;
      return { data: await importBilateralTreaties(deps.db, request.actor, { ...file, dryRun }, deps.now()) };
    },
  );
}

/** The one file under `file`; every other part is refused by name. */
async function readCsvUpload(request: FastifyRequest): Promise<{ fileName: string; content: Buffer }> {
  const issues: ErrorIssue[] = [];
  let file: { fileName: string; content: Buffer } | null = null;
  try {
    for await (const part of request.parts()) {
      if (part.type === 'file') {
        const content = await part.toBuffer();
        if (part.fieldname !== 'file') issues.push({ path: ['body', part.fieldname], code: 'unrecognized_key', message: 'unknown parameter' });
        else {
          file = { fileName: part.filename, content };
          issues.push(...inputTextIssues(part.filename, ['body', 'file', 'fileName']));
        }
        continue;
      }
      issues.push({ path: ['body', part.fieldname.slice(0, 100)], code: 'unrecognized_key', message: 'unknown parameter' });
    }
  } catch (err) {
    throw uploadError(err);
  }
  if (!file) issues.push({ path: ['body', 'file'], code: 'required', message: 'attach the CSV file' });
  if (issues.length > 0) throw new AppError('VALIDATION_FAILED', 'The request is not valid.', { issues });
  return file!;
}

function uploadError(err: unknown): unknown {
  const code = (err as FastifyError | undefined)?.code ?? '';
  if (code === 'FST_REQ_FILE_TOO_LARGE') {
    return new AppError('VALIDATION_FAILED', 'The file is too large.', {
      params: { maxBytes: MAX_DOCUMENT_BYTES },
      issues: [{ path: ['body', 'file'], code: 'too_large', message: 'must be at most 10 MiB' }],
    });
  }
  if (code === 'FST_FILES_LIMIT' || code === 'FST_FIELDS_LIMIT' || code === 'FST_PARTS_LIMIT') {
    return new AppError('VALIDATION_FAILED', 'The request is not valid.', {
      issues: [{ path: ['body'], code: 'too_many_fields', message: 'send one file, under "file"' }],
    });
  }
  const status = (err as FastifyError | undefined)?.statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) return err;
  return new AppError('VALIDATION_FAILED', 'The form could not be read (multipart/form-data).', {
    issues: [{ path: ['body'], code: 'malformed_form', message: 'is not a complete multipart/form-data body' }],
  });
}
