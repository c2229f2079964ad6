// Assistance requests: a State asks, an entity answers and delivers. Never public; each request is confidential to
// its State and the entities assisting it (a draft to its State alone), so a request outside the caller's scope (or
// a malformed id) answers 404 like one that does not exist, and nothing here is cached (private, no-store).
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { createAssistanceRequest } from '#app/assistance/create-assistance-request.ts';
import { deleteAssistanceRequestDraft } from '#app/assistance/delete-assistance-request.ts';
import { exportAssistanceRequests } from '#app/assistance/export-assistance-requests.ts';
import { getAssistanceRequest } from '#app/assistance/get-assistance-request.ts';
import { listAssistanceRequests } from '#app/assistance/list-assistance-requests.ts';
import { postRequestMessage } from '#app/assistance/post-request-message.ts';
import { transitionAssistanceRequest } from '#app/assistance/transition-assistance-request.ts';
import { updateAssistanceRequest } from '#app/assistance/update-assistance-request.ts';
import { conditionalWriteErrors, errorBody, signedInErrors, tableFileResponse } from '#http/schemas/common.ts';
import {
  messageView,
  requestDraft,
  requestExportQuery,
  requestIdParams,
  requestListQuery,
  requestMessage,
  requestPage,
  requestPatch,
  requestResponse,
  requestTransition,
} from '#http/schemas/assistance/requests.ts';
import { EXPORT_RATE_LIMIT } from '../treaties/matrix.routes.ts';
import { empty, links, noContent, perPersonRateLimit, privateNoStore, sendFile, typed, type RouteDeps } from '../route-deps.ts';
import { conditionalWrite, withETag } from '../shared/versions.ts';

/** Writes by one person: a wizard saves often, an officer works a queue; far beyond that is a script gone wrong. */
const WRITE_RATE_LIMIT = perPersonRateLimit(120);
const MESSAGE_RATE_LIMIT = perPersonRateLimit(30);

export async function assistanceRequestRoutes(app: FastifyInstance, deps: RouteDeps) {
  privateNoStore(app);
  const r = typed(app);
  const tags = ['assistance requests'];

  r.get(
    '/assistance-requests',
    {
      config: { access: 'assistance-request:read' },
      schema: {
        summary: 'Assistance requests you may see, most recently changed first',
        description:
          'A State’s focal points see its requests (drafts included); an entity’s officers those addressed to it ' +
          '(within their regions); coordinators every submitted one. view=queue: addressed to your entities and ' +
          'awaiting them; view=mine: your State’s.',
        tags,
        querystring: requestListQuery,
        response: { 200: requestPage, ...signedInErrors },
      },
    },
    async (request) => listAssistanceRequests(deps.db, request.actor, request.query),
  );

  r.get(
    '/assistance-requests/export',
    {
      config: { access: 'assistance-request:read', rateLimit: EXPORT_RATE_LIMIT },
      schema: {
        summary: 'Download the request list as CSV or XLSX, with the same filters and scope as the list',
        tags,
        querystring: requestExportQuery,
        response: {
          200: tableFileResponse,
          ...signedInErrors,
        },
      },
    },
    async (request, reply) => {
      const { format, ...filters } = request.query;
      return sendFile(reply, await exportAssistanceRequests(deps.db, request.actor, filters, format, deps.now()));
    },
  );

  r.post(
    '/assistance-requests',
    {
      config: { access: 'assistance-request:create', rateLimit: WRITE_RATE_LIMIT },
      schema: {
        summary: 'Open a draft request',
        description:
          'A focal point asks for their own State; an officer records a note verbale (recordedOnBehalf, with the ' +
          'note attached) for a request addressed to their own entity. Attachments are documents you may read.',
        tags,
        body: requestDraft,
        response: { 201: requestResponse, ...signedInErrors },
      },
    },
    async (request, reply) => reply.code(201).send(await createAssistanceRequest(deps.db, request.actor, request.body, deps.now())),
  );

  r.get(
    '/assistance-requests/:id',
    {
      config: { access: 'assistance-request:read' },
      schema: {
        summary: 'A request with its timeline, conversation, activities and results',
        tags,
        params: requestIdParams,
        response: { 200: requestResponse, ...signedInErrors },
      },
    },
    async (request, reply) => withETag(reply, await getAssistanceRequest(deps.db, request.actor, request.params.id)),
  );

  r.patch(
    '/assistance-requests/:id',
    {
      config: { access: 'assistance-request:update', rateLimit: WRITE_RATE_LIMIT },
      schema: {
        summary: 'Change a draft (409 INVALID_TRANSITION once submitted)',
        description: 'Send only the fields you changed. Send If-Match with the GET’s ETag (or version in the body): 428 without it, 412 with the record as it is now (the GET’s shape) when it changed since; nothing is written.',
        tags,
        params: requestIdParams,
        body: requestPatch,
        response: { 200: requestResponse, ...signedInErrors, 409: errorBody, ...conditionalWriteErrors(requestResponse) },
      },
    },
    async (request, reply) =>
      conditionalWrite(
        request,
        reply,
        (expected) => updateAssistanceRequest(deps.db, request.actor, request.params.id, request.body, deps.now(), expected),
        () => getAssistanceRequest(deps.db, request.actor, request.params.id),
      ),
  );

  r.delete(
    '/assistance-requests/:id',
    {
      config: { access: 'assistance-request:update', rateLimit: WRITE_RATE_LIMIT },
      schema: {
        summary: 'Delete a draft (409 INVALID_TRANSITION once submitted: a submitted request is withdrawn, not deleted)',
        tags,
        params: requestIdParams,
        response: { 204: noContent, ...signedInErrors, 409: errorBody },
      },
    },
    async (request, reply) => {
      await deleteAssistanceRequestDraft(deps.db, request.actor, request.params.id, deps.now());
      return empty(reply, 204);
    },
  );

  r.post(
    '/assistance-requests/:id/transitions',
    {
      config: { access: 'assistance-request:transition', rateLimit: WRITE_RATE_LIMIT },
      schema: {
        summary: 'Fire a workflow event: submit, start-review, accept, decline, refer, plan, start-delivery, complete, evaluate, withdraw',
        description:
          'An event out of order answers 409 INVALID_TRANSITION and changes nothing; one that is not yours 403. ' +
          'decline needs a reason and a comment; refer and withdraw a comment; refer opens a new request, ' +
          'submitted, for the entity it is referred to. abilities.events lists what you may fire now. ' +
          'Send If-Match with the GET’s ETag (or version in the body): 428 without it, 412 with the record as it is now (the GET’s shape) when it changed since; nothing is written.',
        tags,
        params: requestIdParams,
        body: requestTransition,
        response: { 200: requestResponse, ...signedInErrors, 409: errorBody, ...conditionalWriteErrors(requestResponse) },
      },
    },
    async (request, reply) =>
      conditionalWrite(
        request,
        reply,
        (expected) =>
          transitionAssistanceRequest(deps.db, request.actor, request.params.id, request.body, deps.now(), expected, links(deps)),
        () => getAssistanceRequest(deps.db, request.actor, request.params.id),
      ),
  );

  r.post(
    '/assistance-requests/:id/messages',
    {
      config: { access: 'assistance-request:comment', rateLimit: MESSAGE_RATE_LIMIT },
      schema: {
        summary: 'Write in the conversation between the State and the entity',
        tags,
        params: requestIdParams,
        body: requestMessage,
        response: { 201: z.object({ data: messageView }), ...signedInErrors },
      },
    },
    async (request, reply) => reply.code(201).send(await postRequestMessage(deps.db, request.actor, request.params.id, request.body, deps.now(), links(deps))),
  );
}
