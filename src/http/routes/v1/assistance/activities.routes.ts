// Delivery: activities (with the coordination warning on save), their results, the ratifications that followed
// assistance, and the mandates. Reads are scoped by the one policy; an activity outside the caller's scope (or a
// malformed id) answers 404 like one that does not exist. Nothing here is cached beyond the caller (private, no-store).
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { checkActivityOverlaps } from '#app/assistance/check-activity-overlaps.ts';
import { createActivity } from '#app/assistance/create-activity.ts';
import { exportActivities } from '#app/assistance/export-activities.ts';
import { exportResults } from '#app/assistance/export-results.ts';
import { getActivity } from '#app/assistance/get-activity.ts';
import { getResultsSummary } from '#app/assistance/get-results-summary.ts';
import { listActivities } from '#app/assistance/list-activities.ts';
import { listMandates } from '#app/assistance/list-mandates.ts';
import { listResults } from '#app/assistance/list-results.ts';
import { recordActivityResult } from '#app/assistance/record-activity-result.ts';
import { updateActivity } from '#app/assistance/update-activity.ts';
import {
  activityBody,
  activityExportQuery,
  activityListQuery,
  activityPage,
  activityPatch,
  activityResponse,
  mandatesQuery,
  mandatesResponse,
  overlapCheckBody,
  overlapView,
  recordedResult,
  resultBody,
  resultExportQuery,
  resultListQuery,
  resultPage,
  resultsSummary,
  resultsSummaryQuery,
  savedActivityResponse,
} from '#http/schemas/assistance/activities.ts';
import { conditionalWriteErrors, idParams, signedInErrors, tableFileResponse } from '#http/schemas/common.ts';
import { EXPORT_RATE_LIMIT } from '../treaties/matrix.routes.ts';
import { links, perPersonRateLimit, privateNoStore, sendFile, typed, type RouteDeps } from '../route-deps.ts';
import { conditionalWrite, withETag } from '../shared/versions.ts';

/** Saving plans is office work; a script hammering the overlap check is not. */
const WRITE_RATE_LIMIT = perPersonRateLimit(120);
const CHECK_RATE_LIMIT = perPersonRateLimit(600);

export async function activityRoutes(app: FastifyInstance, deps: RouteDeps) {
  privateNoStore(app);
  const r = typed(app);
  const tags = ['activities'];

  r.get(
    '/activities',
    {
      config: { access: 'activity:read' },
      schema: {
        summary: 'Activities you may see, latest first',
        description: 'Filters answer "what was done under OP9 in 2014?": `?mandate=68/187/OP9&year=2014`.',
        tags,
        querystring: activityListQuery,
        response: { 200: activityPage, ...signedInErrors },
      },
    },
    async (request) => listActivities(deps.db, request.actor, request.query),
  );

  r.get(
    '/activities/export',
    {
      config: { access: 'activity:read', rateLimit: EXPORT_RATE_LIMIT },
      schema: {
        summary: 'Download the activity list as CSV, XLSX or iCalendar, with the same filters and scope as the list',
        tags,
        querystring: activityExportQuery,
        response: {
          200: {
            description: 'The file (Content-Disposition: attachment)',
            content: { 'text/csv': { schema: z.string() }, 'text/calendar': { schema: z.string() } },
          },
          ...signedInErrors,
        },
      },
    },
    async (request, reply) => {
      const { format, ...filters } = request.query;
      return sendFile(reply, await exportActivities(deps.db, request.actor, filters, format, deps.now()));
    },
  );

  r.post(
    '/activities/overlap-check',
    {
      config: { access: 'activity:create', rateLimit: CHECK_RATE_LIMIT },
      schema: {
        summary: 'Dry run of the coordination warning: other entities’ activities this plan would overlap',
        description: 'Nothing is saved. The other activity’s title is shown only if you may read it; its entity and dates always.',
        tags,
        body: overlapCheckBody,
        response: { 200: z.object({ data: z.array(overlapView) }), ...signedInErrors },
      },
    },
    async (request) => checkActivityOverlaps(deps.db, request.actor, request.body),
  );

  r.post(
    '/activities',
    {
      config: { access: 'activity:create', rateLimit: WRITE_RATE_LIMIT },
      schema: {
        summary: 'Plan an activity (answers with the overlaps found; new ones join the coordinators’ queue)',
        tags,
        body: activityBody,
        response: { 201: savedActivityResponse, ...signedInErrors },
      },
    },
    async (request, reply) => reply.code(201).send(await createActivity(deps.db, request.actor, request.body, deps.now(), links(deps))),
  );

  r.get(
    '/activities/:id',
    {
      config: { access: 'activity:read' },
      schema: {
        summary: 'An activity with its results and the request, programme and strategy it serves',
        tags,
        params: idParams,
        response: { 200: activityResponse, ...signedInErrors },
      },
    },
    async (request, reply) => withETag(reply, await getActivity(deps.db, request.actor, request.params.id)),
  );

  r.patch(
    '/activities/:id',
    {
      config: { access: 'activity:update', rateLimit: WRITE_RATE_LIMIT },
      schema: {
        summary: 'Change an activity (the overlap check runs again)',
        description: 'Send If-Match with the GET’s ETag (or version in the body): 428 without it, 412 with the record as it is now (the GET’s shape) when it changed since; nothing is written.',
        tags,
        params: idParams,
        body: activityPatch,
        response: { 200: savedActivityResponse, ...signedInErrors, ...conditionalWriteErrors(activityResponse) },
      },
    },
    async (request, reply) =>
      conditionalWrite(
        request,
        reply,
        (expected) => updateActivity(deps.db, request.actor, request.params.id, request.body, deps.now(), expected, links(deps)),
        () => getActivity(deps.db, request.actor, request.params.id),
      ),
  );

  r.post(
    '/activities/:id/results',
    {
      config: { access: 'result:create', rateLimit: WRITE_RATE_LIMIT },
      schema: {
        summary: 'Record a result of an activity (a ratification names its participation event)',
        tags: ['results'],
        params: idParams,
        body: resultBody,
        response: { 201: recordedResult, ...signedInErrors },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await recordActivityResult(deps.db, request.actor, request.params.id, request.body, deps.now(), links(deps))),
  );

  r.get(
    '/results',
    {
      config: { access: 'activity:read' },
      schema: {
        summary: 'Results of the activities you may see, latest first',
        tags: ['results'],
        querystring: resultListQuery,
        response: { 200: resultPage, ...signedInErrors },
      },
    },
    async (request) => listResults(deps.db, request.actor, request.query),
  );

  r.get(
    '/results/export',
    {
      config: { access: 'activity:read', rateLimit: EXPORT_RATE_LIMIT },
      schema: {
        summary: 'Download the results as CSV or XLSX, with the same filters and scope as the list',
        tags: ['results'],
        querystring: resultExportQuery,
        response: { 200: tableFileResponse, ...signedInErrors },
      },
    },
    async (request, reply) => {
      const { format, ...filters } = request.query;
      return sendFile(reply, await exportResults(deps.db, request.actor, filters, format, deps.now()));
    },
  );

  r.get(
    '/results/summary',
    {
      config: { access: 'activity:read' },
      schema: {
        summary: 'Ratifications following assistance, per year, State and instrument, each with the records behind it',
        description: 'Counted from the participation events that results link to (dated by the deposit), never typed in.',
        tags: ['results'],
        querystring: resultsSummaryQuery,
        response: { 200: resultsSummary, ...signedInErrors },
      },
    },
    async (request) => getResultsSummary(deps.db, request.actor, request.query),
  );

  r.get(
    '/mandates',
    {
      config: { access: 'activity:read' },
      schema: {
        summary: 'The mandates activities and programmes serve, with how many you may see under each',
        tags: ['activities'],
        querystring: mandatesQuery,
        response: { 200: mandatesResponse, ...signedInErrors },
      },
    },
    async (request) => listMandates(deps.db, request.actor, request.query),
  );
}
