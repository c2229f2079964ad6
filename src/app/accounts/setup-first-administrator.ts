// The first administrator without a restart: a server that has none prints a one-time setup link at start
// (`/setup?token=…`). Whoever holds it (the person who started the server) gives the first administrator's address
// and name in the browser; that makes the administrator's invitation, whose page then asks for a password and the
// second factor. The token is stored hashed, works once, expires, and stops working once an administrator exists.
import { AppError } from '#domain/errors.ts';
import type { Db } from '#db/client.ts';
import { createOneTimeTokensRepo } from '#db/repos/accounts/one-time-tokens.repo.ts';
import { countAdministrators } from './count-administrators.ts';
import { createAdminInvitation } from './create-admin-invitation.ts';
import { inTransaction } from '../shared/transaction.ts';

export const SETUP_LINK_TTL_MS = 24 * 3600_000;
/** Setup tokens are addressed to nobody: this stands in the e-mail column. */
const SETUP_ADDRESS = 'setup';
const SETUP_ACTOR = 'setup-link';

/** A new setup link when there is no active administrator (older setup links stop working), else null. */
export async function issueSetupLink(
  db: Db,
  now: Date,
  options: { baseUrl: string },
): Promise<{ link: string; expiresAt: Date } | null> {
  return inTransaction(db, async (tx) => {
    if ((await countAdministrators(tx, now)).active > 0) return null;
    const tokens = createOneTimeTokensRepo(tx);
    await tokens.revokeOutstanding('setup', SETUP_ADDRESS, now);
    const created = await tokens.create(
      { purpose: 'setup', email: SETUP_ADDRESS, userId: null, ttlMs: SETUP_LINK_TTL_MS, createdBy: 'system:serve' },
      now,
    );
    return { link: `${options.baseUrl}/setup?token=${created.secret}`, expiresAt: created.expiresAt };
  });
}

function setupTokenInvalid(): AppError {
  return new AppError('VALIDATION_FAILED', 'This setup link is no longer valid: it has expired or has already been used.', {
    issues: [{ path: ['body', 'token'], code: 'token_invalid', message: 'unknown, used or expired setup link' }],
  });
}

/** Whether a setup link may still be used (the page says so before asking anything). */
export async function isSetupLinkUsable(db: Db, token: string, now: Date): Promise<boolean> {
  if ((await countAdministrators(db, now)).active > 0) return false;
  return (await createOneTimeTokensRepo(db).findUsable(token, 'setup', now)) !== null;
}

/**
 * Uses the setup link: invites the first administrator and returns the invitation's secret, for the browser to open
 * its page at once. The link is consumed in the same transaction, so it works once even when sent twice at once.
 */
export async function completeSetup(
  db: Db,
  token: string,
  input: { email: string; displayName: string; language?: string },
  now: Date,
  options: { baseUrl: string },
): Promise<{ invitationToken: string; expiresAt: string }> {
  return inTransaction(db, async (tx) => {
    if ((await countAdministrators(tx, now)).active > 0) throw setupTokenInvalid();
    const used = await createOneTimeTokensRepo(tx).consume(token, 'setup', now);
    if (!used) throw setupTokenInvalid();
    // The invitation is audited as created by the setup link.
    const issued = await createAdminInvitation(tx, input, now, { baseUrl: options.baseUrl, actor: SETUP_ACTOR });
    const invitationToken = new URL(issued.link).pathname.split('/invitations/')[1]!;
    return { invitationToken, expiresAt: issued.invitation.expiresAt };
  });
}
