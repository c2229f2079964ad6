// Tracking a sent request between the two authorities (issue 12 §2): events, the conversation, the figures for the
// report (small cells suppressed) and the feed. A request answers 404 to whoever is not a party to it, the public
// included (§3): the routes let everyone through and the use cases decide with the record in hand. The figures are
// public and the same for everyone. Feeds are subscriptions' (accounts/notifications.routes.ts), of the kinds
// cooperation-requests-sent and cooperation-requests-received.
import type { FastifyInstance } from 'fastify';
import { getCooperationRequestStatistics } from '#app/cooperation/get-cooperation-request-statistics.ts';
import { getCooperationRequestTracking } from '#app/cooperation/get-cooperation-request-tracking.ts';
import { listCooperationRequestMessages } from '#app/cooperation/list-cooperation-request-messages.ts';
import { postCooperationRequestMessage } from '#app/cooperation/post-cooperation-request-message.ts';
import { transitionCooperationRequest } from '#app/cooperation/transition-cooperation-request.ts';
import { conditionalWriteErrors, errorBody, idParams, readErrors, signedInErrors } from '#http/schemas/common.ts';
import {
  requestMessageInput,
  requestMessageList,
  requestMessageResponse,
  requestTransition,
  requestTrackingResponse,
  statisticsQuery,
  statisticsResponse,
} from '#http/schemas/cooperation/requests.ts';
import { links, perPersonRateLimit, privateNoStore, typed, type RouteDeps } from '../route-deps.ts';
import { conditionalWrite } from '../shared/versions.ts';

const WRITE_RATE_LIMIT = perPersonRateLimit(120);
const MESSAGE_RATE_LIMIT = perPersonRateLimit(30);

export async function requestTrackingRoutes(app: FastifyInstance, deps: RouteDeps) {
  const tags = ['cooperation requests'];

  typed(app).get(
    '/cooperation/requests/statistics',
    {
      config: { access: 'cooperation-request:statistics' },
      schema: {
        summary: 'Figures on requests for MLA and extradition sent in a year: by pair of regions, time to execution, refusals by ground',
        description:
          'Drafts never count. No figure rests on fewer than 5 requests (null, or a pair left out), and none can be ' +
          'recomputed by subtracting published ones: a second cell is suppressed with a lone small one. One table per ' +
          'year and kind; sums across them would open that door, so none is offered.',
        tags,
        querystring: statisticsQuery,
        response: { 200: statisticsResponse, ...readErrors },
      },
    },
    async (request) => getCooperationRequestStatistics(deps.db, request.actor, request.query),
  );

  await app.register(async (scoped) => {
    privateNoStore(scoped);
    const r = typed(scoped);

    r.post(
      '/cooperation/requests/:id/transitions',
      {
        config: { access: 'cooperation-request:transition', rateLimit: WRITE_RATE_LIMIT },
        schema: {
          summary: 'Record an event: send, receive, start-execution, request-information, provide-information, execute-partially, execute, refuse, withdraw',
          description:
            'The requesting authority sends, provides information and withdraws; the requested one records the rest. ' +
            'An event out of order answers 409 INVALID_TRANSITION; the other side’s 403; refuse needs its ground. ' +
            'send answers 409 while an item is missing, with params.missing and an issue per item at ' +
            '["content", step, item]. receive takes the requested authority’s reference. Anyone not a party gets 404. ' +
            'Send If-Match with the record’s ETag (or version in the body): 428 without it, 412 with the record as it is now.',
          tags,
          params: idParams,
          body: requestTransition,
          response: { 200: requestTrackingResponse, ...signedInErrors, 409: errorBody, ...conditionalWriteErrors(requestTrackingResponse) },
        },
      },
      async (request, reply) =>
        conditionalWrite(
          request,
          reply,
          (expected) => transitionCooperationRequest(deps.db, request.actor, request.params.id, request.body, deps.now(), expected, links(deps)),
          () => getCooperationRequestTracking(deps.db, request.actor, request.params.id, deps.now()),
        ),
    );

    r.get(
      '/cooperation/requests/:id/messages',
      {
        config: { access: 'cooperation-request:read' },
        schema: {
          summary: 'The conversation between the two authorities of a sent request, oldest first',
          description: 'A person’s name is shown to their own side; the other sees the side. A draft has none (409). Every read is audited.',
          tags,
          params: idParams,
          response: { 200: requestMessageList, ...signedInErrors, 409: errorBody },
        },
      },
      async (request) => listCooperationRequestMessages(deps.db, request.actor, request.params.id, deps.now()),
    );

    r.post(
      '/cooperation/requests/:id/messages',
      {
        config: { access: 'cooperation-request:message', rateLimit: MESSAGE_RATE_LIMIT },
        schema: {
          summary: 'Write in the conversation between the two authorities (once the request is sent)',
          description: 'Both authorities are notified, in the app and by mail. A draft has no conversation (409).',
          tags,
          params: idParams,
          body: requestMessageInput,
          response: { 201: requestMessageResponse, ...signedInErrors, 409: errorBody },
        },
      },
      async (request, reply) =>
        reply.code(201).send(await postCooperationRequestMessage(deps.db, request.actor, request.params.id, request.body, deps.now(), links(deps))),
    );
  });
}
