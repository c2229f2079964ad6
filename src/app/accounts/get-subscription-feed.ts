// A subscription's notifications as an Atom feed (RFC 4287), for feed readers, which cannot sign in: the secret in
// the URL is the credential (only its hash is stored). The feed is read as its subscriber: a disabled account's feed
// is gone, and a notification whose record the subscriber may no longer see is left out (visibility is checked
// again on every read). Titles are in the subscriber's first language; links lead to the records' web pages, as
// paths resolved against the feed's own URL (as in the changes feed).
import type { UserActor } from '#domain/actor.ts';
import { AppError } from '#domain/errors.ts';
import type { LocalizedText } from '#domain/treaties/types.ts';
import type { Db } from '#db/client.ts';
import { createNotificationsRepo } from '#db/repos/accounts/notifications.repo.ts';
import { createSubscriptionsRepo } from '#db/repos/accounts/subscriptions.repo.ts';
import { xmlEscape } from '../treaties/get-changes-feed.ts';
import { ORGANISATION_SUBSCRIPTION_KINDS, STATE_SUBSCRIPTION_KINDS, stillVisible } from './notification-presenters.ts';
import {
  notificationLanguage,
  notificationPath,
  notificationTitle,
  notificationWords,
  subscriptionLabel,
} from './support/notification-templates.ts';
import { hashSecret } from '../shared/secrets.ts';
import { auditNamedPeopleReads } from '../shared/audit-named-people-reads.ts';

export const SUBSCRIPTION_FEED_SIZE = 50;

const notFound = () => new AppError('NOT_FOUND', 'No such feed.', { params: { resource: 'feed' } });

export async function getSubscriptionFeed(
  db: Db,
  query: { token: string; selfPath: string },
): Promise<string> {
  const owner = await createSubscriptionsRepo(db).findByFeedHash(hashSecret(query.token));
  if (!owner || owner.disabledAt) throw notFound();
  const { subscription } = owner;
  const reader: UserActor = {
    kind: 'user',
    userId: owner.userId,
    platformAdmin: owner.platformAdmin,
    memberships: owner.memberships,
  };
  const lang = notificationLanguage(owner.languages[0]);
  const rows = await createNotificationsRepo(db).ofSubscription(subscription.id, SUBSCRIPTION_FEED_SIZE);
  const visible = await stillVisible(db, reader, rows);
  // The feed reader reads as the subscription's owner.
  await auditNamedPeopleReads(db, reader, visible.namedPeople, `feed:${subscription.id}`, new Date());
  const entries = rows.filter((r) => visible.has(r.id));

  const subscriptions = createSubscriptionsRepo(db);
  let names: LocalizedText | null = null;
  if (STATE_SUBSCRIPTION_KINDS.includes(subscription.kind)) names = (await subscriptions.stateNames(subscription.value)) ?? null;
  if (ORGANISATION_SUBSCRIPTION_KINDS.includes(subscription.kind)) names = (await subscriptions.organisationNames(subscription.value)) ?? null;
  const w = notificationWords(lang);
  const label = subscriptionLabel(lang, subscription, names);
  const updated = (entries[0]?.createdAt ?? subscription.createdAt).toISOString();

  const entry = (r: (typeof entries)[number]) => {
    const title = notificationTitle(lang, r.kind, r.params);
    return [
      '  <entry>',
      `    <id>urn:accord:notification:${r.id}</id>`,
      `    <title>${xmlEscape(title)}</title>`,
      `    <updated>${r.createdAt.toISOString()}</updated>`,
      `    <link rel="alternate" type="text/html" href="${xmlEscape(notificationPath(lang, r.recordType, r.recordId))}"/>`,
      `    <category term="${xmlEscape(r.kind)}"/>`,
      `    <summary>${xmlEscape(title)}</summary>`,
      '  </entry>',
    ].join('\n');
  };

  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${lang}">`,
    `  <id>urn:accord:subscription:${subscription.id}</id>`,
    `  <title>${xmlEscape(w.feed.title(label))}</title>`,
    `  <subtitle>${xmlEscape(w.feed.subtitle)}</subtitle>`,
    `  <updated>${updated}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${xmlEscape(query.selfPath)}"/>`,
    '  <author><name>Accord</name></author>',
    ...entries.map(entry),
    '</feed>',
    '',
  ].join('\n');
}
