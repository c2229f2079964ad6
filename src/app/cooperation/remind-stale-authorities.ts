// Reminds a State's own people (its focal points and central-authority practitioners) of each directory entry not
// confirmed for 12 months: one notification in the app and one mail each, once per stale entry. `remindedAt` records
// it; confirming or changing the entry clears it (the repository's update), so an entry that becomes stale again is
// reminded again. Run periodically by `accord serve` and by `accord cooperation remind-stale`.
import type { UserActor } from '#domain/actor.ts';
import { staleBefore } from '#domain/cooperation/authorities.ts';
import { can } from '#domain/policy.ts';
import type { Db } from '#db/client.ts';
import { createOrganisationsRepo } from '#db/repos/accounts/organisations.repo.ts';
import { createAuthoritiesRepo } from '#db/repos/cooperation/authorities.repo.ts';
import { notify } from '../accounts/support/notify.ts';
import { authorityTarget } from './authority-presenters.ts';
import { inTransaction } from '../shared/transaction.ts';

export interface StaleReminderReport {
  /** The entries reminded of, by id. */
  reminded: string[];
}

export async function remindStaleAuthorities(db: Db, now: Date, options: { baseUrl?: string | null } = {}): Promise<StaleReminderReport> {
  const due = await createAuthoritiesRepo(db).dueForReminder(staleBefore(now));
  const reminded: string[] = [];
  for (const entry of due) {
    await inTransaction(db, async (tx) => {
      // The State's authority organisations: their practitioners are parties, as are the State's focal points.
      const organisations = await createOrganisationsRepo(tx).list({ kind: 'state-authority', stateCode: entry.stateCode }, { limit: 100, offset: 0 });
      const target = authorityTarget(entry.stateCode);
      await notify(
        tx,
        {
          kind: 'authority-stale',
          recordType: 'authority',
          recordId: entry.id,
          actorUserId: null,
          stateCodes: [],
          themes: [],
          organisationIds: [],
          // Only those who may confirm it: not a follower of the State, nor anyone of its organisations in another role.
          visibleTo: (actor: UserActor) => can(actor, 'authority:update', target),
          partyOrganisationIds: organisations.map((o) => o.id),
          partyStateCodes: [entry.stateCode],
          params: { title: entry.name, stateCode: entry.stateCode, date: entry.confirmedAt.toISOString().slice(0, 10) },
        },
        now,
        options,
      );
      await createAuthoritiesRepo(tx).markReminded([entry.id], now);
    });
    reminded.push(entry.id);
  }
  return { reminded };
}
