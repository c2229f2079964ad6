// Notifications of what happens to assistance records: in-app, by e-mail and in Atom feeds, for the parties to a
// record and for people who follow its State, theme or entity. Called inside the write transaction of the change.
import type { UserActor } from '#domain/actor.ts';
import type { Db } from '#db/client.ts';
import { createNotificationsRepo, type NewNotification } from '#db/repos/accounts/notifications.repo.ts';
import { queueMail } from './mail.ts';
import { renderMail } from './mail-templates.ts';
import { notificationPath, storedParams } from './notification-templates.ts';

export interface AssistanceEvent {
  kind:
    | 'request-submitted'
    | 'request-transition'
    | 'request-message'
    | 'activity-planned'
    | 'activity-updated'
    | 'overlap-found'
    | 'overlap-resolved'
    | 'result-recorded'
    | 'authority-stale'
    | 'cooperation-request-transition'
    | 'cooperation-request-message'
    | 'cooperation-request-reminder';
  recordType: 'request' | 'activity' | 'overlap' | 'authority' | 'cooperation-request';
  recordId: string;
  /** Who did it (never notified of their own act). */
  actorUserId: string | null;
  /** For matching subscriptions. */
  stateCodes: readonly string[];
  themes: readonly string[];
  organisationIds: readonly string[];
  /** Subscriptions of other kinds it matches, by kind and value (the requests an authority sends or a State receives). */
  followed?: readonly { kind: string; value: string }[];
  /** A person is notified only if the record is visible to them. */
  visibleTo: (actor: UserActor) => boolean;
  /** Parties always notified (the State's focal points, people of these organisations), if visible to them. */
  partyOrganisationIds: readonly string[];
  partyStateCodes: readonly string[];
  /** Also parties: these people by name, and the central-authority practitioners of these States. */
  partyUserIds?: readonly string[];
  partyPractitionerStateCodes?: readonly string[];
  /**
   * Rendered per language at display time. Only NOTIFICATION_PARAM_KEYS are kept (reference, title, status, event,
   * dates, States, themes, …); an overlap's title is dropped (its recipients may not see the other activity).
   */
  params: Record<string, string | number | null>;
}

/** Parties get these by e-mail whatever their subscriptions: a request's State and entity must not miss them. */
// Between two authorities on a request for MLA or extradition, every event, message and reminder is mailed: it is the
// other authority's only way to learn of it outside Accord (issue 12 §2, "mail per authority").
const PARTY_MAIL_KINDS: readonly AssistanceEvent['kind'][] = [
  'request-submitted',
  'request-transition',
  'authority-stale',
  'cooperation-request-transition',
  'cooperation-request-message',
  'cooperation-request-reminder',
];

export interface NotifyOptions {
  /** Where people reach Accord (PUBLIC_URL), for the link in mails; without it the link is the page's path. */
  baseUrl?: string | null;
}

/**
 * Records a notification for everyone concerned who may see the record, and queues the mails, in the caller's
 * transaction. Recipients: the parties (focal points of `partyStateCodes`, people of `partyOrganisationIds`) and the
 * people following one of the event's States, themes or organisations; never the actor, nor a disabled account, nor
 * anyone for whom `visibleTo` is false. One row per person, tied to the oldest subscription it matched (its feed).
 */
export async function notify(tx: Db, event: AssistanceEvent, now: Date, options: NotifyOptions = {}): Promise<void> {
  const repo = createNotificationsRepo(tx);
  const candidates = await repo.recipients({
    stateCodes: event.stateCodes,
    themes: event.themes,
    organisationIds: event.organisationIds,
    followed: event.followed ?? [],
    partyStateCodes: event.partyStateCodes,
    partyOrganisationIds: event.partyOrganisationIds,
    partyUserIds: event.partyUserIds ?? [],
    partyPractitionerStateCodes: event.partyPractitionerStateCodes ?? [],
    excludeUserId: event.actorUserId,
  });
  const params = storedParams(event.params, event.recordType);
  const rows: NewNotification[] = [];
  const mails: { to: string; language: string | undefined; displayName: string; reason: 'party' | 'subscription' }[] = [];
  for (const c of candidates) {
    if (c.userId === event.actorUserId) continue;
    // The person as the policy sees them when they sign in (authenticate-request builds the same actor).
    const actor: UserActor = { kind: 'user', userId: c.userId, platformAdmin: c.platformAdmin, memberships: c.memberships };
    if (!event.visibleTo(actor)) continue;
    rows.push({
      userId: c.userId,
      kind: event.kind,
      recordType: event.recordType,
      recordId: event.recordId,
      subscriptionId: c.subscriptions[0]?.id ?? null,
      params,
      createdAt: now,
    });
    const asParty = c.party && PARTY_MAIL_KINDS.includes(event.kind);
    if (asParty || c.subscriptions.some((s) => s.email)) {
      mails.push({ to: c.email, language: c.languages[0], displayName: c.displayName, reason: asParty ? 'party' : 'subscription' });
    }
  }
  await repo.insertMany(rows);
  const base = (options.baseUrl ?? '').replace(/\/+$/, '');
  for (const m of mails) {
    const mail = renderMail('notification', m.language, {
      link: base + notificationPath(m.language, event.recordType, event.recordId),
      kind: event.kind,
      params,
      reason: m.reason,
      displayName: m.displayName,
    });
    await queueMail(tx, { to: m.to, ...mail }, now);
  }
}
