// Coordination across entities: "who does what, where", the overlap queue and its resolution, and the gaps (States
// ranked by open gaps without assistance; one State's gaps); each list with its export (CSV, XLSX). Counts, names
// and dates of every activity are shown to coordination readers; titles only to those who may read them. Nothing
// here is cached by anyone but the caller (private, no-store).
import type { FastifyInstance } from 'fastify';
import { exportCoordinationCells } from '#app/assistance/export-coordination-cells.ts';
import { exportCoordinationGaps } from '#app/assistance/export-coordination-gaps.ts';
import { exportOverlaps } from '#app/assistance/export-overlaps.ts';
import { getParticipantGaps } from '#app/treaties/get-participant-gaps.ts';
import { listCoordinationCells } from '#app/assistance/list-coordination-cells.ts';
import { listCoordinationGaps } from '#app/assistance/list-coordination-gaps.ts';
import { listOverlaps } from '#app/assistance/list-overlaps.ts';
import { resolveOverlap } from '#app/assistance/resolve-overlap.ts';
import { z } from 'zod';
import { errorBody, idParams, signedInErrors, tableFileResponse } from '#http/schemas/common.ts';
import {
  cellExportQuery,
  cellPage,
  cellQuery,
  gapsExportQuery,
  gapsPage,
  gapsQuery,
  overlapExportQuery,
  overlapPage,
  overlapQuery,
  overlapResolution,
  overlapView,
  participantCodeParams,
  participantGaps,
} from '#http/schemas/assistance/coordination.ts';
import { EXPORT_RATE_LIMIT } from '../treaties/matrix.routes.ts';
import { links, perPersonRateLimit, privateNoStore, sendFile, typed, type RouteDeps } from '../route-deps.ts';

export async function coordinationRoutes(app: FastifyInstance, deps: RouteDeps) {
  privateNoStore(app);
  const r = typed(app);

  r.get(
    '/coordination/who-does-what-where',
    {
      config: { access: 'coordination:read' },
      schema: {
        summary: 'Who does what, where: State × theme × entity, with the number of activities and their dates',
        description:
          'Every activity that is not cancelled and whose dates meet the period counts, whatever its confidentiality: ' +
          'the view shows that an entity works there (name, counts, dates), never what it does. Default period: a ' +
          'year back to a year ahead. Sorted by State, theme, entity.',
        tags: ['coordination'],
        querystring: cellQuery,
        response: { 200: cellPage, ...signedInErrors },
      },
    },
    async (request) => listCoordinationCells(deps.db, request.actor, request.query, deps.now()),
  );

  r.get(
    '/coordination/who-does-what-where/export',
    {
      config: { access: 'coordination:read', rateLimit: EXPORT_RATE_LIMIT },
      schema: {
        summary: 'Download "who does what, where" as CSV or XLSX, with the same filters (every cell)',
        tags: ['coordination'],
        querystring: cellExportQuery,
        response: {
          200: tableFileResponse,
          ...signedInErrors,
        },
      },
    },
    async (request, reply) => {
      return sendFile(reply, await exportCoordinationCells(deps.db, request.actor, request.query, deps.now()));
    },
  );

  r.get(
    '/coordination/overlaps',
    {
      config: { access: 'coordination:read' },
      schema: {
        summary: 'The overlap queue: pairs of activities of different entities for the same State and theme over dates that meet',
        description: 'Open: the soonest first. Resolved: the latest resolved first. Titles only of activities you may read.',
        tags: ['coordination'],
        querystring: overlapQuery,
        response: { 200: overlapPage, ...signedInErrors },
      },
    },
    async (request) => listOverlaps(deps.db, request.actor, request.query),
  );

  r.get(
    '/coordination/overlaps/export',
    {
      config: { access: 'coordination:read', rateLimit: EXPORT_RATE_LIMIT },
      schema: {
        summary: 'Download the overlap queue as CSV or XLSX, with the same filters (every pair)',
        description: 'What the queue shows: titles only of activities you may read.',
        tags: ['coordination'],
        querystring: overlapExportQuery,
        response: { 200: tableFileResponse, ...signedInErrors },
      },
    },
    async (request, reply) => {
      const { format, ...filters } = request.query;
      return sendFile(reply, await exportOverlaps(deps.db, request.actor, filters, format, deps.now()));
    },
  );

  r.post(
    '/coordination/overlaps/:id/resolution',
    {
      config: { access: 'overlap:resolve', rateLimit: perPersonRateLimit(120) },
      schema: {
        summary: 'Resolve an overlap (coordinators; officers of either entity)',
        description: 'A comment is required. Resolving a resolved overlap answers 409, nothing changed.',
        tags: ['coordination'],
        params: idParams,
        body: overlapResolution,
        response: { 200: z.object({ data: overlapView }), ...signedInErrors, 409: errorBody },
      },
    },
    async (request) => resolveOverlap(deps.db, request.actor, request.params.id, request.body, deps.now(), links(deps)),
  );

  r.get(
    '/coordination/gaps',
    {
      config: { access: 'coordination:read' },
      schema: {
        summary: 'States ranked by open gaps: universal instruments not joined and needs without an open request',
        description:
          'By default only the States without assistance (no open request, no activity in the last 24 months); ' +
          '`include=all` ranks every State. Most open gaps first, ties by code. Unknown treaty status is counted ' +
          'apart, never as a gap; legislative incorporation is not known yet.',
        tags: ['coordination'],
        querystring: gapsQuery,
        response: { 200: gapsPage, ...signedInErrors },
      },
    },
    async (request) => listCoordinationGaps(deps.db, request.actor, request.query, deps.now()),
  );

  r.get(
    '/coordination/gaps/export',
    {
      config: { access: 'coordination:read', rateLimit: EXPORT_RATE_LIMIT },
      schema: {
        summary: 'Download the gaps ranking as CSV or XLSX, with the same filters (every State ranked, with its rank)',
        tags: ['coordination'],
        querystring: gapsExportQuery,
        response: { 200: tableFileResponse, ...signedInErrors },
      },
    },
    async (request, reply) => {
      const { format, ...filters } = request.query;
      return sendFile(reply, await exportCoordinationGaps(deps.db, request.actor, filters, format, deps.now()));
    },
  );

  r.get(
    '/participants/:code/gaps',
    {
      config: { access: 'need:read' },
      schema: {
        summary: "One State's gaps today: instruments not joined, legislation, needs without an open request",
        description:
          "For the State's focal points and coordination readers (others: 403; which States exist is public). " +
          'Needs are counted whoever may read them, and listed when you may.',
        tags: ['coordination'],
        params: participantCodeParams,
        response: { 200: z.object({ data: participantGaps }), ...signedInErrors },
      },
    },
    async (request) => ({ data: await getParticipantGaps(deps.db, request.actor, request.params.code, deps.now()) }),
  );
}
