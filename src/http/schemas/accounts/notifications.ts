// Notifications, subscriptions and their feeds (issue 4, item 8).
import { z } from 'zod';
import { SUBSCRIPTION_KINDS } from '#app/accounts/notification-presenters.ts';
import { NOTIFICATION_KINDS } from '#app/accounts/support/notification-templates.ts';
import { LANGUAGES } from '#domain/treaties/types.ts';
import { booleanQuery } from './admin.ts';
import { errorBody, listPage, localizedText, paging, recordVersion, versionField } from '../common.ts';

export const notificationErrors = {
  400: errorBody,
  401: errorBody,
  403: errorBody,
  404: errorBody,
  409: errorBody,
  429: errorBody,
  500: errorBody,
} as const;

export const titleLang = z.enum(LANGUAGES).default('en').describe('Language of the titles (default English).');

export const notificationView = z
  .object({
    id: z.uuid(),
    kind: z.string().describe(NOTIFICATION_KINDS.join(' | ')),
    recordType: z.enum(['request', 'activity', 'overlap', 'authority', 'cooperation-request']),
    recordId: z.uuid(),
    title: z.string().describe('What happened, in the language asked for.'),
    link: z.string().nullable().describe('The web page of the record (null when no longer visible to you).'),
    available: z.boolean().describe('False when the record is gone or no longer visible to you: nothing of it is shown.'),
    params: z.record(z.string(), z.union([z.string(), z.number(), z.null()])),
    subscriptionId: z.uuid().nullable().describe('The subscription that brought it (null: you take part in the record).'),
    readAt: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'Notification' });

export const notificationPage = listPage(notificationView, {
  unread: z.number().int().describe('Unread notifications in all pages.'),
});

export const notificationListQuery = z.strictObject({
  lang: titleLang,
  unread: booleanQuery.optional().describe('true: only the unread ones (the count of unread is given either way).'),
  ...paging({ pageSize: 20, max: 100 }),
});

export const markReadBody = z
  .strictObject({
    ids: z.array(z.uuid()).min(1).max(500).optional(),
    all: z.literal(true).optional(),
  })
  .describe('Either ids (your notifications to mark as read) or all: true.');

export const markReadResponse = z.object({ data: z.object({ updated: z.number().int(), unread: z.number().int() }) });

export const subscriptionView = z
  .object({
    id: z.uuid(),
    kind: z.enum(SUBSCRIPTION_KINDS),
    value: z.string().describe('A State code (state, cooperation-requests-received), a theme id, or an organisation id (entity, cooperation-requests-sent).'),
    label: z.string().describe('What is followed, in the language asked for.'),
    names: localizedText.nullable().describe('The State’s or organisation’s names; null for a theme.'),
    email: z.boolean(),
    createdAt: z.string(),
    version: versionField,
  })
  .meta({ id: 'Subscription' });

export const subscriptionList = z.object({ data: z.array(subscriptionView) });

export const subscriptionCreated = z.object({
  data: subscriptionView.extend({
    feedUrl: z.string().describe('The Atom feed of this subscription. Its secret is shown only now: keep it like a password.'),
  }),
});

export const subscriptionBody = z.strictObject({
  kind: z.enum(SUBSCRIPTION_KINDS),
  value: z
    .string()
    .trim()
    .min(1)
    .max(100)
    .describe(
      'A State code (AFG) for state and cooperation-requests-received, a theme id (victims), an organisation id for entity, ' +
        'a State authority’s for cooperation-requests-sent (the requests for MLA and extradition it sends).',
    ),
  email: z.boolean().default(false).describe('Also by e-mail, in your first language.'),
});

export const subscriptionPatch = z.strictObject({
  email: z.boolean().describe('Also by e-mail, in your first language.'),
  version: recordVersion,
});

export const feedTokenParams = z.strictObject({ token: z.string().min(16).max(200).regex(/^[\w-]+$/) });
