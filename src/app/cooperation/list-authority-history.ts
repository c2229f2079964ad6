// Every version of an entry, latest first, each projected for the reader like the entry itself: a field the State
// has not made public (now, and in that version) is withheld from those not entitled. The history of a removed
// entry stays readable (it ends with `deleted`). Contact details shown by entitlement are audited.
import type { Actor } from '#domain/actor.ts';
import { projectAuthority, type AuthorityProjection } from '#domain/cooperation/authorities.ts';
import { authorize, can } from '#domain/policy.ts';
import type { Db } from '#db/client.ts';
import { createAuthoritiesRepo, type AuthorityChange } from '#db/repos/cooperation/authorities.repo.ts';
import {
  auditContactReads,
  authorityAbilities,
  authorityNotFound,
  authorityTarget,
  isUuid,
  type AuthorityAbilities,
} from './authority-presenters.ts';

export interface AuthorityRevisionView {
  version: number;
  change: AuthorityChange;
  changedAt: string;
  /** The entry as it was after the change. */
  entry: Omit<AuthorityProjection, 'confirmedAt'> & { confirmedAt: string };
}

export async function listAuthorityHistory(
  db: Db,
  actor: Actor,
  id: string,
  now: Date,
): Promise<{ data: AuthorityRevisionView[]; stateCode: string; deleted: boolean; abilities: AuthorityAbilities }> {
  authorize(actor, 'authority:read');
  const revisions = isUuid(id) ? await createAuthoritiesRepo(db).revisions(id) : [];
  const latest = revisions[0];
  if (!latest) throw authorityNotFound(id);
  const stateCode = latest.stateCode;
  const entitled = can(actor, 'authority:read-contacts', authorityTarget(stateCode));
  const publicNow = latest.snapshot.publicFields;
  const data = revisions.map((r) => {
    const publicThen = r.snapshot.publicFields.filter((f) => publicNow.includes(f));
    // Revisions written before issue 12 hold no request items: not known then.
    const snapshot = { ...r.snapshot, requestItems: r.snapshot.requestItems ?? null };
    const p = projectAuthority({ ...snapshot, publicFields: publicThen, confirmedAt: new Date(r.snapshot.confirmedAt) }, entitled);
    return {
      version: r.version,
      change: r.change,
      changedAt: r.changedAt.toISOString(),
      entry: { ...p, publicFields: r.snapshot.publicFields, confirmedAt: r.snapshot.confirmedAt },
    };
  });
  const showsContacts = entitled && !publicNow.includes('contacts') && revisions.some((r) => r.snapshot.contacts.length > 0);
  await auditContactReads(db, actor, showsContacts ? [id] : [], `authority:${id}:history`, now);
  return { data, stateCode, deleted: latest.change === 'deleted', abilities: authorityAbilities(actor, stateCode) };
}
