// Notifications of what happens to assistance records: one's own list and its read marks, what one follows, and
// each subscription's Atom feed. The feed is public in the routing sense: a feed reader cannot sign in, so the secret
// in its URL is the credential (rate-limited per address; unknown secrets answer 404).
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { createSubscription } from '#app/accounts/create-subscription.ts';
import { deleteSubscription } from '#app/accounts/delete-subscription.ts';
import { getSubscriptionFeed } from '#app/accounts/get-subscription-feed.ts';
import { listNotifications } from '#app/accounts/list-notifications.ts';
import { listSubscriptions } from '#app/accounts/list-subscriptions.ts';
import { markNotificationsRead } from '#app/accounts/mark-notifications-read.ts';
import { getSubscription } from '#app/accounts/get-subscription.ts';
import { updateSubscription } from '#app/accounts/update-subscription.ts';
import { publicBaseUrl } from '#app/shared/public-url.ts';
import { conditionalWriteErrors, errorBody } from '#http/schemas/common.ts';
import {
  feedTokenParams,
  markReadBody,
  markReadResponse,
  notificationErrors,
  notificationListQuery,
  notificationPage,
  subscriptionBody,
  subscriptionCreated,
  subscriptionList,
  subscriptionPatch,
  subscriptionView,
  titleLang,
} from '#http/schemas/accounts/notifications.ts';
import { empty, noContent, perPersonRateLimit, PRIVATE_NO_STORE, typed, type RouteDeps } from '../route-deps.ts';
import { conditionalWrite } from '../shared/versions.ts';

const oneSubscription = z.object({ data: subscriptionView });


/** Feed readers poll; a guessed secret costs a hash and a lookup each. */
export const FEED_RATE_LIMIT = { max: 60, timeWindow: '1 minute' } as const;

export async function notificationRoutes(app: FastifyInstance, deps: RouteDeps) {
  const r = typed(app);

  r.get(
    '/me/notifications',
    {
      config: { access: 'notification:read' },
      schema: {
        summary: 'My notifications, unread first, then newest',
        tags: ['notifications'],
        querystring: notificationListQuery,
        response: { 200: notificationPage, ...notificationErrors },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', PRIVATE_NO_STORE);
      return listNotifications(deps.db, request.actor, request.query);
    },
  );

  r.post(
    '/me/notifications/read',
    {
      config: { access: 'notification:read', rateLimit: perPersonRateLimit(120) },
      schema: {
        summary: 'Mark my notifications as read',
        description: 'Either the ids given or all of them. Ids that are not yours change nothing.',
        tags: ['notifications'],
        body: markReadBody,
        response: { 200: markReadResponse, ...notificationErrors },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', PRIVATE_NO_STORE);
      return { data: await markNotificationsRead(deps.db, request.actor, request.body, deps.now()) };
    },
  );

  r.get(
    '/me/subscriptions',
    {
      config: { access: 'subscription:manage' },
      schema: {
        summary: 'What I follow (a State, a theme, an entity)',
        description: 'The feed URLs are not shown again: delete and follow again for a new one.',
        tags: ['notifications'],
        querystring: z.strictObject({ lang: titleLang }),
        response: { 200: subscriptionList, ...notificationErrors },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', PRIVATE_NO_STORE);
      return { data: await listSubscriptions(deps.db, request.actor, request.query) };
    },
  );

  r.post(
    '/me/subscriptions',
    {
      config: { access: 'subscription:manage', rateLimit: perPersonRateLimit(30) },
      schema: {
        summary: 'Follow a State, a theme or an entity',
        description:
          'Notifies you (in-app, and by e-mail if asked) of requests, activities and overlaps concerning it that you ' +
          'may see. Returns its Atom feed URL once, with its secret. 409 when you already follow it.',
        tags: ['notifications'],
        querystring: z.strictObject({ lang: titleLang }),
        body: subscriptionBody,
        response: { 201: subscriptionCreated, ...notificationErrors },
      },
    },
    async (request, reply) => {
      const created = await createSubscription(deps.db, request.actor, request.body, deps.now(), {
        baseUrl: publicBaseUrl(deps.config),
        lang: request.query.lang,
      });
      reply.header('cache-control', PRIVATE_NO_STORE);
      return reply.code(201).send(created);
    },
  );

  r.patch(
    '/me/subscriptions/:id',
    {
      config: { access: 'subscription:manage', rateLimit: perPersonRateLimit(60) },
      schema: {
        summary: 'Turn a subscription’s e-mails on or off',
        description:
          'In-app notifications and the feed go on either way. Another person’s subscription is not found. Send ' +
          'If-Match "v<version>" (the version in the list): 428 without it, 412 with the subscription as it is now ' +
          'when it changed since.',
        tags: ['notifications'],
        params: z.strictObject({ id: z.uuid() }),
        querystring: z.strictObject({ lang: titleLang }),
        body: subscriptionPatch,
        response: { 200: oneSubscription, ...notificationErrors, ...conditionalWriteErrors(oneSubscription) },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', PRIVATE_NO_STORE);
      const { id } = request.params;
      const { lang } = request.query;
      return conditionalWrite(
        request,
        reply,
        async (expectedVersion) => ({
          data: await updateSubscription(deps.db, request.actor, id, request.body, deps.now(), { lang, expectedVersion }),
        }),
        async () => ({ data: await getSubscription(deps.db, request.actor, id, { lang }) }),
      );
    },
  );

  r.delete(
    '/me/subscriptions/:id',
    {
      config: { access: 'subscription:manage' },
      schema: {
        summary: 'Stop following',
        description: 'Its feed stops working. Another person’s subscription is not found.',
        tags: ['notifications'],
        params: z.strictObject({ id: z.uuid() }),
        response: { 204: noContent, ...notificationErrors },
      },
    },
    async (request, reply) => {
      await deleteSubscription(deps.db, request.actor, request.params.id, deps.now());
      return empty(reply, 204);
    },
  );

  r.get(
    '/feeds/:token.atom',
    {
      config: { access: 'public', rateLimit: FEED_RATE_LIMIT },
      schema: {
        summary: 'A subscription’s Atom feed (newest 50 notifications)',
        description:
          'The secret in the URL is the credential. Read as the subscriber: only records they may still see, titles in ' +
          'their first language. 404 for an unknown secret, a deleted subscription or a disabled account.',
        tags: ['notifications'],
        params: feedTokenParams,
        response: {
          200: { description: 'Atom 1.0 feed', content: { 'application/atom+xml': { schema: z.string() } } },
          400: errorBody,
          404: errorBody,
          429: errorBody,
          500: errorBody,
        },
      },
    },
    async (request, reply) => {
      const xml = await getSubscriptionFeed(deps.db, { token: request.params.token, selfPath: request.url });
      reply.header('cache-control', PRIVATE_NO_STORE);
      reply.header('x-robots-tag', 'noindex');
      reply.header('content-type', 'application/atom+xml; charset=utf-8');
      return reply.send(xml);
    },
  );
}
