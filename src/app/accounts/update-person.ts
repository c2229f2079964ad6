// An administrator disables or re-enables an account, makes or unmakes an administrator, or removes a lost
// authenticator. Disabling ends the
// person's sessions and API tokens at once. Nobody disables themselves or drops their own administrator flag, so the
// platform never loses its last administrator by a slip.
import { actorLabel, type Actor } from '#domain/actor.ts';
import { AppError } from '#domain/errors.ts';
import { authorize } from '#domain/policy.ts';
import type { Db } from '#db/client.ts';
import { createPeopleRepo } from '#db/repos/accounts/people.repo.ts';
import { createRecoveryCodesRepo } from '#db/repos/accounts/recovery-codes.repo.ts';
import type { PersonView } from './admin-presenters.ts';
import { getPerson, personNotFound } from './get-person.ts';
import { endAllAccess, endSessionsLackingSecondFactor } from './support/account-access.ts';
import { inTransaction, recordAudit } from '../shared/transaction.ts';
import { assertVersion, staleVersion } from '../shared/versions.ts';

export interface PersonChanges {
  disabled?: boolean;
  platformAdmin?: boolean;
  /** Remove the person's authenticator (lost phone, lost SECRET_KEY): they set up a new one at their next sign-in. */
  resetSecondFactor?: true;
}

export async function updatePerson(
  db: Db,
  actor: Actor,
  id: string,
  changes: PersonChanges,
  now: Date,
  expectedVersion: number,
  lang = 'en',
): Promise<PersonView> {
  authorize(actor, 'person:update');
  if (actor.kind === 'user' && actor.userId === id) {
    if (changes.disabled === true) {
      throw new AppError('CONFLICT', 'You cannot disable your own account.', { params: { reason: 'self_disable' } });
    }
    if (changes.platformAdmin === false) {
      throw new AppError('CONFLICT', 'You cannot remove your own administrator rights; ask another administrator.', {
        params: { reason: 'self_demote' },
      });
    }
  }
  await inTransaction(db, async (tx) => {
    const people = createPeopleRepo(tx);
    const user = await people.lockUser(id);
    if (!user) throw personNotFound(id);
    assertVersion(user, expectedVersion);
    const hadSecondFactor = user.totpSecret !== null;
    const before = { disabled: user.disabledAt !== null, platformAdmin: user.platformAdmin, secondFactor: hadSecondFactor };
    const next = {
      disabled: changes.disabled ?? before.disabled,
      platformAdmin: changes.platformAdmin ?? before.platformAdmin,
      secondFactor: changes.resetSecondFactor ? false : hadSecondFactor,
    };
    if (
      next.disabled === before.disabled &&
      next.platformAdmin === before.platformAdmin &&
      next.secondFactor === before.secondFactor
    ) {
      return;
    }
    const updated = await people.updateUser(id, {
      disabledAt: next.disabled ? (user.disabledAt ?? now) : null,
      platformAdmin: next.platformAdmin,
      ...(next.secondFactor ? {} : { totpSecret: null, totpEnabledAt: null, totpLastStep: null }),
      updatedAt: now,
    }, expectedVersion);
    if (!updated) throw staleVersion(expectedVersion);
    // An administrator's reset takes the recovery codes too: they belonged to the removed second factor.
    if (!next.secondFactor) await createRecoveryCodesRepo(tx).deleteAll(id);
    let revoked = { sessions: 0, tokens: 0 };
    if (next.disabled && !before.disabled) revoked = await endAllAccess(tx, id, now);
    // Sessions opened with the removed authenticator end with it.
    else if (before.secondFactor && !next.secondFactor) revoked.sessions = await people.revokeSessions(id, now);
    else if (next.platformAdmin && !before.platformAdmin) {
      revoked.sessions = await endSessionsLackingSecondFactor(tx, updated, now);
    }
    await recordAudit(
      tx,
      {
        actor: actorLabel(actor),
        action: 'person:update',
        targetType: 'person',
        targetId: id,
        before,
        after: { ...next, revokedSessions: revoked.sessions, revokedTokens: revoked.tokens },
      },
      now,
    );
  });
  return getPerson(db, actor, id, lang);
}
