// Setting up a second factor: a new TOTP secret, shown once as a QR code and as text, kept encrypted and inactive
// until the person proves their app has it (confirm-second-factor-enrolment.ts). Asking again replaces the pending
// secret. An active second factor is not replaced here: it is turned off first (or reset by an administrator).
import { AppError } from '#domain/errors.ts';
import type { Db } from '#db/client.ts';
import { createAccountsRepo } from '#db/repos/accounts/accounts.repo.ts';
import { createAuditRepo } from '#db/repos/accounts/audit.repo.ts';
import { createOwnAccountRepo } from '#db/repos/accounts/own-account.repo.ts';
import { encrypt } from '../shared/secrets.ts';
import { newTotpSecret, otpauthUri, qrCodeSvg } from './support/totp.ts';

export interface Enrolment {
  /** Base32, for typing into an app that cannot scan. */
  secret: string;
  otpauthUri: string;
  /** The QR code of otpauthUri, an SVG document. */
  qrSvg: string;
}

export async function enrolSecondFactor(db: Db, input: { userId: string }, now: Date, secretKey: Buffer): Promise<Enrolment> {
  const user = await createAccountsRepo(db).findUserById(input.userId);
  if (!user) throw new AppError('UNAUTHENTICATED', 'Sign in first.', { params: { reason: 'no_session' } });
  if (user.totpEnabledAt) {
    throw new AppError('CONFLICT', 'A second factor is already set up; turn it off before setting up another.', {
      params: { reason: 'second_factor_enabled' },
    });
  }
  const secret = newTotpSecret();
  await db.transaction(async (tx) => {
    await createOwnAccountRepo(tx).update(user.id, { totpSecret: encrypt(secretKey, secret), totpEnabledAt: null }, now);
    await createAuditRepo(tx).append({
      at: now.toISOString(),
      actor: `user:${user.id}`,
      action: 'account:second-factor-enrol',
      targetType: 'user',
      targetId: user.id,
      before: null,
      after: { method: 'totp', confirmed: false },
    });
  });
  const uri = otpauthUri(secret, user.email);
  return { secret, otpauthUri: uri, qrSvg: await qrCodeSvg(uri) };
}
