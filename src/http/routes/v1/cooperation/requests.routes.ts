// Drafting requests for MLA and extradition (issue 12 §1): list, create (from the finder or from scratch), the
// steps, duplication, shares, attachments and the documents (DOCX, printable page). Answers 404 to whoever is not a
// party, the public included (§3).
import multipart from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { attachRequestDocument } from '#app/cooperation/attach-request-document.ts';
import { createCooperationRequest } from '#app/cooperation/create-cooperation-request.ts';
import { deleteCooperationRequest } from '#app/cooperation/delete-cooperation-request.ts';
import { detachRequestDocument } from '#app/cooperation/detach-request-document.ts';
import { duplicateCooperationRequest } from '#app/cooperation/duplicate-cooperation-request.ts';
import { getCooperationRequest } from '#app/cooperation/get-cooperation-request.ts';
import { listCooperationRequests } from '#app/cooperation/list-cooperation-requests.ts';
import { listShareCandidates } from '#app/cooperation/list-share-candidates.ts';
import { shareCooperationRequest } from '#app/cooperation/share-cooperation-request.ts';
import { updateCooperationRequest } from '#app/cooperation/update-cooperation-request.ts';
import type { Actor } from '#domain/actor.ts';
import { MAX_DOCUMENT_BYTES } from '#domain/library/file-types.ts';
import { conditionalWriteErrors, errorBody, idParams, readErrors, signedInErrors } from '#http/schemas/common.ts';
import {
  attachmentFields,
  attachmentForm,
  attachmentParams,
  requestCreate,
  requestDuplicate,
  requestListQuery,
  requestPage,
  requestPatch,
  requestResponse,
  requestShares,
  shareCandidatesResponse,
} from '#http/schemas/cooperation/requests.ts';
import { empty, perPersonRateLimit, privateNoStore, typed, type RouteDeps } from '../route-deps.ts';
import { readUpload } from '../shared/upload.ts';
import { conditionalWrite, expectedVersion, withETag } from '../shared/versions.ts';

const WRITE_RATE_LIMIT = perPersonRateLimit(240);
const UPLOAD_RATE_LIMIT = perPersonRateLimit(30);
const TAGS = ['cooperation requests'];
const CONDITIONAL = 'Send If-Match with the GET’s ETag (or version in the body): 428 without it, 412 with the request as it is now when it changed since; nothing is written.';
const PARTIES = 'To anyone who is not a party to the request (another State’s practitioners, donors, officers, the public) it does not exist: 404.';

export async function cooperationRequestRoutes(app: FastifyInstance, deps: RouteDeps) {
  // Every answer depends on who asks, and drafts are confidential: no shared cache may keep one.
  privateNoStore(app);
  const r = typed(app);
  // A conditional write that lost the race answers the request as the caller may see it now (a GET, audited as one).
  const current = (request: { actor: Actor; params: { id: string } }) => () => getCooperationRequest(deps.db, request.actor, request.params.id, deps.now());

  r.get(
    '/cooperation/requests',
    {
      config: { access: 'cooperation-request:read' },
      schema: {
        summary: 'The requests you are a party to, the latest change first',
        description: 'Those your State authority drafts or you are named on, and those sent to the State you practise for. Empty for anyone else.',
        tags: TAGS,
        querystring: requestListQuery,
        response: { 200: requestPage, ...readErrors },
      },
    },
    async (request) => listCooperationRequests(deps.db, request.actor, request.query, deps.now()),
  );

  r.post(
    '/cooperation/requests',
    {
      config: { access: 'cooperation-request:create', rateLimit: WRITE_RATE_LIMIT },
      schema: {
        summary: 'Start drafting a request for MLA or extradition (central-authority practitioners of a State authority)',
        description:
          'Fills the requesting authority and contact from you, the requested authority from the directory, and with `fromFinder` the ' +
          'treaty and articles of the legal-basis answer. Anyone who does not draft requests gets 404.',
        tags: TAGS,
        body: requestCreate,
        response: { 201: requestResponse, ...signedInErrors },
      },
    },
    async (request, reply) => reply.code(201).send(withETag(reply, await createCooperationRequest(deps.db, request.actor, request.body, deps.now()))),
  );

  r.get(
    '/cooperation/requests/:id',
    {
      config: { access: 'cooperation-request:read' },
      schema: {
        summary: 'A request as you may see it (every read is audited)',
        description: `The content only to the requesting authority, and to the requested one if it was shared. ${PARTIES}`,
        tags: TAGS,
        params: idParams,
        response: { 200: requestResponse, ...readErrors },
      },
    },
    async (request, reply) => withETag(reply, await getCooperationRequest(deps.db, request.actor, request.params.id, deps.now())),
  );

  r.patch(
    '/cooperation/requests/:id',
    {
      config: { access: 'cooperation-request:edit', rateLimit: WRITE_RATE_LIMIT },
      schema: {
        summary: 'Save a step of a draft, or whether the requested authority sees the content',
        description: `Each part sent replaces the stored part (merged over it). Content changes only while a draft (409 after). ${CONDITIONAL} ${PARTIES}`,
        tags: TAGS,
        params: idParams,
        body: requestPatch,
        response: { 200: requestResponse, ...signedInErrors, 409: errorBody, ...conditionalWriteErrors(requestResponse) },
      },
    },
    async (request, reply) =>
      conditionalWrite(
        request,
        reply,
        (expected) => updateCooperationRequest(deps.db, request.actor, request.params.id, request.body, deps.now(), expected),
        current(request),
      ),
  );

  r.delete(
    '/cooperation/requests/:id',
    {
      config: { access: 'cooperation-request:edit', rateLimit: WRITE_RATE_LIMIT },
      schema: {
        summary: 'Delete a draft (409 once sent: a sent request is withdrawn, not deleted)',
        description: `Send If-Match with the GET’s ETag: 428 without it, 412 when it changed since. ${PARTIES}`,
        tags: TAGS,
        params: idParams,
        response: { 204: z.null().describe('Deleted.'), ...signedInErrors, 409: errorBody, 412: errorBody, 428: errorBody },
      },
    },
    async (request, reply) => {
      await deleteCooperationRequest(deps.db, request.actor, request.params.id, deps.now(), expectedVersion(request));
      return empty(reply, 204);
    },
  );

  r.post(
    '/cooperation/requests/:id/duplicate',
    {
      config: { access: 'cooperation-request:edit', rateLimit: WRITE_RATE_LIMIT },
      schema: {
        summary: 'Duplicate a request for another requested State (a new draft)',
        description: `The same content; the requested authority filled again from that State’s directory. ${PARTIES}`,
        tags: TAGS,
        params: idParams,
        body: requestDuplicate,
        response: { 201: requestResponse, ...signedInErrors },
      },
    },
    async (request, reply) =>
      reply.code(201).send(withETag(reply, await duplicateCooperationRequest(deps.db, request.actor, request.params.id, request.body, deps.now()))),
  );

  r.put(
    '/cooperation/requests/:id/shares',
    {
      config: { access: 'cooperation-request:share', rateLimit: WRITE_RATE_LIMIT },
      schema: {
        summary: 'Name the people outside the requesting authority who may work on it',
        description: `Only people of the requesting State’s authorities (else 400 naming userIds.N). The list replaces the one stored. ${CONDITIONAL} ${PARTIES}`,
        tags: TAGS,
        params: idParams,
        body: requestShares,
        response: { 200: requestResponse, ...signedInErrors, ...conditionalWriteErrors(requestResponse) },
      },
    },
    async (request, reply) =>
      conditionalWrite(
        request,
        reply,
        (expected) => shareCooperationRequest(deps.db, request.actor, request.params.id, request.body, deps.now(), expected),
        current(request),
      ),
  );

  r.get(
    '/cooperation/requests/:id/share-candidates',
    {
      config: { access: 'cooperation-request:share' },
      schema: {
        summary: 'Whom the request may be shared with: the people of the requesting State’s authorities, by name',
        description: PARTIES,
        tags: TAGS,
        params: idParams,
        response: { 200: shareCandidatesResponse, ...readErrors },
      },
    },
    async (request) => listShareCandidates(deps.db, request.actor, request.params.id),
  );

  r.delete(
    '/cooperation/requests/:id/attachments/:documentId',
    {
      config: { access: 'cooperation-request:edit', rateLimit: WRITE_RATE_LIMIT },
      schema: {
        summary: 'Take a supporting document off a draft (it stays in the library for the people it names)',
        description: PARTIES,
        tags: TAGS,
        params: attachmentParams,
        response: { 200: requestResponse, ...signedInErrors, 409: errorBody },
      },
    },
    async (request, reply) => withETag(reply, await detachRequestDocument(deps.db, request.actor, request.params.id, request.params.documentId, deps.now())),
  );

  await app.register(attachmentUploadRoute, deps);
}

/** The upload, in a scope of its own as the library's: only multipart bodies are parsed there, with its limits. */
async function attachmentUploadRoute(app: FastifyInstance, deps: RouteDeps) {
  app.removeAllContentTypeParsers();
  await app.register(multipart, {
    limits: { fileSize: MAX_DOCUMENT_BYTES, files: 1, fields: 4, parts: 5, fieldSize: 4 * 1024, fieldNameSize: 100 },
    throwFileSizeLimit: true,
  });
  typed(app).post(
    '/cooperation/requests/:id/attachments',
    {
      bodyLimit: MAX_DOCUMENT_BYTES + 1024 * 1024,
      config: { access: 'cooperation-request:edit', rateLimit: UPLOAD_RATE_LIMIT },
      // The schema below documents the form; the handler validates it (the multipart parser leaves the body empty).
      validatorCompiler: () => (body) => ({ value: body }),
      schema: {
        summary: 'Attach a supporting document to a draft (multipart/form-data)',
        description:
          'Stored as a library document naming the requesting authority’s practitioners and the people named on the request; ' +
          `the file is checked as every document is (type from the bytes and the extension, at most 10 MiB). ${PARTIES}`,
        tags: TAGS,
        consumes: ['multipart/form-data'],
        params: idParams,
        body: attachmentForm,
        response: { 201: requestResponse, ...signedInErrors, 409: errorBody, 413: errorBody, 415: errorBody },
      },
    },
    async (request, reply) => {
      const { fields, file } = await readUpload(request, attachmentFields);
      return reply.code(201).send(withETag(reply, await attachRequestDocument(deps.db, request.actor, request.params.id, { ...fields, file }, deps.now())));
    },
  );
}
