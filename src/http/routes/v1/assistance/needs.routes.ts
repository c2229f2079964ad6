// Needs identified by assessments, each with its source and confidentiality, and the open requests and activities
// covering them; the needs nobody covers. A need outside the caller's scope answers 404 like an id nobody has.
import type { FastifyInstance } from 'fastify';
import { createNeed } from '#app/assistance/create-need.ts';
import { exportNeeds, exportUncoveredNeeds } from '#app/assistance/export-needs.ts';
import { getNeed } from '#app/assistance/get-need.ts';
import { listNeeds } from '#app/assistance/list-needs.ts';
import { listUncoveredNeeds } from '#app/assistance/list-uncovered-needs.ts';
import { updateNeed } from '#app/assistance/update-need.ts';
import {
  needDetailResponse,
  needExportQuery,
  needListQuery,
  needPage,
  needPatch,
  needResponse,
  newNeed,
  uncoveredExportQuery,
  uncoveredQuery,
} from '#http/schemas/assistance/needs.ts';
import { conditionalWriteErrors, idParams, signedInErrors, tableFileResponse } from '#http/schemas/common.ts';
import { EXPORT_RATE_LIMIT } from '../treaties/matrix.routes.ts';
import { perPersonRateLimit, privateNoStore, sendFile, typed, type RouteDeps } from '../route-deps.ts';
import { conditionalWrite, withETag } from '../shared/versions.ts';

const WRITE_RATE_LIMIT = perPersonRateLimit(120);

export async function needRoutes(app: FastifyInstance, deps: RouteDeps) {
  privateNoStore(app);
  const r = typed(app);

  r.get(
    '/needs',
    {
      config: { access: 'need:read' },
      schema: {
        summary: 'Needs you may see, latest assessment first',
        tags: ['needs'],
        querystring: needListQuery,
        response: { 200: needPage, ...signedInErrors },
      },
    },
    async (request) => listNeeds(deps.db, request.actor, request.query),
  );

  r.get(
    '/needs/export',
    {
      config: { access: 'need:read', rateLimit: EXPORT_RATE_LIMIT },
      schema: {
        summary: 'Download the needs as CSV or XLSX, with the same filters and scope as the list',
        tags: ['needs'],
        querystring: needExportQuery,
        response: { 200: tableFileResponse, ...signedInErrors },
      },
    },
    async (request, reply) => {
      const { format, ...filters } = request.query;
      return sendFile(reply, await exportNeeds(deps.db, request.actor, filters, format, deps.now()));
    },
  );

  r.get(
    '/needs/uncovered',
    {
      config: { access: 'need:read' },
      schema: {
        summary: 'Open needs nobody covers (no open request, no activity since the assessment, sharing a theme)',
        description: 'Coverage counts every request and activity, including those you may not read.',
        tags: ['needs'],
        querystring: uncoveredQuery,
        response: { 200: needPage, ...signedInErrors },
      },
    },
    async (request) => listUncoveredNeeds(deps.db, request.actor, request.query),
  );

  r.get(
    '/needs/uncovered/export',
    {
      config: { access: 'need:read', rateLimit: EXPORT_RATE_LIMIT },
      schema: {
        summary: 'Download the open needs nobody covers as CSV or XLSX, with the same filters and scope as their list',
        tags: ['needs'],
        querystring: uncoveredExportQuery,
        response: { 200: tableFileResponse, ...signedInErrors },
      },
    },
    async (request, reply) => {
      const { format, ...filters } = request.query;
      return sendFile(reply, await exportUncoveredNeeds(deps.db, request.actor, filters, format, deps.now()));
    },
  );

  r.post(
    '/needs',
    {
      config: { access: 'need:create', rateLimit: WRITE_RATE_LIMIT },
      schema: {
        summary: 'Record a need found by an assessment (with its source)',
        description: "A focal point records needs of their own State; officers within their regions; coordinators any.",
        tags: ['needs'],
        body: newNeed,
        response: { 201: needResponse, ...signedInErrors },
      },
    },
    async (request, reply) => reply.code(201).send(await createNeed(deps.db, request.actor, request.body, deps.now())),
  );

  r.get(
    '/needs/:id',
    {
      config: { access: 'need:read' },
      schema: {
        summary: 'A need, with the open requests and activities covering it',
        tags: ['needs'],
        params: idParams,
        response: { 200: needDetailResponse, ...signedInErrors },
      },
    },
    async (request, reply) => withETag(reply, await getNeed(deps.db, request.actor, request.params.id)),
  );

  r.patch(
    '/needs/:id',
    {
      config: { access: 'need:update', rateLimit: WRITE_RATE_LIMIT },
      schema: {
        summary: 'Change a need (its State and holder stay)',
        description: 'Send If-Match with the GET’s ETag (or version in the body): 428 without it, 412 with the record as it is now (the GET’s shape) when it changed since; nothing is written.',
        tags: ['needs'],
        params: idParams,
        body: needPatch,
        response: { 200: needResponse, ...signedInErrors, ...conditionalWriteErrors(needDetailResponse) },
      },
    },
    async (request, reply) =>
      conditionalWrite(
        request,
        reply,
        (expected) => updateNeed(deps.db, request.actor, request.params.id, request.body, deps.now(), expected),
        () => getNeed(deps.db, request.actor, request.params.id),
      ),
  );
}
