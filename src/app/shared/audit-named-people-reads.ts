// Every read that shows a named-people record is audited (README; docs/decisions/0020-keyed-audit-chain.md): one
// entry per request, listing the ids shown, whatever the path (detail, list, export, calendar, notification, feed).
// Written before the answer leaves: a read that cannot be recorded does not happen.
import { actorLabel, type Actor } from '#domain/actor.ts';
import type { Db } from '#db/client.ts';
import { createAuditRepo } from '#db/repos/accounts/audit.repo.ts';

export interface ShownRecord {
  id: string;
  confidentiality: string;
}

export type ShownRecords = Partial<Record<'document' | 'activity' | 'request', readonly ShownRecord[]>>;

/**
 * Appends one `named-people:read` entry naming the named-people records among those shown, by kind (nothing when
 * there are none). `via` says which path showed them (e.g. `activities:export:ics`). Target: the record when it is
 * one, else `records`/`list`.
 */
export async function auditNamedPeopleReads(db: Db, actor: Actor, shown: ShownRecords, via: string, now: Date): Promise<void> {
  const named: Record<string, string[]> = {};
  for (const [kind, records] of Object.entries(shown)) {
    const ids = [...new Set((records ?? []).filter((r) => r.confidentiality === 'named-people').map((r) => r.id))];
    if (ids.length) named[kind] = ids;
  }
  const kinds = Object.keys(named);
  if (kinds.length === 0) return;
  const single = kinds.length === 1 && named[kinds[0]!]!.length === 1;
  await db.transaction((tx) =>
    createAuditRepo(tx as unknown as Db).append({
      at: now.toISOString(),
      actor: actorLabel(actor),
      action: 'named-people:read',
      targetType: single ? kinds[0]! : 'records',
      targetId: single ? named[kinds[0]!]![0]! : 'list',
      before: null,
      after: { via, ...named },
    }),
  );
}
