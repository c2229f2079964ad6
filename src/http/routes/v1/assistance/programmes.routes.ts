// Programmes (regional and thematic, with objectives and indicators) and counter-terrorism strategies (national and
// regional, with their stage and the activities supporting them). Public by default; the rest in scope, 404 outside.
import type { FastifyInstance } from 'fastify';
import { exportProgrammes } from '#app/assistance/export-programmes.ts';
import { exportStrategies } from '#app/assistance/export-strategies.ts';
import { getProgramme, listProgrammes } from '#app/assistance/get-programme.ts';
import { getStrategy, listStrategies } from '#app/assistance/get-strategy.ts';
import { createProgramme, updateProgramme } from '#app/assistance/save-programme.ts';
import { createStrategy, updateStrategy } from '#app/assistance/save-strategy.ts';
import { conditionalWriteErrors, idParams, signedInErrors, tableFileResponse } from '#http/schemas/common.ts';
import {
  programmeBody,
  programmeDetailResponse,
  programmeExportQuery,
  programmeListQuery,
  programmePage,
  programmePatch,
  programmeResponse,
  strategyBody,
  strategyDetailResponse,
  strategyExportQuery,
  strategyListQuery,
  strategyPage,
  strategyPatch,
  strategyResponse,
} from '#http/schemas/assistance/programmes.ts';
import { EXPORT_RATE_LIMIT } from '../treaties/matrix.routes.ts';
import { perPersonRateLimit, privateNoStore, sendFile, typed, type RouteDeps } from '../route-deps.ts';
import { conditionalWrite, withETag } from '../shared/versions.ts';

const WRITE_RATE_LIMIT = perPersonRateLimit(120);

export async function programmeRoutes(app: FastifyInstance, deps: RouteDeps) {
  privateNoStore(app);
  const r = typed(app);

  r.get(
    '/programmes',
    {
      config: { access: 'programme:read' },
      schema: { summary: 'Programmes you may see', tags: ['programmes'], querystring: programmeListQuery, response: { 200: programmePage, ...signedInErrors } },
    },
    async (request) => listProgrammes(deps.db, request.actor, request.query),
  );
  r.get(
    '/programmes/export',
    {
      config: { access: 'programme:read', rateLimit: EXPORT_RATE_LIMIT },
      schema: {
        summary: 'Download the programmes as CSV or XLSX, with the same filters and scope as the list',
        tags: ['programmes'],
        querystring: programmeExportQuery,
        response: { 200: tableFileResponse, ...signedInErrors },
      },
    },
    async (request, reply) => {
      const { format, ...filters } = request.query;
      return sendFile(reply, await exportProgrammes(deps.db, request.actor, filters, format, deps.now()));
    },
  );
  r.post(
    '/programmes',
    {
      config: { access: 'programme:create', rateLimit: WRITE_RATE_LIMIT },
      schema: { summary: 'Create a programme', tags: ['programmes'], body: programmeBody, response: { 201: programmeResponse, ...signedInErrors } },
    },
    async (request, reply) => reply.code(201).send(await createProgramme(deps.db, request.actor, request.body, deps.now())),
  );
  r.get(
    '/programmes/:id',
    {
      config: { access: 'programme:read' },
      schema: {
        summary: 'A programme with its objectives, indicators and the activities under it',
        tags: ['programmes'],
        params: idParams,
        response: { 200: programmeDetailResponse, ...signedInErrors },
      },
    },
    async (request, reply) => withETag(reply, await getProgramme(deps.db, request.actor, request.params.id)),
  );
  r.patch(
    '/programmes/:id',
    {
      config: { access: 'programme:update', rateLimit: WRITE_RATE_LIMIT },
      schema: {
        summary: 'Change a programme',
        description: 'Send If-Match with the GET’s ETag (or version in the body): 428 without it, 412 with the record as it is now (the GET’s shape) when it changed since; nothing is written.',
        tags: ['programmes'],
        params: idParams,
        body: programmePatch,
        response: { 200: programmeResponse, ...signedInErrors, ...conditionalWriteErrors(programmeDetailResponse) },
      },
    },
    async (request, reply) =>
      conditionalWrite(
        request,
        reply,
        (expected) => updateProgramme(deps.db, request.actor, request.params.id, request.body, deps.now(), expected),
        () => getProgramme(deps.db, request.actor, request.params.id),
      ),
  );

  r.get(
    '/strategies',
    {
      config: { access: 'strategy:read' },
      schema: { summary: 'Counter-terrorism strategies you may see', tags: ['strategies'], querystring: strategyListQuery, response: { 200: strategyPage, ...signedInErrors } },
    },
    async (request) => listStrategies(deps.db, request.actor, request.query),
  );
  r.get(
    '/strategies/export',
    {
      config: { access: 'strategy:read', rateLimit: EXPORT_RATE_LIMIT },
      schema: {
        summary: 'Download the strategies as CSV or XLSX, with the same filters and scope as the list',
        tags: ['strategies'],
        querystring: strategyExportQuery,
        response: { 200: tableFileResponse, ...signedInErrors },
      },
    },
    async (request, reply) => {
      const { format, ...filters } = request.query;
      return sendFile(reply, await exportStrategies(deps.db, request.actor, filters, format, deps.now()));
    },
  );
  r.post(
    '/strategies',
    {
      config: { access: 'strategy:create', rateLimit: WRITE_RATE_LIMIT },
      schema: { summary: 'Record a strategy', tags: ['strategies'], body: strategyBody, response: { 201: strategyResponse, ...signedInErrors } },
    },
    async (request, reply) => reply.code(201).send(await createStrategy(deps.db, request.actor, request.body, deps.now())),
  );
  r.get(
    '/strategies/:id',
    {
      config: { access: 'strategy:read' },
      schema: {
        summary: 'A strategy with its stage and the support given',
        tags: ['strategies'],
        params: idParams,
        response: { 200: strategyDetailResponse, ...signedInErrors },
      },
    },
    async (request, reply) => withETag(reply, await getStrategy(deps.db, request.actor, request.params.id)),
  );
  r.patch(
    '/strategies/:id',
    {
      config: { access: 'strategy:update', rateLimit: WRITE_RATE_LIMIT },
      schema: {
        summary: 'Change a strategy (a new stage is dated)',
        description: 'Send If-Match with the GET’s ETag (or version in the body): 428 without it, 412 with the record as it is now (the GET’s shape) when it changed since; nothing is written.',
        tags: ['strategies'],
        params: idParams,
        body: strategyPatch,
        response: { 200: strategyResponse, ...signedInErrors, ...conditionalWriteErrors(strategyDetailResponse) },
      },
    },
    async (request, reply) =>
      conditionalWrite(
        request,
        reply,
        (expected) => updateStrategy(deps.db, request.actor, request.params.id, request.body, deps.now(), expected),
        () => getStrategy(deps.db, request.actor, request.params.id),
      ),
  );
}
