// A national law's provisions in the library, and a record's offline bundle. Readers of the document read its
// provisions; who may change the document changes them (If-Match, ADR 19). Hidden or unknown documents answer 404.
import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import { getOfflineBundle } from '#app/library/get-offline-bundle.ts';
import { createProvision, deleteProvision, getProvision, listProvisions, updateProvision } from '#app/library/provisions.ts';
import { conditionalWriteErrors, errorBody, signedInErrors } from '#http/schemas/common.ts';
import { documentIdParams } from '#http/schemas/library/documents.ts';
import {
  offlineQuery,
  provisionCreate,
  provisionListResponse,
  provisionParams,
  provisionPatch,
  provisionResponse,
} from '#http/schemas/library/provisions.ts';
import { PRIVATE_NO_STORE, privateNoStore, typed, type RouteDeps } from '../route-deps.ts';
import { conditionalWrite, withETag } from '../shared/versions.ts';
import { contentDisposition } from './documents.routes.ts';

export async function provisionRoutes(app: FastifyInstance, deps: RouteDeps) {
  privateNoStore(app);
  const r = typed(app);

  r.get(
    '/documents/:id/provisions',
    {
      config: { access: 'document:read' },
      schema: {
        summary: "A national law's provisions, in the law's order, with the checklist they map to",
        tags: ['documents'],
        params: documentIdParams,
        response: { 200: provisionListResponse, ...signedInErrors },
      },
    },
    async (request) => listProvisions(deps.db, request.actor, request.params.id),
  );

  r.post(
    '/documents/:id/provisions',
    {
      config: { access: 'document:update' },
      schema: {
        summary: 'Add a provision to a national law, mapped to the requirements it implements',
        tags: ['documents'],
        params: documentIdParams,
        body: provisionCreate,
        response: { 201: provisionResponse, ...signedInErrors, 409: errorBody },
      },
    },
    async (request, reply) => {
      const created = await createProvision(deps.db, request.actor, request.params.id, request.body, deps.now());
      withETag(reply, created);
      return reply.code(201).send(created);
    },
  );

  r.get(
    '/documents/:id/provisions/:provisionId',
    {
      config: { access: 'document:read' },
      schema: {
        summary: 'One provision of a national law',
        tags: ['documents'],
        params: provisionParams,
        response: { 200: provisionResponse, ...signedInErrors },
      },
    },
    async (request, reply) =>
      withETag(reply, await getProvision(deps.db, request.actor, request.params.id, request.params.provisionId)),
  );

  r.patch(
    '/documents/:id/provisions/:provisionId',
    {
      config: { access: 'document:update' },
      schema: {
        summary: 'Change a provision (If-Match: the GET’s ETag)',
        tags: ['documents'],
        params: provisionParams,
        body: provisionPatch,
        response: { 200: provisionResponse, ...signedInErrors, 409: errorBody, ...conditionalWriteErrors(provisionResponse) },
      },
    },
    async (request, reply) => {
      const { id, provisionId } = request.params;
      const { version: _version, ...changes } = request.body;
      return conditionalWrite(
        request,
        reply,
        (expected) => updateProvision(deps.db, request.actor, id, provisionId, changes, deps.now(), expected),
        () => getProvision(deps.db, request.actor, id, provisionId),
      );
    },
  );

  r.delete(
    '/documents/:id/provisions/:provisionId',
    {
      config: { access: 'document:update' },
      schema: {
        summary: 'Delete a provision',
        tags: ['documents'],
        params: provisionParams,
        response: { 204: z.null().describe('Deleted.'), ...signedInErrors, 409: errorBody },
      },
    },
    async (request, reply) => {
      await deleteProvision(deps.db, request.actor, request.params.id, request.params.provisionId, deps.now());
      return (reply as FastifyReply).code(204).send();
    },
  );

  r.get(
    '/documents/:id/offline',
    {
      config: { access: 'document:read' },
      schema: {
        summary: 'Save a record for reading offline: one HTML file with its metadata, text, provisions and file',
        description: 'The same rule as the file (a named-people record’s read is audited). Served as an attachment, sandboxed.',
        tags: ['documents'],
        params: documentIdParams,
        querystring: offlineQuery,
        response: {
          200: { description: 'The page (Content-Disposition: attachment)', content: { 'text/html': { schema: z.string() } } },
          ...signedInErrors,
        },
      },
    },
    async (request, reply) => {
      const bundle = await getOfflineBundle(deps.db, request.actor, request.params.id, request.query.lang, deps.now());
      reply.header('content-type', 'text/html; charset=utf-8');
      reply.header('content-disposition', contentDisposition(bundle.fileName));
      reply.header('x-content-type-options', 'nosniff');
      reply.header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'; sandbox");
      reply.header('cache-control', PRIVATE_NO_STORE);
      return reply.send(bundle.html as never);
    },
  );
}
