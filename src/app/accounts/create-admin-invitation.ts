// The way in for the first administrator (and a way to add others from the server's shell): an invitation to be a
// platform administrator, valid 24 hours, whose link the command line prints. The person chooses their password and
// sets up their second factor in the web app; nobody else ever knows the password.
import { AppError } from '#domain/errors.ts';
import type { Db } from '#db/client.ts';
import { createAccountsRepo, normaliseEmail } from '#db/repos/accounts/accounts.repo.ts';
import { createInvitationsRepo } from '#db/repos/accounts/invitations.repo.ts';
import { createOneTimeTokensRepo } from '#db/repos/accounts/one-time-tokens.repo.ts';
import { issueInvitation, type IssuedInvitation } from './create-invitation.ts';
import { mailLanguage } from './support/mail-templates.ts';
import { inTransaction, recordAudit } from '../shared/transaction.ts';

export const ADMIN_INVITATION_TTL_MS = 24 * 3600_000;

export interface AdminInvitationInput {
  email: string;
  displayName: string;
  language?: string;
}

export async function createAdminInvitation(
  db: Db,
  input: AdminInvitationInput,
  now: Date,
  options: { baseUrl: string; actor: string },
): Promise<IssuedInvitation & { accountExists: boolean }> {
  const email = normaliseEmail(input.email);
  return inTransaction(db, async (tx) => {
    const existing = await createAccountsRepo(tx).findUserByEmail(email);
    if (existing?.platformAdmin) {
      throw new AppError('CONFLICT', `${email} is already a platform administrator.`, { params: { reason: 'already_admin' } });
    }
    // Running the command again replaces a link that was lost: the older one stops working.
    const older = await createInvitationsRepo(tx).findPendingLike(email, null, null, now);
    if (older && (await createOneTimeTokensRepo(tx).revoke(older.token.id, now))) {
      await recordAudit(
        tx,
        {
          actor: options.actor,
          action: 'invitation:revoke',
          targetType: 'invitation',
          targetId: older.token.id,
          before: { state: 'pending', email },
          after: { state: 'revoked', reason: 'replaced' },
        },
        now,
      );
    }
    const issued = await issueInvitation(
      tx,
      {
        email,
        payload: {
          organisationId: null,
          role: null,
          regions: null,
          themes: null,
          platformAdmin: true,
          displayName: input.displayName.trim() || null,
          language: mailLanguage(input.language),
        },
        createdBy: options.actor,
        ttlMs: ADMIN_INVITATION_TTL_MS,
        baseUrl: options.baseUrl,
        inviterName: null,
        organisationName: null,
      },
      now,
    );
    return { ...issued, accountExists: existing !== undefined };
  });
}
