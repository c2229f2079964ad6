// How notifications and subscriptions are shown, and the check that a notification's record is still visible to its
// reader: a notification was written for someone who could see the record then; the record may since have been
// shared with fewer people (or deleted), so every read (the in-app list, the feed) asks the policy again.
import type { UserActor } from '#domain/actor.ts';
import type { ShownRecord, ShownRecords } from '../shared/audit-named-people-reads.ts';
import { isMultiStateVisible, isRequestVisible, mayCoordinate } from '#domain/assistance/access.ts';
import { can } from '#domain/policy.ts';
import type { LocalizedText } from '#domain/treaties/types.ts';
import type { Db } from '#db/client.ts';
import { createNotificationsRepo, type NotificationRow } from '#db/repos/accounts/notifications.repo.ts';
import { readableCooperationRequests } from '../cooperation/request-tracking-presenters.ts';
import type { SubscriptionRow } from '#db/repos/accounts/subscriptions.repo.ts';
import {
  notificationPath,
  notificationTitle,
  notificationWords,
  subscriptionLabel,
  type NotificationParams,
  type NotificationRecordType,
} from './support/notification-templates.ts';

/**
 * What one follows: a State, a theme or an entity (assistance, issue 4); the requests for MLA and extradition a State
 * authority sends (value: its organisation id) or a State receives (value: its code), the feed and mail of each
 * authority side of issue 12. Following gives no access: each notification goes to those who may see its record.
 */
export const SUBSCRIPTION_KINDS = ['state', 'theme', 'entity', 'cooperation-requests-sent', 'cooperation-requests-received'] as const;
/** The kinds whose value is a State code, and those whose value is an organisation id. */
export const STATE_SUBSCRIPTION_KINDS: readonly string[] = ['state', 'cooperation-requests-received'];
export const ORGANISATION_SUBSCRIPTION_KINDS: readonly string[] = ['entity', 'cooperation-requests-sent'];
export type SubscriptionKind = (typeof SUBSCRIPTION_KINDS)[number];

export interface NotificationView {
  id: string;
  kind: string;
  recordType: NotificationRecordType;
  recordId: string;
  /** Rendered in the language asked for. */
  title: string;
  /** The web page of the record; null when the reader may no longer see it. */
  link: string | null;
  /** False when the record is gone or no longer visible to the reader: then nothing of it is shown. */
  available: boolean;
  params: NotificationParams;
  subscriptionId: string | null;
  readAt: string | null;
  createdAt: string;
}

export interface SubscriptionView {
  id: string;
  kind: SubscriptionKind;
  value: string;
  /** What is followed, in the language asked for (a State's or organisation's name, a theme's label). */
  label: string;
  names: LocalizedText | null;
  email: boolean;
  createdAt: string;
  /** Bumped by every change (ADR 19). */
  version: number;
}

/**
 * The ids of the notifications whose record `reader` may see now, and the named-people records among them (their
 * titles are shown, so the read is audited).
 */
export async function stillVisible(
  db: Db,
  reader: UserActor,
  rows: readonly NotificationRow[],
): Promise<Set<string> & { namedPeople: ShownRecords }> {
  const repo = createNotificationsRepo(db);
  const ids = (type: string) => [...new Set(rows.filter((r) => r.recordType === type).map((r) => r.recordId))];
  const [requests, activities, overlaps, cooperationRequests] = await Promise.all([
    repo.requestRecords(ids('request')),
    repo.activityRecords(ids('activity')),
    repo.overlapActivities(ids('overlap')),
    readableCooperationRequests(db, reader, ids('cooperation-request')),
  ]);
  const overlapActivities = await repo.activityRecords([...new Set([...overlaps.values()].flat())]);
  const activityVisibleCache = new Map<string, boolean>();
  const activityVisible = (id: string) => {
    const a = activityVisibleCache.get(id);
    if (a !== undefined) return a;
    const record = activities.get(id) ?? overlapActivities.get(id);
    const visible = record !== undefined && isMultiStateVisible(reader, record);
    activityVisibleCache.set(id, visible);
    return visible;
  };
  const visible = Object.assign(new Set<string>(), { namedPeople: { request: [], activity: [] } as Required<Pick<ShownRecords, 'request' | 'activity'>> });
  const named = (type: 'request' | 'activity', id: string, record: { confidentiality: string } | undefined) => {
    if (record?.confidentiality === 'named-people') (visible.namedPeople[type] as ShownRecord[]).push({ id, confidentiality: record.confidentiality });
  };
  for (const row of rows) {
    let ok = false;
    if (row.recordType === 'request') {
      const record = requests.get(row.recordId);
      ok = record !== undefined && isRequestVisible(reader, record);
    } else if (row.recordType === 'activity') {
      ok = activityVisible(row.recordId);
    } else if (row.recordType === 'authority') {
      // A reminder of a stale directory entry: for the people who may still keep their State's entries.
      const stateCode = row.params.stateCode;
      ok = typeof stateCode === 'string' && can(reader, 'authority:update', { kind: 'state-entry', stateCode });
    } else if (row.recordType === 'cooperation-request') {
      // A request for MLA or extradition: its two authorities, as the policy sees them now.
      ok = cooperationRequests.has(row.recordId);
    } else if (row.recordType === 'overlap') {
      // As when it was sent: the coordinators' queue, and the people of either entity (who see names and dates only).
      const pair = overlaps.get(row.recordId);
      const holders = (pair ?? []).map((id) => (activities.get(id) ?? overlapActivities.get(id))?.ownerOrganisationId);
      ok =
        pair !== undefined &&
        (mayCoordinate(reader) ||
          reader.memberships.some((m) => m.role !== 'donor-representative' && holders.includes(m.organisationId)));
    }
    if (ok) {
      visible.add(row.id);
      if (row.recordType === 'request') named('request', row.recordId, requests.get(row.recordId));
      if (row.recordType === 'activity') named('activity', row.recordId, activities.get(row.recordId));
    }
  }
  return visible;
}

export function toNotificationView(row: NotificationRow, lang: string, available: boolean): NotificationView {
  return {
    id: row.id,
    kind: row.kind,
    recordType: row.recordType as NotificationRecordType,
    recordId: row.recordId,
    title: available ? notificationTitle(lang, row.kind, row.params) : notificationWords(lang).unavailable,
    link: available ? notificationPath(lang, row.recordType, row.recordId) : null,
    available,
    params: available ? row.params : {},
    subscriptionId: row.subscriptionId,
    readAt: row.readAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

export function toSubscriptionView(row: SubscriptionRow, names: LocalizedText | null, lang: string): SubscriptionView {
  return {
    id: row.id,
    kind: row.kind as SubscriptionKind,
    value: row.value,
    label: subscriptionLabel(lang, row, names),
    names,
    email: row.email,
    createdAt: row.createdAt.toISOString(),
    version: row.version,
  };
}

/** Where a subscription's feed is read: the secret is the credential (shown once, when the subscription is made). */
export function feedUrl(baseUrl: string, secret: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/api/v1/feeds/${secret}.atom`;
}
