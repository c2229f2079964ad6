// "I forgot my password": a single-use link, valid for an hour, mailed to the account's address. The answer is the
// same whether or not the address has an account, and nothing is sent when it has none. At most a few links an hour
// go to one address, so the form cannot be used to flood someone's mailbox.
import type { Db } from '#db/client.ts';
import { createAccountsRepo, normaliseEmail } from '#db/repos/accounts/accounts.repo.ts';
import { createAuditRepo } from '#db/repos/accounts/audit.repo.ts';
import { createOneTimeTokensRepo } from '#db/repos/accounts/one-time-tokens.repo.ts';
import { queueMail } from './support/mail.ts';
import { renderMail } from './support/mail-templates.ts';

export const PASSWORD_RESET_TTL_MS = 60 * 60_000;
const MAX_RESETS_PER_HOUR = 3;

export async function requestPasswordReset(
  db: Db,
  input: { email: string; ip: string; /** e.g. https://accord.example.org, without a trailing slash */ publicUrl: string },
  now: Date,
): Promise<void> {
  const email = normaliseEmail(input.email);
  const user = await createAccountsRepo(db).findUserByEmail(email);
  if (!user || user.disabledAt) return;
  const tokens = createOneTimeTokensRepo(db);
  const recent = await tokens.countCreatedSince('password-reset', email, new Date(now.getTime() - 60 * 60_000));
  if (recent >= MAX_RESETS_PER_HOUR) return;

  await db.transaction(async (tx) => {
    const token = await createOneTimeTokensRepo(tx).create(
      { purpose: 'password-reset', email, userId: user.id, ttlMs: PASSWORD_RESET_TTL_MS, createdBy: 'anonymous' },
      now,
    );
    const mail = renderMail('password-reset', user.languages[0], {
      displayName: user.displayName,
      link: `${input.publicUrl.replace(/\/+$/, '')}/password-reset/${token.secret}`,
      expiresAt: token.expiresAt,
    });
    await queueMail(tx, { to: user.email, ...mail }, now);
    await createAuditRepo(tx).append({
      at: now.toISOString(),
      actor: 'anonymous',
      action: 'account:password-reset-request',
      targetType: 'user',
      targetId: user.id,
      before: null,
      after: { tokenId: token.id, expiresAt: token.expiresAt.toISOString(), ip: input.ip },
    });
  });
}
