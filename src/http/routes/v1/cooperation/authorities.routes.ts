// The directory of competent national authorities (issue 11 §3): whom a State's requests go to, through which
// channel, in which language. Everyone reads it; contacts and what a State did not make public only practitioners,
// UN officers and the State's focal points (each such read is audited). The State's own people keep it.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { confirmAuthority } from '#app/cooperation/confirm-authority.ts';
import { createAuthority } from '#app/cooperation/create-authority.ts';
import { deleteAuthority } from '#app/cooperation/delete-authority.ts';
import { getAuthority } from '#app/cooperation/get-authority.ts';
import { listAuthorities } from '#app/cooperation/list-authorities.ts';
import { listAuthorityHistory } from '#app/cooperation/list-authority-history.ts';
import { updateAuthority } from '#app/cooperation/update-authority.ts';
import {
  authorityHistoryResponse,
  authorityListQuery,
  authorityPage,
  authorityPatch,
  authorityResponse,
  confirmBody,
  newAuthority,
} from '#http/schemas/cooperation/authorities.ts';
import { conditionalWriteErrors, errorBody, idParams, readErrors, signedInErrors } from '#http/schemas/common.ts';
import { empty, perPersonRateLimit, privateNoStore, typed, type RouteDeps } from '../route-deps.ts';
import { conditionalWrite, expectedVersion, withETag } from '../shared/versions.ts';

const WRITE_RATE_LIMIT = perPersonRateLimit(120);
const TAGS = ['authorities'];
const CONDITIONAL = 'Send If-Match with the GET’s ETag (or version in the body): 428 without it, 412 with the entry as it is now (the GET’s shape) when it changed since; nothing is written.';

export async function authorityRoutes(app: FastifyInstance, deps: RouteDeps) {
  // What an answer shows depends on who asks: no shared cache may keep it.
  privateNoStore(app);
  const r = typed(app);

  r.get(
    '/cooperation/authorities',
    {
      config: { access: 'authority:read' },
      schema: {
        summary: 'The directory of competent authorities, by State, kind and name',
        description: 'Contacts and fields a State did not make public are null (named in `withheld`) unless you may read them; reads that show contacts are audited.',
        tags: TAGS,
        querystring: authorityListQuery,
        response: { 200: authorityPage, ...readErrors },
      },
    },
    async (request) => listAuthorities(deps.db, request.actor, request.query, deps.now()),
  );

  r.post(
    '/cooperation/authorities',
    {
      config: { access: 'authority:update', rateLimit: WRITE_RATE_LIMIT },
      schema: {
        summary: 'Add an entry for your State (its focal points and central-authority practitioners)',
        tags: TAGS,
        body: newAuthority,
        response: { 201: authorityResponse, ...signedInErrors },
      },
    },
    async (request, reply) => reply.code(201).send(withETag(reply, await createAuthority(deps.db, request.actor, request.body, deps.now()))),
  );

  r.get(
    '/cooperation/authorities/:id',
    {
      config: { access: 'authority:read' },
      schema: {
        summary: 'An entry of the directory, as you may see it',
        tags: TAGS,
        params: idParams,
        response: { 200: authorityResponse, ...readErrors },
      },
    },
    async (request, reply) => withETag(reply, await getAuthority(deps.db, request.actor, request.params.id, deps.now())),
  );

  r.patch(
    '/cooperation/authorities/:id',
    {
      config: { access: 'authority:update', rateLimit: WRITE_RATE_LIMIT },
      schema: {
        summary: 'Change an entry of your State (saving confirms it)',
        description: CONDITIONAL,
        tags: TAGS,
        params: idParams,
        body: authorityPatch,
        response: { 200: authorityResponse, ...signedInErrors, ...conditionalWriteErrors(authorityResponse) },
      },
    },
    async (request, reply) =>
      conditionalWrite(
        request,
        reply,
        (expected) => updateAuthority(deps.db, request.actor, request.params.id, request.body, deps.now(), expected),
        () => getAuthority(deps.db, request.actor, request.params.id, deps.now()),
      ),
  );

  r.post(
    '/cooperation/authorities/:id/confirm',
    {
      config: { access: 'authority:update', rateLimit: WRITE_RATE_LIMIT },
      schema: {
        summary: 'Confirm that an entry of your State is still correct',
        description: `The entry is no longer stale; a revision "confirmed" is kept. ${CONDITIONAL}`,
        tags: TAGS,
        params: idParams,
        body: confirmBody,
        response: { 200: authorityResponse, ...signedInErrors, ...conditionalWriteErrors(authorityResponse) },
      },
    },
    async (request, reply) =>
      conditionalWrite(
        request,
        reply,
        (expected) => confirmAuthority(deps.db, request.actor, request.params.id, deps.now(), expected),
        () => getAuthority(deps.db, request.actor, request.params.id, deps.now()),
      ),
  );

  r.delete(
    '/cooperation/authorities/:id',
    {
      config: { access: 'authority:update', rateLimit: WRITE_RATE_LIMIT },
      schema: {
        summary: 'Remove an entry of your State (its history stays)',
        description: 'Send If-Match with the GET’s ETag: 428 without it, 412 when the entry changed since; nothing is removed.',
        tags: TAGS,
        params: idParams,
        response: { 204: z.null().describe('Removed.'), ...signedInErrors, 412: errorBody, 428: errorBody },
      },
    },
    async (request, reply) => {
      await deleteAuthority(deps.db, request.actor, request.params.id, deps.now(), expectedVersion(request));
      return empty(reply, 204);
    },
  );

  r.get(
    '/cooperation/authorities/:id/history',
    {
      config: { access: 'authority:read' },
      schema: {
        summary: 'Every version of an entry, latest first, as you may see it',
        tags: TAGS,
        params: idParams,
        response: { 200: authorityHistoryResponse, ...readErrors },
      },
    },
    async (request) => listAuthorityHistory(deps.db, request.actor, request.params.id, deps.now()),
  );
}
