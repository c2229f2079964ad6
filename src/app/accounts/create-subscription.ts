// Follows a State, a theme or an entity (or the requests a State authority sends or a State receives): notifications in-app, by e-mail if asked, and an Atom feed whose secret URL
// is returned here once (only its SHA-256 is kept). What is followed must exist; following it twice is a conflict.
// Following something gives no access: each notification goes only to people who may see its record.
import { actorLabel, type Actor } from '#domain/actor.ts';
import { isTheme } from '#domain/assistance/themes.ts';
import { AppError } from '#domain/errors.ts';
import { authorize } from '#domain/policy.ts';
import type { LocalizedText } from '#domain/treaties/types.ts';
import type { Db } from '#db/client.ts';
import { createSubscriptionsRepo } from '#db/repos/accounts/subscriptions.repo.ts';
import { feedUrl, toSubscriptionView, type SubscriptionKind, type SubscriptionView } from './notification-presenters.ts';
import { hashSecret, randomSecret } from '../shared/secrets.ts';
import { inTransaction, recordAudit } from '../shared/transaction.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface NewSubscription {
  kind: SubscriptionKind;
  value: string;
  email: boolean;
}

function unknownValue(kind: SubscriptionKind, value: string): AppError {
  const what = {
    state: 'no such State',
    theme: 'no such theme',
    entity: 'no such organisation',
    'cooperation-requests-sent': 'no such State authority',
    'cooperation-requests-received': 'no such State',
  }[kind];
  return new AppError('VALIDATION_FAILED', `Nothing to follow: ${what} (${value}).`, {
    issues: [{ path: ['body', 'value'], code: `unknown_${kind}`, message: what }],
  });
}

export async function createSubscription(
  db: Db,
  actor: Actor,
  input: NewSubscription,
  now: Date,
  options: { baseUrl: string; lang: string },
): Promise<{ data: SubscriptionView & { feedUrl: string } }> {
  authorize(actor, 'subscription:manage');
  if (actor.kind !== 'user') throw new Error('unreachable: the policy admits only people');
  const repo = createSubscriptionsRepo(db);
  let value = input.value.trim();
  let names: LocalizedText | null = null;
  if (input.kind === 'state' || input.kind === 'cooperation-requests-received') {
    value = value.toUpperCase();
    names = (await repo.stateNames(value)) ?? null;
    if (!names) throw unknownValue(input.kind, value);
  } else if (input.kind === 'theme') {
    if (!isTheme(value)) throw unknownValue('theme', value);
  } else if (input.kind === 'cooperation-requests-sent') {
    value = value.toLowerCase();
    names = UUID.test(value) ? ((await repo.stateAuthorityNames(value)) ?? null) : null;
    if (!names) throw unknownValue(input.kind, value);
  } else {
    value = value.toLowerCase();
    names = UUID.test(value) ? ((await repo.organisationNames(value)) ?? null) : null;
    if (!names) throw unknownValue('entity', value);
  }
  const conflict = () =>
    new AppError('CONFLICT', 'You already follow this.', { params: { resource: 'subscription', kind: input.kind, value } });
  if (await repo.findSame(actor.userId, input.kind, value)) throw conflict();

  const secret = randomSecret();
  const row = await inTransaction(db, async (tx) => {
    const created = await createSubscriptionsRepo(tx).insert({
      userId: actor.userId,
      kind: input.kind,
      value,
      email: input.email,
      feedTokenHash: hashSecret(secret),
      createdAt: now,
    });
    await recordAudit(
      tx,
      {
        actor: actorLabel(actor),
        action: 'subscription:create',
        targetType: 'subscription',
        targetId: created.id,
        before: null,
        after: { kind: created.kind, value: created.value, email: created.email },
      },
      now,
    );
    return created;
  }).catch((err: unknown) => {
    // Two requests at once: the unique index decides.
    if (/subscriptions_user_idx|duplicate key/i.test(String((err as { cause?: unknown }).cause ?? err))) throw conflict();
    throw err;
  });
  return { data: { ...toSubscriptionView(row, names, options.lang), feedUrl: feedUrl(options.baseUrl, secret) } };
}
